using System.Text.Json;

namespace Sitrep.Ingest.Feeds;

/// <summary>JSON Feed 1.0 and 1.1 (jsonfeed.org): an object with a "version" URL and an "items" array.</summary>
internal static class JsonFeedReader
{
    public const string VersionPrefix = "https://jsonfeed.org/version/";

    public static Feed Read(string path, byte[] bytes)
    {
        // JSON Feed is UTF-8 by definition; the parser leaves broken sequences inside strings to GetString, which throws.
        if (!System.Text.Unicode.Utf8.IsValid(bytes)) throw new FeedException("JSON Feed is not valid UTF-8");
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(bytes);
        }
        catch (JsonException ex)
        {
            throw new FeedException($"invalid JSON at line {ex.LineNumber + 1}");
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || String(root, "version")?.StartsWith(VersionPrefix, StringComparison.Ordinal) != true)
                throw new FeedException($"JSON but not a JSON Feed (no \"version\" starting {VersionPrefix})");
            if (!root.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
                throw new FeedException("JSON Feed without an \"items\" array");
            var feedAuthor = Author(root);
            var entries = items.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object).Select(i => Entry(i, feedAuthor)).ToList();
            return Feed.From(path, String(root, "title"), String(root, "language"), entries);
        }
    }

    private static FeedEntry Entry(JsonElement item, string? feedAuthor)
    {
        var text = String(item, "content_html") is { } html ? FeedHtml.ToText(html)
            : String(item, "content_text") is { } plain ? FeedHtml.PlainToText(plain)
            : FeedHtml.PlainToText(String(item, "summary"));
        return new FeedEntry(FeedHtml.Title(String(item, "title")), text, String(item, "url") ?? String(item, "external_url"),
            FeedDate.Parse(String(item, "date_published") ?? String(item, "date_modified")), Author(item) ?? feedAuthor);
    }

    /// <summary>Version 1.1 "authors" (an array), else version 1.0 "author" (an object).</summary>
    private static string? Author(JsonElement obj)
    {
        if (obj.TryGetProperty("authors", out var authors) && authors.ValueKind == JsonValueKind.Array)
            return authors.EnumerateArray().Select(a => a.ValueKind == JsonValueKind.Object ? String(a, "name") : null).FirstOrDefault(n => n is not null);
        return obj.TryGetProperty("author", out var author) && author.ValueKind == JsonValueKind.Object ? String(author, "name") : null;
    }

    private static string? String(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && Utf16(v).Trim() is { Length: > 0 } s ? s : null;

    /// <summary>The string, or a feed error for half of a surrogate pair ("\ud83d" alone): the parser lets it through, GetString throws.</summary>
    private static string Utf16(JsonElement value)
    {
        try
        {
            return value.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw new FeedException("JSON Feed holds a string with half of a surrogate pair (a lone \\uD800–\\uDFFF escape)");
        }
    }
}
