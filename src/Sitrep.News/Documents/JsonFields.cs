using System.Text.Json;
using Sitrep.Articles;

namespace Sitrep.News.Documents;

/// <summary>Lenient field reads for the analysis readers: a missing or null field is null (or empty), a wrong type too.</summary>
public static class JsonFields
{
    public static string? String(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>A required integer (an offset): missing, it fails the read.</summary>
    public static int Int(JsonElement e, string name) => e.GetProperty(name).GetInt32();

    /// <summary>An ISO partial date ("2021", "2021-07", "2021-07-22"), null when absent; anything else fails the read.</summary>
    public static PartialDate? Date(JsonElement e, string name) =>
        String(e, name) is { } s ? PartialDate.TryParse(s, out var d) ? d : throw new JsonException($"not an ISO partial date: \"{s}\"") : null;

    public static IEnumerable<JsonElement> Array(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray() : [];
}
