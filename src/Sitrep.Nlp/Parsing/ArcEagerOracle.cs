namespace Sitrep.Nlp.Parsing;

/// <summary>
/// The dynamic oracle of the arc-eager system (Goldberg &amp; Nivre 2012, "A Dynamic Oracle for
/// Arc-Eager Dependency Parsing"; 2013, "Training Deterministic Parsers with Non-Deterministic
/// Oracles"): the cost of a transition is the number of gold arcs that become unreachable when it
/// is applied. Arc-eager is arc-decomposable, so from any configuration a zero-cost transition
/// leads to the best tree still reachable, and from the initial one to the gold tree exactly when
/// that tree is projective.
/// Gold heads are given per position (index 1..n; the root as n + 1, as in <see cref="ArcEagerState"/>).
/// </summary>
public static class ArcEagerOracle
{
    /// <summary>Gold heads in the state's convention from CoNLL-U heads (token i at index i - 1, 0 = root).</summary>
    public static int[] GoldHeads(IReadOnlyList<int> heads)
    {
        int n = heads.Count;
        var gold = new int[n + 2];
        for (int i = 0; i < n; i++) gold[i + 1] = heads[i] == 0 ? n + 1 : heads[i];
        return gold;
    }

    /// <summary>How many gold arcs the transition makes unreachable (it must be legal in <paramref name="state"/>).</summary>
    public static int Cost(ArcEagerState state, Transition t, ReadOnlySpan<int> gold)
    {
        int s0 = state.Stack(0), b0 = state.BufferFront, next = b0, n = state.WordCount;
        int cost = 0;
        switch (t)
        {
            case Transition.Shift:
                // b0 loses its gold arcs with the words on the stack, in both directions.
                for (int d = 0; d < state.StackDepth; d++)
                {
                    int k = state.Stack(d);
                    if (gold[k] == b0 && state.HeadOf(k) == 0) cost++;
                    if (gold[b0] == k) cost++;
                }
                break;
            case Transition.Reduce:
                // s0 can no longer take its gold dependents that are still in the buffer.
                for (int k = next; k <= n; k++) if (gold[k] == s0) cost++;
                break;
            case Transition.LeftArc:
                // s0 is popped: its gold head further in the buffer and its gold dependents there are lost.
                if (gold[s0] >= next && gold[s0] != b0) cost++;
                for (int k = next; k <= n; k++) if (gold[k] == s0) cost++;
                break;
            case Transition.RightArc:
                // b0 takes s0 as head: a different gold head on the stack or in the buffer is lost, and so
                // are headless words on the stack whose gold head is b0.
                if (gold[b0] != s0 && (gold[b0] >= next || state.IsOnStack(gold[b0]))) cost++;
                for (int d = 0; d < state.StackDepth; d++)
                {
                    int k = state.Stack(d);
                    if (gold[k] == b0 && state.HeadOf(k) == 0) cost++;
                }
                break;
        }
        return cost;
    }
}
