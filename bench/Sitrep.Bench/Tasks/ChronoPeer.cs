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
        var input = new StringBuilder();
        foreach (var d in documents)
            input.Append(JsonSerializer.Serialize(new { id = d.Id, text = d.Text, dct = d.Dct is { } dct && TimexTask.DocumentDate(dct) is { IsFullDate: true } date ? date.ToString() : null })).Append('\n');
        var stdout = PeerScript.Run("chrono", "node", "bench/peers/chrono/run.mjs", "bench/peers/chrono/node_modules/chrono-node", input.ToString(), passes,
            new Dictionary<string, string> { ["TZ"] = "UTC" });
        if (stdout is null) return null;
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
