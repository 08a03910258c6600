using Sitrep.Nlp.Clusters;
using Sitrep.Nlp.Entities;
using Sitrep.Nlp.Parsing;
using Sitrep.Nlp.Tagging;
using Xunit;

namespace Sitrep.Nlp.Tests.Clusters;

public class WordClusterInducerTests
{
    private static readonly WordClusterSettings Tiny = new(Contexts: 8, Coarse: 2, Middle: 3, Fine: 4, MinCount: 2);

    /// <summary>Sentences written for the test: cities, reporting verbs and days in the same slots.</summary>
    private static List<IReadOnlyList<string>> Corpus()
    {
        string[] cities = ["Paris", "Rome", "Madrid", "Vienna"], verbs = ["said", "added", "noted", "stated"], days = ["Monday", "Friday", "Sunday"];
        var sentences = new List<IReadOnlyList<string>>();
        foreach (var c in cities)
            foreach (var v in verbs)
                foreach (var d in days)
                    sentences.Add(["the", "minister", "in", c, v, "on", d, "."]);
        sentences.Add(["a", "rare", "word"]);
        return sentences;
    }

    private static Dictionary<string, WordCluster> Induce(IEnumerable<IReadOnlyList<string>> sentences, WordClusterSettings settings) =>
        WordClusterInducer.Induce(sentences, w => w.ToLowerInvariant(), StringComparer.Ordinal, settings);

    [Fact]
    public void Groups_words_used_alike()
    {
        var clusters = Induce(Corpus(), Tiny);
        Assert.Equal(clusters["paris"].Fine, clusters["vienna"].Fine);
        Assert.Equal(clusters["said"].Fine, clusters["stated"].Fine);
        Assert.Equal(clusters["monday"].Fine, clusters["sunday"].Fine);
        Assert.NotEqual(clusters["paris"].Fine, clusters["said"].Fine);
        Assert.NotEqual(clusters["said"].Fine, clusters["monday"].Fine);
    }

    [Fact]
    public void Gives_these_clusters_for_the_tiny_corpus()
    {
        // Pinned output: a change of the algorithm shows here before it shows in a retrained model.
        var clusters = Induce(Corpus(), Tiny);
        // Fine: the cities with "in" (both before an "other" word), the verbs with "on" (both before
        // the days), the days with "the" and "." (both at a sentence edge or next to one).
        var expected = new Dictionary<string, WordCluster>
        {
            ["."] = new(0, 0, 0),
            ["added"] = new(0, 0, 3),
            ["friday"] = new(0, 0, 0),
            ["in"] = new(1, 1, 1),
            ["madrid"] = new(1, 1, 1),
            ["minister"] = new(0, 2, 2),
            ["monday"] = new(0, 0, 0),
            ["noted"] = new(0, 0, 3),
            ["on"] = new(0, 0, 3),
            ["paris"] = new(1, 1, 1),
            ["rome"] = new(1, 1, 1),
            ["said"] = new(0, 0, 3),
            ["stated"] = new(0, 0, 3),
            ["sunday"] = new(0, 0, 0),
            ["the"] = new(0, 0, 0),
            ["vienna"] = new(1, 1, 1),
        };
        Assert.Equal(expected.OrderBy(kv => kv.Key, StringComparer.Ordinal), clusters.OrderBy(kv => kv.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void The_same_text_in_another_order_gives_the_same_clusters()
    {
        var corpus = Corpus();
        var shuffled = corpus.ToArray();
        new Random(5).Shuffle(shuffled);
        Assert.Equal(Induce(corpus, Tiny), Induce(shuffled, Tiny));
    }

    [Fact]
    public void Leaves_out_rare_words_and_words_beyond_the_vocabulary()
    {
        Assert.DoesNotContain("rare", Induce(Corpus(), Tiny).Keys);
        var top = Induce(Corpus(), Tiny with { Vocabulary = 5 });
        // The five most frequent words, ties broken by the key's order.
        Assert.Equal([".", "in", "minister", "on", "the"], top.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Rejects_cluster_counts_it_cannot_number()
    {
        Assert.Throws<ArgumentException>(() => Induce(Corpus(), Tiny with { Coarse = 1 }));
        Assert.Throws<ArgumentException>(() => Induce(Corpus(), Tiny with { Fine = 70_000 }));
    }

    [Fact]
    public void Each_model_trains_with_the_settings_its_manifest_records()
    {
        // The tagger's clusters (the parser's jackknife taggers and the parser's own use the tagger's settings).
        var tagger = new WordClusterSettings(Contexts: 3000, Coarse: 64, Middle: 256, Fine: 1024, MinCount: 3, Vocabulary: 50_000, Iterations: 12);
        Assert.Equal(tagger, new PosTrainingOptions().Clusters);
        Assert.Equal(tagger, new ParserTrainingOptions().Tagging.Clusters);
        var ner = new WordClusterSettings(Contexts: 1000, Coarse: 16, Middle: 128, Fine: 1000, MinCount: 3, Vocabulary: 50_000, Iterations: 12);
        Assert.Equal(ner, new NerTrainingOptions().Clusters);
        Assert.Equal("PPMI left/right neighbours over the top 1000 words, spherical k-means 16/128/1000 (at most 12 iterations) over the top 50000 words with count >= 3",
            ner.Describe());
    }
}
