using Sitrep.Nlp.Parsing;
using Xunit;

namespace Sitrep.Nlp.Tests.Parsing;

public class ParserFeaturesTests
{
    private static SentenceCodes Sentence() => new(
        ["The", "troops", "left", "Kabul", "on", "Monday", "."],
        ["DET", "NOUN", "VERB", "PROPN", "ADP", "PROPN", "PUNCT"],
        ["DT", "NNS", "VBD", "NNP", "IN", "NNP", "."],
        clusters: null);

    /// <summary>Walks every transition system state of one fixed, deterministic path through the sentence.</summary>
    private static IEnumerable<ArcEagerState> States(SentenceCodes codes)
    {
        var state = new ArcEagerState(codes.Length);
        for (int step = 0; !state.IsTerminal; step++)
        {
            yield return state;
            var t = Enumerable.Range(0, 4).Select(k => (Transition)((step + k) % 4)).First(state.CanApply);
            state.Apply(t, step % 5);
        }
    }

    [Fact]
    public void The_transition_features_are_the_ones_the_model_was_trained_on()
    {
        // The shipped model's keys are these hashes: the checksum was taken from the templates as they
        // were written before they were grouped (main, 2026-12-07), over the same 14 states.
        var codes = Sentence();
        var f = new ulong[ParserFeatures.MaxTransitionFeatures];
        ulong sum = 0;
        int states = 0, count = 0;
        foreach (var state in States(codes))
        {
            int n = ParserFeatures.Transition(state, codes, f);
            foreach (var x in f.AsSpan(0, n)) sum = sum * 31 + x;
            count += n;
            states++;
        }
        Assert.Equal((14, 1596, 0xF6AEB2A41811CFD6UL), (states, count, sum));
    }

    [Fact]
    public void The_three_groups_make_up_the_transition_features()
    {
        var codes = Sentence();
        var all = new ulong[ParserFeatures.MaxTransitionFeatures];
        var grouped = new ulong[ParserFeatures.TransitionCount];
        foreach (var state in States(codes))
        {
            int n = ParserFeatures.Transition(state, codes, all);
            ParserFeatures.Stack(state, codes, grouped.AsSpan(0, ParserFeatures.StackCount));
            ParserFeatures.Buffer(state, codes, grouped.AsSpan(ParserFeatures.StackCount, ParserFeatures.BufferCount));
            ParserFeatures.Pair(state, codes, grouped.AsSpan(ParserFeatures.StackCount + ParserFeatures.BufferCount));
            Assert.Equal(all.Take(n).Order(), grouped.Order());
        }
    }
}
