using System.Runtime.Intrinsics;
using Sitrep.Nlp.Corpora;
using Sitrep.Nlp.Parsing;
using Sitrep.Nlp.Tagging;
using Sitrep.Nlp.Tokens;
using Sitrep.Tests.Support;
using Xunit;

namespace Sitrep.Nlp.Tests.Parsing;

/// <summary>The fast transition scores (kept per word, summed exactly) must decide as the plain float sums do.</summary>
public class SentenceScorerTests
{
    private static readonly IReadOnlyList<ConlluSentence> Treebank = TinyTreebank.Read();

    private static readonly DependencyParser Tiny = ParserTrainer.Train(Treebank, new ParserTrainingOptions { Epochs = 20, PruneThreshold = 0 });

    private static SentenceCodes Codes(DependencyParser parser, IReadOnlyList<string> words, IReadOnlyList<string> upos, IReadOnlyList<string> xpos) =>
        parser.Codes(words, upos, xpos);

    private static void AssertSameTrees(DependencyParser parser, SentenceCodes codes)
    {
        var fast = parser.Run(codes);
        var plain = parser.RunReference(codes);
        for (int i = 1; i <= codes.Length; i++)
        {
            Assert.Equal(plain.HeadOf(i), fast.HeadOf(i));
            Assert.Equal(plain.LabelOf(i), fast.LabelOf(i));
        }
    }

    [Fact]
    public void A_tiny_model_decides_as_the_plain_float_sums()
    {
        foreach (var s in Treebank)
            AssertSameTrees(Tiny, Codes(Tiny, s.Tokens.Select(t => t.Form).ToArray(), s.Tokens.Select(t => t.Upos).ToArray(), s.Tokens.Select(t => t.Xpos).ToArray()));
        var words = "The minister left Doha near the border , officials said .".Split(' ');
        AssertSameTrees(Tiny, Codes(Tiny, words, words.Select(_ => "NOUN").ToArray(), words.Select(_ => "NN").ToArray()));
    }

    [Fact]
    public void Ties_are_recomputed_and_broken_as_the_float_sums_break_them()
    {
        // No training: every weight is 0, every decision a four-way tie that rounding could decide.
        var untrained = ParserTrainer.Train(Treebank, new ParserTrainingOptions { Epochs = 0, PruneThreshold = 0 });
        var s = Treebank[1];
        var codes = Codes(untrained, s.Tokens.Select(t => t.Form).ToArray(), s.Tokens.Select(t => t.Upos).ToArray(), s.Tokens.Select(t => t.Xpos).ToArray());
        var scorer = new SentenceScorer(untrained.Transitions, codes);
        var state = new ArcEagerState(codes.Length);
        state.Apply(Transition.Shift);
        var features = new ulong[ParserFeatures.MaxTransitionFeatures];
        bool[] legal = [true, false, true, true];
        Assert.Equal((int)Transition.Shift, scorer.Best(state, legal, features));
        Assert.Equal(1, scorer.Recomputed);
        AssertSameTrees(untrained, codes);
    }

    [Fact]
    public void A_clear_winner_is_taken_and_a_near_tie_is_left_to_the_float_sums()
    {
        bool[] all = [true, true, true, true];
        var scores = new ExactScores { Sum = Vector256.Create(1.0, 5.0, -2.0, 4.0), Magnitude = Vector256.Create(10.0, 10.0, 10.0, 10.0) };
        Assert.Equal(1, scores.Best(all));
        Assert.Equal(3, scores.Best([true, false, true, true]));
        // 5 and 5.0001 are within 2^-16 of the magnitudes (10 each): the float sums could rank them either way.
        scores.Sum = Vector256.Create(1.0, 5.0, -2.0, 5.0001);
        Assert.Equal(-1, scores.Best(all));
        Assert.Equal(3, scores.Best([true, false, true, true]));
    }

    [SharedDataFact(SharedData.EwtDevFile)]
    public void The_shipped_model_decides_as_the_plain_float_sums_on_ewt_dev_and_the_seeds()
    {
        var parser = DependencyParser.Default;
        var tagger = PosTagger.Default;
        int sentences = 0;
        foreach (var s in ConlluReader.Read(SharedData.EwtDev!))
        {
            var words = s.Tokens.Select(t => t.Form).ToArray();
            AssertSameTrees(parser, Codes(parser, words, s.Tokens.Select(t => t.Upos).ToArray(), s.Tokens.Select(t => t.Xpos).ToArray()));
            var tags = tagger.Tag(words);
            AssertSameTrees(parser, Codes(parser, words, Enumerable.Range(0, tags.Count).Select(tags.Upos).ToArray(), Enumerable.Range(0, tags.Count).Select(tags.Xpos).ToArray()));
            sentences++;
        }
        Assert.True(sentences > 2000);
        if (SharedData.Find("seeds") is not { } seeds) return;
        foreach (var file in Directory.GetFiles(seeds, "*.txt"))
        {
            var text = File.ReadAllText(file);
            var tokens = Tokenizer.Tokenize(text);
            foreach (var sentence in SentenceSplitter.Split(text, tokens))
            {
                var span = tokens.AsSpan(sentence.FirstToken, sentence.TokenCount);
                var tags = tagger.Tag(text, span);
                var words = span.ToArray().Select(t => t.Text(text)).ToArray();
                AssertSameTrees(parser, Codes(parser, words, Enumerable.Range(0, tags.Count).Select(tags.Upos).ToArray(), Enumerable.Range(0, tags.Count).Select(tags.Xpos).ToArray()));
            }
        }
    }
}
