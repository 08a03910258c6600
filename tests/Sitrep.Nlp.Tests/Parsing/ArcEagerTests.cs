using Sitrep.Nlp.Parsing;
using Xunit;

namespace Sitrep.Nlp.Tests.Parsing;

public class ArcEagerTests
{
    private static int[] Heads(string heads) => heads.Split(' ').Select(int.Parse).ToArray();

    // Projective gold trees (CoNLL-U heads, 0 = root), written for these tests.
    public static TheoryData<string> ProjectiveTrees => new()
    {
        "0",
        "2 0",
        "0 1",
        "2 0 2",
        "2 3 0 3 3",                 // The troops left Kabul .
        "2 0 5 5 2 2",               // Officials said the talks ended .
        "3 3 0 5 3 7 5 3",
        "0 1 1 5 1 5 8 6 1",
        "4 4 4 0 6 4 6 9 7 4 10 4",
    };

    [Theory]
    [MemberData(nameof(ProjectiveTrees))]
    public void Oracle_reproduces_a_projective_gold_tree_exactly(string heads)
    {
        var gold = Heads(heads);
        var goldHeads = ArcEagerOracle.GoldHeads(gold);
        foreach (var order in new[] { new[] { 0, 1, 2, 3 }, new[] { 3, 2, 1, 0 }, new[] { 2, 3, 0, 1 } })
        {
            var state = new ArcEagerState(gold.Length);
            while (!state.IsTerminal)
            {
                // Whichever zero-cost transition is taken, the gold tree stays reachable.
                var next = order.Select(i => (Transition)i).First(t => state.CanApply(t) && ArcEagerOracle.Cost(state, t, goldHeads) == 0);
                state.Apply(next, 0);
            }
            var built = Enumerable.Range(1, gold.Length).Select(i => state.HeadOf(i) == state.Root ? 0 : state.HeadOf(i));
            Assert.Equal(gold, built);
        }
    }

    [Fact]
    public void Preconditions_of_the_four_transitions()
    {
        var s = new ArcEagerState(2);
        Assert.Equal((true, false, false, false), Legal(s));      // empty stack: only Shift
        s.Apply(Transition.Shift);
        Assert.Equal((true, false, true, true), Legal(s));        // s0 has no head: no Reduce
        s.Apply(Transition.RightArc, 0);
        Assert.Equal(1, s.HeadOf(2));
        Assert.Equal(s.Root, s.BufferFront);
        Assert.Equal((false, true, false, false), Legal(s));      // only the root left, s0 headed: Reduce
        s.Apply(Transition.Reduce);
        Assert.Equal((false, false, true, false), Legal(s));      // s0 headless, root in front: LeftArc to the root
        s.Apply(Transition.LeftArc, 0);
        Assert.True(s.IsTerminal);
        Assert.Equal(s.Root, s.HeadOf(1));
        Assert.Throws<InvalidOperationException>(() => s.Apply(Transition.Shift));
    }

    [Fact]
    public void Costs_count_the_gold_arcs_each_transition_loses()
    {
        // She saw him: 1 <- 2 -> 3, 2 is the root.
        var gold = ArcEagerOracle.GoldHeads([2, 0, 2]);
        var s = new ArcEagerState(3);
        s.Apply(Transition.Shift);
        Assert.Equal(0, ArcEagerOracle.Cost(s, Transition.LeftArc, gold));
        Assert.Equal(1, ArcEagerOracle.Cost(s, Transition.Shift, gold));      // "She" can no longer take "saw" as head
        Assert.Equal(2, ArcEagerOracle.Cost(s, Transition.RightArc, gold));   // "saw" gets the wrong head, "She" loses hers
        s.Apply(Transition.LeftArc, 0);
        s.Apply(Transition.Shift);
        Assert.Equal(0, ArcEagerOracle.Cost(s, Transition.RightArc, gold));
        Assert.Equal(1, ArcEagerOracle.Cost(s, Transition.Shift, gold));      // "him" loses its head "saw"
        Assert.Equal(2, ArcEagerOracle.Cost(s, Transition.LeftArc, gold));    // "saw" loses the root (still ahead) and its dependent "him"
    }

    [Theory]
    [InlineData("2 0 2", true)]
    [InlineData("3 3 0", true)]
    [InlineData("3 4 0 3", false)]           // 1 -> 3 crosses 2 -> 4
    [InlineData("0 4 1 1", false)]           // 1 -> 3 crosses 4 -> 2
    [InlineData("2 0 4 2", true)]
    public void Projectivity_counts_crossing_arcs(string heads, bool projective) =>
        Assert.Equal(projective, Projectivity.IsProjective(Heads(heads)));

    private static (bool, bool, bool, bool) Legal(ArcEagerState s) =>
        (s.CanApply(Transition.Shift), s.CanApply(Transition.Reduce), s.CanApply(Transition.LeftArc), s.CanApply(Transition.RightArc));
}
