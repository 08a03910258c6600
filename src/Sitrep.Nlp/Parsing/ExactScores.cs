using System.Runtime.Intrinsics;

namespace Sitrep.Nlp.Parsing;

/// <summary>
/// The four transition scores summed exactly, in any order, with the sum of the weights' magnitudes.
/// <para>
/// The parser's weights are half-precision numbers (that is how they are stored): multiples of
/// 2^-24 below 2^16 in magnitude, so a double holds the sum of up to 2^13 of them without rounding,
/// and partial sums can be kept per word and added in any order. The trained model decides with
/// float sums taken feature by feature in template order, which round; a recursive float sum of
/// m ≤ 128 terms lies within γ(m-1)·Σ|w| ≤ 2^-17·Σ|w| of the exact sum (Higham, "Accuracy and
/// Stability of Numerical Algorithms", 2nd ed., §4.2). So when the exact best transition beats every
/// other legal one by more than both their bounds, the float sums rank it first too, and the parser
/// takes it; otherwise it recomputes the float sums as the model was trained
/// (<see cref="Best"/> returns -1), so that every decision is the one the float sums make.
/// </para>
/// </summary>
internal struct ExactScores
{
    // 2^-16: twice the rounding bound above, so a sum over weights that are not exact halves
    // (rounded once more in double, 2^-53 each) is covered too.
    private const double Tolerance = 1.0 / 65536;

    /// <summary>The exact sums, one lane per transition (Shift, Reduce, LeftArc, RightArc).</summary>
    public Vector256<double> Sum;

    /// <summary>The sums of the magnitudes of the same weights, for the rounding bound.</summary>
    public Vector256<double> Magnitude;

    /// <summary>Adds one feature's four weights.</summary>
    public void Add(Vector128<float> weights)
    {
        var w = Vector256.WidenLower(weights.ToVector256Unsafe());
        Sum += w;
        Magnitude += Vector256.Abs(w);
    }

    public void Add(in ExactScores other)
    {
        Sum += other.Sum;
        Magnitude += other.Magnitude;
    }

    /// <summary>
    /// The best legal transition as the float sums would rank it (ties to the lower index, as
    /// <see cref="Learning.AveragedPerceptron.ArgMax"/>), or -1 when rounding could decide.
    /// </summary>
    public readonly int Best(ReadOnlySpan<bool> legal)
    {
        int best = -1;
        for (int t = 0; t < DependencyParser.TransitionCount; t++)
            if (legal[t] && (best < 0 || Sum.GetElement(t) > Sum.GetElement(best))) best = t;
        double low = Sum.GetElement(best) - Magnitude.GetElement(best) * Tolerance;
        for (int t = 0; t < DependencyParser.TransitionCount; t++)
            if (t != best && legal[t] && Sum.GetElement(t) + Magnitude.GetElement(t) * Tolerance >= low) return -1;
        return best;
    }
}
