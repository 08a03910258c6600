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
    public void Folds_words_for_cluster_lookup(string word, string folded) => Assert.Equal(folded, WordClusters.Fold(word));

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
    public void Induces_clusters_that_group_words_used_alike()
    {
        var docs = new List<IReadOnlyList<string>>();
        string[] cities = ["Paris", "Rome", "Madrid", "Vienna"], verbs = ["said", "added", "noted", "stated"];
        for (int r = 0; r < 40; r++)
            foreach (var c in cities)
                foreach (var v in verbs)
                    docs.Add(["the", "minister", "in", c, v, "that", "it", "rained", "."]);
        var clusters = WordClusterInducer.Induce(docs, new WordClusterSettings(Vocabulary: 100, MinCount: 1, Contexts: 20, Dimensions: 32, Fine: 4, Middle: 2, Coarse: 2));
        Assert.True(clusters.TryGet("PARIS", out var paris));
        Assert.True(clusters.TryGet("rome", out var rome));
        Assert.True(clusters.TryGet("said", out var said));
        Assert.Equal(paris.Fine, rome.Fine);
        Assert.NotEqual(paris.Fine, said.Fine);
        Assert.Equal(3, paris.Case);
        Assert.Equal(0, said.Case);
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
        var doc = PreparedDocument.Create(sentences, WordClusters.Empty, NameGazetteers.Empty);
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
