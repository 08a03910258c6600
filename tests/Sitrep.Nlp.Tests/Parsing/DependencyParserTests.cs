using Sitrep.Nlp.Clusters;
using Sitrep.Nlp.Corpora;
using Sitrep.Nlp.Parsing;
using Sitrep.Nlp.Tagging;
using Xunit;

namespace Sitrep.Nlp.Tests.Parsing;

public class DependencyParserTests
{
    private static readonly IReadOnlyList<ConlluSentence> Treebank = TinyTreebank.Read();

    private static readonly DependencyParser Tiny = ParserTrainer.Train(Treebank, new ParserTrainingOptions { Epochs = 20, PruneThreshold = 0 });

    private static DependencyTree Parse(DependencyParser parser, ConlluSentence s) =>
        parser.Parse(s.Tokens.Select(t => t.Form).ToArray(), s.Tokens.Select(t => t.Upos).ToArray(), s.Tokens.Select(t => t.Xpos).ToArray());

    private static DependencyTree Parse(DependencyParser parser, string tagged)
    {
        var parts = tagged.Split(' ').Select(p => p.Split('/')).ToArray();
        return parser.Parse(parts.Select(p => p[0]).ToArray(), parts.Select(p => p[1]).ToArray(), parts.Select(p => p[2]).ToArray());
    }

    [Fact]
    public void A_tiny_treebank_is_learned_exactly()
    {
        Assert.Equal(6, Treebank.Count);
        foreach (var s in Treebank)
        {
            var tree = Parse(Tiny, s);
            Assert.Equal(s.Tokens.Select(t => t.Head), tree.Heads);
            Assert.Equal(s.Tokens.Select(t => t.Deprel), tree.Labels);
        }
        var scores = ParserEvaluator.Evaluate(Tiny, Treebank);
        Assert.Equal((44, 44, 44), (scores.Words, scores.HeadsCorrect, scores.LabelledCorrect));
    }

    [Fact]
    public void A_saved_model_loads_back_with_identical_predictions()
    {
        var first = Path.GetTempFileName();
        var second = Path.GetTempFileName();
        try
        {
            Tiny.Save(first);
            var loaded = DependencyParser.Load(first);
            loaded.Save(second);
            var again = DependencyParser.Load(second);
            Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
            Assert.Equal(Tiny.Relations, loaded.Relations);
            var unseen = "The/DET/DT minister/NOUN/NN left/VERB/VBD Doha/PROPN/NNP near/ADP/IN the/DET/DT border/NOUN/NN ./PUNCT/.";
            foreach (var tree in Treebank.Select(s => (Parse(Tiny, s), Parse(loaded, s), Parse(again, s))).Append((Parse(Tiny, unseen), Parse(loaded, unseen), Parse(again, unseen))))
            {
                Assert.Equal(tree.Item1.Heads, tree.Item2.Heads);
                Assert.Equal(tree.Item1.Labels, tree.Item2.Labels);
                Assert.Equal(tree.Item2.Heads, tree.Item3.Heads);
                Assert.Equal(tree.Item2.Labels, tree.Item3.Labels);
            }
        }
        finally
        {
            File.Delete(first);
            File.Delete(second);
        }
    }

    [Fact]
    public void A_parser_with_word_clusters_learns_and_loads_back()
    {
        // Clusters from the treebank's own words (plain text written for the test), at tiny sizes.
        var text = Path.GetTempFileName();
        var model = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(text, Treebank.Select(s => string.Join(' ', s.Tokens.Select(t => t.Form))));
            var tagging = new PosTrainingOptions { UnlabeledText = [text], Clusters = new WordClusterSettings(Contexts: 8, Coarse: 2, Middle: 3, Fine: 4, MinCount: 1) };
            var parser = ParserTrainer.Train(Treebank, new ParserTrainingOptions { Epochs = 20, PruneThreshold = 0, Tagging = tagging });
            parser.Save(model);
            var loaded = DependencyParser.Load(model);
            foreach (var s in Treebank)
            {
                Assert.Equal(s.Tokens.Select(t => t.Head), Parse(parser, s).Heads);
                Assert.Equal(Parse(parser, s).Labels, Parse(loaded, s).Labels);
            }
        }
        finally
        {
            File.Delete(text);
            File.Delete(model);
        }
    }

    [Theory]
    [InlineData("questions ./PUNCT/. She the met")]
    [InlineData("a a a a a a a a")]
    [InlineData("Kabul")]
    public void Every_parse_is_a_tree_with_one_root(string words)
    {
        var tokens = words.Split(' ').Select(w => w.Contains('/') ? w : w + "/X/XX").ToArray();
        var tree = Parse(Tiny, string.Join(' ', tokens));
        Assert.Single(tree.Heads, h => h == 0);
        Assert.Equal("root", tree.Label(tree.Root));
        // Every word reaches the root without a cycle.
        for (int i = 1; i <= tree.Count; i++)
        {
            int steps = 0;
            for (int h = i; h != 0; h = tree.Head(h)) Assert.True(++steps <= tree.Count);
        }
    }

    [Fact]
    public void Parsing_from_many_threads_gives_the_same_trees()
    {
        var expected = Treebank.Select(s => string.Join(' ', Parse(Tiny, s).Heads)).ToArray();
        var found = new string[Treebank.Count * 50];
        Parallel.For(0, found.Length, i => found[i] = string.Join(' ', Parse(Tiny, Treebank[i % Treebank.Count]).Heads));
        for (int i = 0; i < found.Length; i++) Assert.Equal(expected[i % Treebank.Count], found[i]);
    }

    [Fact]
    public void Empty_sentence_gives_an_empty_tree() => Assert.Equal(0, Tiny.Parse([], [], []).Count);

    [Fact]
    public void Words_and_tags_must_have_the_same_length() =>
        Assert.Throws<ArgumentException>(() => Tiny.Parse(["a", "b"], ["DET"], ["DT", "DT"]));
}
