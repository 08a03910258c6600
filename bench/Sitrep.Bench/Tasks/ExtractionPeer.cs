using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sitrep.Bench.Tasks;

/// <summary>
/// A main-text extractor run beside ours on the same pages: Mozilla Readability under Node
/// (bench/peers/readability/run.mjs) or readability-lxml under Debian's /usr/bin/python3
/// (bench/peers/readability-lxml/run.py), both installed by bench/peers/install.sh. The script gets
/// JSON Lines of {id, path, url} (gzip-compressed pages), extracts every page once as a warm-up, then
/// `passes` more times, and returns each page's text and its best pass time.
/// </summary>
internal sealed record ExtractionPeer(string Name, string Program, string Script, string Installed)
{
    public static readonly ExtractionPeer Readability =
        new("readability", "node", "bench/peers/readability/run.mjs", "bench/peers/readability/node_modules/@mozilla/readability");

    public static readonly ExtractionPeer ReadabilityLxml =
        new("readability-lxml", "/usr/bin/python3", "bench/peers/readability-lxml/run.py", "/usr/lib/python3/dist-packages/readability");

    public sealed record Page(string Id, string Path, string? Url);

    public sealed record Result(Dictionary<string, string> Texts, double Seconds);

    /// <summary>The peers --peer NAME selects ("all" for both), or null with a message when the name is unknown.</summary>
    public static IReadOnlyList<ExtractionPeer>? Select(string? name) => name?.ToLowerInvariant() switch
    {
        null => [],
        "readability" => [Readability],
        "readability-lxml" => [ReadabilityLxml],
        "all" => [Readability, ReadabilityLxml],
        _ => Unknown(name),
    };

    private static IReadOnlyList<ExtractionPeer>? Unknown(string name)
    {
        Console.Error.WriteLine($"error: unknown peer '{name}' (known: readability, readability-lxml, all)");
        return null;
    }

    public Result? Run(IEnumerable<Page> pages, int passes)
    {
        var input = new StringBuilder();
        foreach (var p in pages) input.Append(JsonSerializer.Serialize(new { id = p.Id, path = Path.GetFullPath(p.Path), url = p.Url })).Append('\n');
        var stdout = PeerScript.Run(Name, Program, Script, Installed, input.ToString(), passes);
        if (stdout is null) return null;
        var parsed = JsonSerializer.Deserialize<Output>(stdout);
        if (parsed?.Documents is null)
        {
            Console.Error.WriteLine($"error: {Name} peer returned no documents");
            return null;
        }
        return new Result(parsed.Documents.ToDictionary(d => d.Id, d => d.Text ?? ""), parsed.Seconds);
    }

    private sealed record Output(
        [property: JsonPropertyName("seconds")] double Seconds,
        [property: JsonPropertyName("documents")] List<OutputDocument> Documents);

    private sealed record OutputDocument(
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("text")] string? Text);
}
