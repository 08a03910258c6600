using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Sitrep.Tests.Fuzzing;

namespace Sitrep.Bench.Tasks.Fuzz;

/// <summary>
/// `fuzz` (issue 13): property-based and mutation fuzzing of every reader — HTML, plain text, JSON Lines, CSV/TSV,
/// feeds, sitemaps, WARC (plain and .gz), single .gz documents, zip and tar archives, robots.txt and the search query
/// parser — with the grammars and seeds of tests/Shared/Fuzzing (CI runs a fixed slice of the same). A reader must
/// return error results, never throw; any exception escaping it is a crash, a read over the time bound a hang, an
/// input allocating over the memory bound is flagged. Failing inputs are written to --out for replay.
/// </summary>
public static class FuzzTask
{
    public static int Run(string[] args)
    {
        var options = FuzzOptions.Parse(args);
        if (options is null) return 2;
        var temp = Directory.CreateTempSubdirectory("sitrep-fuzz-").FullName;
        using var search = new SearchFuzzReader();
        try
        {
            var all = IngestFuzzReaders.All(temp).Append(search.Reader).ToList();
            var unknown = options.Readers.Where(r => all.All(a => a.Name != r)).ToList();
            if (unknown.Count > 0)
            {
                Console.Error.WriteLine($"error: unknown reader {string.Join(", ", unknown)} (readers: {string.Join(", ", all.Select(r => r.Name))})");
                return 2;
            }
            var readers = options.Readers.Count == 0 ? all : all.Where(r => options.Readers.Contains(r.Name)).ToList();
            var log = new FuzzFailureLog(Path.GetFullPath(options.Out));
            return options.Replay is { } replay ? Replay(replay, all) : Campaign(readers, options, log);
        }
        finally
        {
            try { Directory.Delete(temp, recursive: true); } catch (IOException) { } // a hung read may still hold a file
        }
    }

    private static int Campaign(IReadOnlyList<FuzzReader> readers, FuzzOptions options, FuzzFailureLog log)
    {
        Console.WriteLine($"fuzz: seed {options.Seed}, {options.Limit:N0} inputs per reader from index {options.From} x {options.Repeat} round(s), " +
            $"{readers.Count} readers; bounds {options.Timeout.TotalSeconds:0.#} s and {options.MaxAllocatedBytes >> 20} MB allocated per input; failures to {log.Folder}");
        Console.WriteLine();
        Console.WriteLine($"{"reader",-9} {"inputs",10} {"crashes",8} {"contract",9} {"hangs",6} {"over-mem",9} {"max alloc MB (input)",21} {"peak WS MB",11} {"slowest ms (input)",19} {"inputs/s",9}");
        var clock = Stopwatch.StartNew();
        var results = new List<FuzzReaderStats>();
        foreach (var reader in readers)
        {
            var stats = new FuzzReaderStats(reader.Name);
            GC.Collect();
            for (int round = 0; round < options.Repeat && stats.StoppedEarly is null; round++)
                new FuzzCampaign(reader, options, log).Run(options.Seed + round, stats);
            results.Add(stats);
            Console.WriteLine(FormattableString.Invariant(
                $"{stats.Reader,-9} {stats.Inputs,10:N0} {stats.Crashes,8} {stats.ContractViolations,9} {stats.Hangs,6} {stats.OverMemory,9} {$"{stats.MaxAllocatedBytes / 1048576.0:0.0} ({stats.MaxAllocatedIndex})",21} {stats.PeakWorkingSetBytes / 1048576.0,11:0} {$"{stats.SlowestSeconds * 1000:0} ({stats.SlowestIndex})",19} {stats.InputsPerSecond,9:0}"));
            foreach (var (signature, count) in stats.Signatures.OrderByDescending(s => s.Value)) Console.WriteLine($"    {count,7:N0} x {signature}");
            if (stats.StoppedEarly is { } why) Console.WriteLine($"    stopped: {why}");
        }
        double seconds = clock.Elapsed.TotalSeconds;
        using var process = Process.GetCurrentProcess();
        long inputs = results.Sum(r => r.Inputs);
        long failures = results.Sum(r => r.Crashes + r.ContractViolations + r.Hangs + r.OverMemory);
        Console.WriteLine();
        Console.WriteLine(FormattableString.Invariant($"total: {inputs:N0} inputs in {seconds:0} s ({inputs / seconds:0}/s), {failures} failing; process peak working set {process.PeakWorkingSet64 / 1048576.0:0} MB"));
        if (failures > 0) Console.WriteLine($"failing inputs: {log.Folder}");

        var metrics = new Dictionary<string, object>
        {
            ["task"] = "fuzz",
            ["seed"] = options.Seed,
            ["rounds"] = options.Repeat,
            ["inputs"] = inputs,
            ["crashes"] = results.Sum(r => r.Crashes),
            ["contractViolations"] = results.Sum(r => r.ContractViolations),
            ["hangs"] = results.Sum(r => r.Hangs),
            ["overMemory"] = results.Sum(r => r.OverMemory),
            ["peakWorkingSetMb"] = Math.Round(process.PeakWorkingSet64 / 1048576.0),
            ["seconds"] = Math.Round(seconds, 1),
            ["inputsPerSecond"] = Math.Round(inputs / seconds),
            ["readers"] = results.ToDictionary(r => r.Reader, r => (object)new Dictionary<string, object>
            {
                ["inputs"] = r.Inputs,
                ["crashes"] = r.Crashes,
                ["contractViolations"] = r.ContractViolations,
                ["hangs"] = r.Hangs,
                ["overMemory"] = r.OverMemory,
                ["maxAllocatedMb"] = Math.Round(r.MaxAllocatedBytes / 1048576.0, 1),
                ["maxAllocatedInput"] = r.MaxAllocatedIndex,
                ["peakWorkingSetMb"] = Math.Round(r.PeakWorkingSetBytes / 1048576.0),
                ["slowestMs"] = Math.Round(r.SlowestSeconds * 1000),
                ["slowestInput"] = r.SlowestIndex,
                ["inputsPerSecond"] = Math.Round(r.InputsPerSecond),
            }),
        };
        Console.WriteLine(JsonSerializer.Serialize(metrics));
        return 0;
    }

    /// <summary>Reads one saved input again (OUT/READER/INDEX-NAME) and prints what the reader did.</summary>
    private static int Replay(string path, IReadOnlyList<FuzzReader> readers)
    {
        var readerName = Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(path)))!;
        if (readers.FirstOrDefault(r => r.Name == readerName) is not { } reader)
        {
            Console.Error.WriteLine($"error: {path} is not in a folder named for a reader ({string.Join(", ", readers.Select(r => r.Name))})");
            return 2;
        }
        var file = Path.GetFileName(path);
        int dash = file.IndexOf('-');
        int index = dash > 0 && int.TryParse(file[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out int i) ? i : 0;
        var input = new FuzzInput(reader.Name, 0, index, "replay", dash > 0 ? file[(dash + 1)..] : file, File.ReadAllBytes(path));
        var clock = Stopwatch.StartNew();
        long before = GC.GetAllocatedBytesForCurrentThread();
        string outcome;
        try
        {
            outcome = reader.Read(input) is { } violation ? "contract broken: " + violation : "ok";
        }
        catch (Exception e)
        {
            outcome = $"crash: {FuzzCampaign.Signature(e)}\n{e}";
        }
        Console.WriteLine($"{reader.Name} {input.Name} ({input.Bytes.Length:N0} bytes): {outcome}");
        Console.WriteLine(FormattableString.Invariant($"{clock.Elapsed.TotalMilliseconds:0} ms, {(GC.GetAllocatedBytesForCurrentThread() - before) / 1048576.0:0.0} MB allocated"));
        Console.WriteLine(JsonSerializer.Serialize(new { task = "fuzz", replay = path, ok = outcome == "ok" }));
        return 0;
    }
}
