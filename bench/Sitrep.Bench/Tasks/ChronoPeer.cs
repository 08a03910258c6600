using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Sitrep.Nlp.Corpora;

namespace Sitrep.Bench.Tasks;

/// <summary>
/// chrono-node (npm) as the peer of the `timex` task: runs bench/peers/chrono/run.mjs under Node
/// (installed by bench/peers/install.sh) on the same texts, each with its DCT as the reference date,
/// and reads back its results as TIMEX3 DATEs (the script keeps the granularity chrono is certain of:
/// day, month or year). Its speed is the script's own best pass, after a warm-up pass.
/// </summary>
internal static class ChronoPeer
{
    public sealed record Result(Dictionary<string, List<TimeMlTimex>> Timexes, double Seconds);

    public static Result? Run(IReadOnlyList<TimeMlDocument> documents, int passes)
    {
        if (FindScript() is not { } script)
        {
            Console.Error.WriteLine("error: bench/peers/chrono/run.mjs not found above the working folder or the program");
            return null;
        }
        if (!Directory.Exists(Path.Combine(Path.GetDirectoryName(script)!, "node_modules", "chrono-node")))
        {
            Console.Error.WriteLine("error: chrono-node is not installed (run bench/peers/install.sh)");
            return null;
        }
        var input = new StringBuilder();
        foreach (var d in documents)
            input.Append(JsonSerializer.Serialize(new { id = d.Id, text = d.Text, dct = d.Dct is { } dct && TimexTask.DocumentDate(dct) is { IsFullDate: true } date ? date.ToString() : null })).Append('\n');

        var info = new ProcessStartInfo("node") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(script);
        info.ArgumentList.Add(passes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        info.Environment["TZ"] = "UTC";
        string stdout, stderr;
        try
        {
            using var process = Process.Start(info)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            process.StandardInput.Write(input.ToString());
            process.StandardInput.Close();
            process.WaitForExit();
            (stdout, stderr) = (output.Result, errors.Result);
            if (process.ExitCode != 0)
            {
                Console.Error.WriteLine($"error: chrono peer failed: {stderr.Trim()}");
                return null;
            }
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Console.Error.WriteLine($"error: cannot run node: {e.Message} (run bench/peers/install.sh)");
            return null;
        }

        var parsed = JsonSerializer.Deserialize<Output>(stdout);
        if (parsed?.Documents is null)
        {
            Console.Error.WriteLine("error: chrono peer returned no documents");
            return null;
        }
        var timexes = parsed.Documents.ToDictionary(
            d => d.Id,
            d => d.Timexes.Select((t, k) => new TimeMlTimex($"c{k + 1}", "DATE", t.Value, null, null, null, t.Start, t.End, t.Text)).ToList());
        return new Result(timexes, parsed.Seconds);
    }

    private static string? FindScript()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "bench", "peers", "chrono", "run.mjs");
                if (File.Exists(candidate)) return candidate;
            }
        return null;
    }

    private sealed record Output(
        [property: JsonPropertyName("seconds")] double Seconds,
        [property: JsonPropertyName("documents")] List<OutputDocument> Documents);

    private sealed record OutputDocument(
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("timexes")] List<OutputTimex> Timexes);

    private sealed record OutputTimex(
        [property: JsonPropertyName("start")] int Start,
        [property: JsonPropertyName("end")] int End,
        [property: JsonPropertyName("text")] string Text,
        [property: JsonPropertyName("value")] string Value);
}
