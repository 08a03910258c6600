using System.Runtime.ExceptionServices;

namespace Sitrep.News.Pipeline;

/// <summary>
/// Maps a stream on several threads and yields the results in input order. At most <c>window</c> items are
/// taken from the source and not yet handed back, so memory stays flat however long the stream is, and a
/// slow item holds back only the window behind it. One item at a time on one thread when parallelism is 1.
/// </summary>
internal static class ArticleStream
{
    /// <summary>Items in flight per worker: enough to keep every core busy past one slow article.</summary>
    private const int WindowPerWorker = 8;

    public static IEnumerable<TOut> Run<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> map, int? parallelism = null)
    {
        int workers = Math.Max(1, parallelism ?? Environment.ProcessorCount);
        return workers == 1 ? source.Select(map) : Ordered(source, map, workers, workers * WindowPerWorker);
    }

    private static IEnumerable<TOut> Ordered<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> map, int workers, int window)
    {
        var gate = new object();
        var done = new Dictionary<long, TOut>();
        long taken = 0, yielded = 0;
        bool exhausted = false, stopping = false;
        ExceptionDispatchInfo? failure = null;
        using var slots = new SemaphoreSlim(window);
        using var stop = new CancellationTokenSource();
        var enumerator = source.GetEnumerator();

        void Work()
        {
            while (true)
            {
                try { slots.Wait(stop.Token); }
                catch (OperationCanceledException) { return; }
                TIn item;
                long index;
                lock (gate)
                {
                    if (exhausted || stopping || failure is not null) return;
                    try
                    {
                        if (!enumerator.MoveNext())
                        {
                            exhausted = true;
                            Monitor.PulseAll(gate);
                            return;
                        }
                        item = enumerator.Current;
                        index = taken++;
                    }
                    catch (Exception e)
                    {
                        failure = ExceptionDispatchInfo.Capture(e);
                        Monitor.PulseAll(gate);
                        return;
                    }
                }
                TOut result;
                try { result = map(item); }
                catch (Exception e)
                {
                    lock (gate)
                    {
                        failure ??= ExceptionDispatchInfo.Capture(e);
                        Monitor.PulseAll(gate);
                    }
                    return;
                }
                lock (gate)
                {
                    done[index] = result;
                    Monitor.PulseAll(gate);
                }
            }
        }

        var threads = new Task[workers];
        for (int i = 0; i < workers; i++) threads[i] = Task.Factory.StartNew(Work, TaskCreationOptions.LongRunning);
        try
        {
            while (true)
            {
                TOut next;
                lock (gate)
                {
                    while (!done.ContainsKey(yielded))
                    {
                        if (failure is not null) failure.Throw();
                        if (exhausted && yielded == taken) yield break;
                        Monitor.Wait(gate);
                    }
                    next = done[yielded];
                    done.Remove(yielded);
                    yielded++;
                }
                slots.Release();
                yield return next;
            }
        }
        finally
        {
            // The reader stopped (or finished): let the workers end their item, then release the source.
            lock (gate) stopping = true;
            stop.Cancel();
            Task.WaitAll(threads);
            enumerator.Dispose();
        }
    }
}
