using System.Diagnostics;
using Sitrep.Tests.Fuzzing;

namespace Sitrep.Bench.Tasks.Fuzz;

/// <summary>
/// Runs one reader over a range of generated inputs on a worker thread, watched from the calling thread. An input
/// still being read after the time bound is a hang: it is saved, the worker is abandoned (a thread cannot be
/// aborted; it is a background thread, so it does not keep the process alive) and a fresh worker goes on from the
/// next input. After <see cref="MaxAbandoned"/> hangs the reader is given up, as each may hold a core.
/// Memory is measured per input as the bytes the worker allocated reading it, and per reader as the largest working
/// set seen while it ran (sampled every 100 ms).
/// </summary>
public sealed class FuzzCampaign(FuzzReader reader, FuzzOptions options, FuzzFailureLog log)
{
    private const int MaxAbandoned = 2;
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    private int _generation;
    private long _current = -1;
    private long _startTicks;

    public FuzzReaderStats Run(int seed, FuzzReaderStats stats)
    {
        var clock = Stopwatch.StartNew();
        int next = options.From;
        int end = (int)Math.Min(int.MaxValue, (long)options.From + options.Limit);
        int abandoned = 0;
        using var process = Process.GetCurrentProcess();
        while (next < end)
        {
            int generation = Interlocked.Increment(ref _generation);
            int from = next;
            Volatile.Write(ref _current, -1);
            var worker = new Thread(() => Work(generation, from, end, seed, stats)) { IsBackground = true, Name = "fuzz " + reader.Name };
            worker.Start();
            bool hung = false;
            while (!worker.Join(Poll))
            {
                process.Refresh();
                stats.PeakWorkingSetBytes = Math.Max(stats.PeakWorkingSetBytes, process.WorkingSet64);
                long index = Volatile.Read(ref _current);
                // The worker writes the start time before the index, so a fresh index never pairs with a stale start.
                if (index < 0 || Stopwatch.GetElapsedTime(Volatile.Read(ref _startTicks)) <= options.Timeout) continue;
                Interlocked.Increment(ref _generation);
                hung = true;
                stats.Inputs++;
                stats.Hangs++;
                var input = reader.Generate(seed, (int)index);
                log.Save(input, "hang", $"over {options.Timeout.TotalSeconds:0} s", $"still reading after {options.Timeout.TotalSeconds:0} s; the worker thread was abandoned");
                Console.Error.WriteLine($"fuzz: {reader.Name} input {index} hung (over {options.Timeout.TotalSeconds:0} s), saved to {log.Folder}");
                next = (int)index + 1;
                break;
            }
            if (!hung) break;
            if (++abandoned >= MaxAbandoned && next < end)
            {
                stats.StoppedEarly = $"given up after {abandoned} hangs at input {next - 1}";
                break;
            }
        }
        stats.Seconds += clock.Elapsed.TotalSeconds;
        process.Refresh();
        stats.PeakWorkingSetBytes = Math.Max(stats.PeakWorkingSetBytes, process.WorkingSet64);
        return stats;
    }

    private void Work(int generation, int from, int end, int seed, FuzzReaderStats stats)
    {
        for (int i = from; i < end; i++)
        {
            if (Volatile.Read(ref _generation) != generation) return;
            if (i % 1000 == 0) log.Progress(reader.Name, seed, i);
            FuzzInput input;
            try
            {
                input = reader.Generate(seed, i);
            }
            catch (Exception e)
            {
                // A bug of the fuzzer, not of the reader: say so and go on.
                Console.Error.WriteLine($"fuzz: generator of {reader.Name} failed at input {i}: {e.GetType().Name}: {e.Message}");
                continue;
            }
            long before = GC.GetAllocatedBytesForCurrentThread();
            long start = Stopwatch.GetTimestamp();
            Volatile.Write(ref _startTicks, start);
            Volatile.Write(ref _current, i);
            string? violation = null;
            Exception? crash = null;
            try
            {
                violation = reader.Read(input);
            }
            catch (Exception e)
            {
                crash = e;
            }
            Volatile.Write(ref _current, -1);
            double seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            // Declared hung while it ran: the watchdog has counted it already.
            if (Volatile.Read(ref _generation) != generation) return;
            Record(input, stats, violation, crash, seconds, allocated);
        }
    }

    private void Record(FuzzInput input, FuzzReaderStats stats, string? violation, Exception? crash, double seconds, long allocated)
    {
        stats.Inputs++;
        if (seconds > stats.SlowestSeconds)
        {
            stats.SlowestSeconds = seconds;
            stats.SlowestIndex = input.Index;
        }
        if (allocated > stats.MaxAllocatedBytes)
        {
            stats.MaxAllocatedBytes = allocated;
            stats.MaxAllocatedIndex = input.Index;
        }
        if (crash is not null)
        {
            stats.Crashes++;
            var signature = Signature(crash);
            stats.Signatures[signature] = stats.Signatures.GetValueOrDefault(signature) + 1;
            log.Save(input, "crash", signature, crash.ToString());
        }
        else if (violation is not null)
        {
            stats.ContractViolations++;
            var signature = "contract: " + (violation.Length > 60 ? violation[..60] : violation);
            stats.Signatures[signature] = stats.Signatures.GetValueOrDefault(signature) + 1;
            log.Save(input, "contract", signature, violation);
        }
        if (allocated > options.MaxAllocatedBytes)
        {
            stats.OverMemory++;
            log.Save(input, "memory", "over " + (options.MaxAllocatedBytes >> 20) + " MB", $"allocated {allocated >> 20} MB reading {input.Bytes.Length:N0} bytes");
        }
    }

    /// <summary>"IndexOutOfRangeException at HttpResponseParser.Dechunk (HttpResponseParser.cs:97)": the exception and the Sitrep frame that threw.</summary>
    public static string Signature(Exception e)
    {
        var frames = new StackTrace(e, fNeedFileInfo: true).GetFrames();
        var frame = frames.FirstOrDefault(f => f.GetMethod()?.DeclaringType?.Namespace is { } ns && ns.StartsWith("Sitrep.", StringComparison.Ordinal)
            && !ns.StartsWith("Sitrep.Tests", StringComparison.Ordinal)) ?? frames.FirstOrDefault();
        if (frame?.GetMethod() is not { } method) return e.GetType().Name;
        var type = method.DeclaringType?.Name ?? "?";
        var file = frame.GetFileName() is { } f ? $" ({Path.GetFileName(f)}:{frame.GetFileLineNumber()})" : "";
        return $"{e.GetType().Name} at {type}.{method.Name}{file}";
    }
}
