using Sitrep.Nlp.Clusters;
using Sitrep.Nlp.Entities;
using Xunit;

namespace Sitrep.Nlp.Tests.Entities;

public class EntityFeaturePartsTests
{
    [Theory]
    [InlineData("Kabul", "kabul")]
    [InlineData("ISLAMABAD", "islamabad")]
    [InlineData("1996-08-22", "0000-00-00")]
    [InlineData("F-16s", "f-00s")]
    public void Folds_words_for_cluster_lookup(string word, string folded) => Assert.Equal(folded, WordProfiles.Fold(word));

    [Fact]
    public void Marks_gazetteer_phrases_with_their_bilou_position()
    {
        var lists = NameGazetteers.Lists.Select(_ => new List<string>()).ToArray();
        lists[NameGazetteers.Lists.ToList().IndexOf("city")].Add("New York");
        lists[NameGazetteers.Lists.ToList().IndexOf("country")].Add("Kenya");
        var gazetteers = new NameGazetteers(lists);
        string[] keys = ["FLIGHTS", "FROM", "NEW", "YORK", "TO", "KENYA"];
        var marks = new uint[keys.Length];
        gazetteers.Mark(keys, marks);
        int city = 4 * NameGazetteers.Lists.ToList().IndexOf("city"), country = 4 * NameGazetteers.Lists.ToList().IndexOf("country");
        Assert.Equal([0u, 0u, 1u << city, 1u << (city + 2), 0u, 1u << (country + 3)], marks);
    }

    [Fact]
    public void Scores_entities_as_conlleval_does()
    {
        var scorer = new EntityScorer();
        scorer.Add([(0, 2, "PER"), (3, 4, "LOC")], [(0, 2, "PER"), (3, 4, "ORG"), (5, 6, "MISC")]);
        Assert.Equal(1.0 / 3, scorer.Precision(), 6);
        Assert.Equal(0.5, scorer.Recall(), 6);
        Assert.Equal(0.4, scorer.F1(), 6);
        Assert.Equal(1.0, scorer.F1("PER"), 6);
        Assert.Equal(0.0, scorer.F1("LOC"), 6);
    }

    [Fact]
    public void Profiles_words_with_the_shared_clusters_and_their_casing()
    {
        var docs = new List<IReadOnlyList<string>>();
        string[] cities = ["Paris", "Rome", "Madrid", "Vienna"], verbs = ["said", "added", "noted", "stated"];
        for (int r = 0; r < 40; r++)
            foreach (var c in cities)
                foreach (var v in verbs)
                    docs.Add(["the", "minister", "in", c, v, "that", "it", "rained", ".", "NATO", "met"]);
        var settings = new WordClusterSettings(Contexts: 20, Coarse: 2, Middle: 3, Fine: 4, MinCount: 1);
        var profiles = WordProfiles.Induce(docs, settings);
        var clusters = WordClusterInducer.Induce(docs, w => WordProfiles.Fold(w), StringComparer.Ordinal, settings);
        Assert.True(profiles.TryGet("PARIS", out var paris));
        Assert.True(profiles.TryGet("said", out var said));
        Assert.True(profiles.TryGet("Nato", out var nato));
        Assert.Equal(clusters["paris"], paris.Cluster);
        Assert.Equal(clusters["said"], said.Cluster);
        Assert.Equal(3, paris.Case);
        Assert.Equal(0, said.Case);
        // "NATO" only ever follows a full stop, where any word is capitalized: its casing is unknown.
        Assert.Equal(WordProfiles.UnknownCase, nato.Case);
        // Beyond the clusters' vocabulary a word keeps its casing.
        var few = WordProfiles.Induce(docs, settings with { Vocabulary = 9 });
        Assert.True(few.TryGet("Rome", out var rome));
        Assert.Equal(new WordProfile(WordCluster.None, 3), rome);
    }

    [Fact]
    public void Prepares_the_occurrences_and_neighbours_that_context_aggregation_reads()
    {
        IReadOnlyList<IReadOnlyList<string>> sentences =
        [
            ["Shares", "of", "Pirelli", "rose", "."],
            ["The", "tyre", "giant", "PIRELLI", "said", "so"],
            ["pirelli", "is", "lower-case", "here"],
        ];
        var doc = PreparedDocument.Create(sentences, WordProfiles.Empty, NameGazetteers.Empty);
        ulong pirelli = doc.Lower[2];
        // Capitalized and ALL-CAPS occurrences are one word; the lower-case one is not a name mention.
        Assert.Equal([2, 8], doc.Occurrences[pirelli]);
        Assert.Equal(doc.Lower[1], doc.LeftLower[2]);
        Assert.Equal(doc.Lower[9], doc.RightLower[8]);
        // Sentence edges get their own markers rather than a word of the next sentence.
        Assert.Equal(1UL, doc.LeftLower[5]);
        Assert.Equal(2UL, doc.RightLower[10]);
    }
}
