using System.Diagnostics;
using Sitrep.News.Documents;
using Sitrep.News.Pipeline;

namespace Sitrep.Bench.Tasks;

/// <summary>An annotator with a clock: the time spent in it, summed over every thread (speed --profile).</summary>
public sealed class TimedAnnotator(IArticleAnnotator inner) : IArticleAnnotator
{
    private long _ticks;

    public string Name => inner.Name;
    public IReadOnlyList<Layer> Requires => inner.Requires;
    public IReadOnlyList<Layer> Reads => inner.Reads;
    public IReadOnlyList<Layer> Assigns => inner.Assigns;

    // In floating point: ticks × TicksPerSecond overflows a long past 15 minutes at a 1 GHz Stopwatch (a quadratic step on a 16 MB document).
    public TimeSpan Elapsed => TimeSpan.FromSeconds((double)Interlocked.Read(ref _ticks) / Stopwatch.Frequency);

    public ArticleAnalysis Annotate(ArticleAnalysis analysis)
    {
        long start = Stopwatch.GetTimestamp();
        try
        {
            return inner.Annotate(analysis);
        }
        finally
        {
            Interlocked.Add(ref _ticks, Stopwatch.GetTimestamp() - start);
        }
    }
}
