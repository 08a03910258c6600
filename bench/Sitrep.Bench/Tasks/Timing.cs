using System.Diagnostics;

namespace Sitrep.Bench.Tasks;

/// <summary>How the bench times a piece of work: the best of several passes, so a busy moment of the machine does not count.</summary>
internal static class Timing
{
    /// <summary>Seconds of the fastest of <paramref name="passes"/> runs of <paramref name="pass"/> (at least one).</summary>
    public static double Best(int passes, Action pass)
    {
        double best = double.MaxValue;
        for (int r = 0; r < Math.Max(1, passes); r++)
        {
            var clock = Stopwatch.StartNew();
            pass();
            best = Math.Min(best, clock.Elapsed.TotalSeconds);
        }
        return best;
    }
}
