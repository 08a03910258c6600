using System.Text.Json;

namespace Sitrep.Ingest.Html;

/// <summary>What a page's schema.org JSON-LD says about its article, taken from the first article-like object.</summary>
internal sealed record JsonLdInfo(string? Headline, string? DatePublished, string? DateModified, IReadOnlyList<string> Authors, string? Publisher, string? ArticleBody)
{
    /// <summary>The article's image: a URL, an ImageObject's "url", or the first of a list.</summary>
    public string? Image { get; init; }

    private static readonly JsonDocumentOptions Lenient = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static readonly JsonLdInfo Empty = new(null, null, null, [], null, null);

    public static JsonLdInfo Read(IEnumerable<string> scripts)
    {
        JsonLdInfo? fallback = null;
        foreach (var script in scripts)
        {
            using var doc = TryParse(script);
            if (doc is null) continue;
            try
            {
                var named = NamedNodes(doc.RootElement);
                foreach (var node in Nodes(doc.RootElement))
                {
                    var info = FromNode(node, named);
                    if (IsArticleType(node)) return info;
                    // Pages that type their story oddly ("WebPage") still usually carry its date.
                    if (fallback is null && info.DatePublished is not null) fallback = info;
                }
            }
            catch (InvalidOperationException)
            {
                // Half of a surrogate pair ("\ud83d" alone) parses, and GetString throws on it: the block is as broken as bad JSON.
            }
        }
        return fallback ?? Empty;
    }

    private static JsonDocument? TryParse(string json)
    {
        try
        {
            return JsonDocument.Parse(json, Lenient);
        }
        catch (JsonException)
        {
            return null; // broken markup in one script block must not cost the page its text
        }
    }

    /// <summary>Top-level objects, array items and "@graph" members: where publishers put their article node.</summary>
    private static IEnumerable<JsonElement> Nodes(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in root.EnumerateArray())
                foreach (var node in Nodes(item)) yield return node;
            yield break;
        }
        if (root.ValueKind != JsonValueKind.Object) yield break;
        yield return root;
        if (root.TryGetProperty("@graph", out var graph))
            foreach (var node in Nodes(graph)) yield return node;
    }

    /// <summary>The names of the graph's nodes by their "@id": an article's author is often only a reference to a Person node.</summary>
    private static Dictionary<string, string> NamedNodes(JsonElement root)
    {
        var named = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var node in Nodes(root))
            if (StringProperty(node, "@id") is { } id && StringProperty(node, "name") is { } name) named.TryAdd(id, name);
        return named;
    }

    private static bool IsArticleType(JsonElement node) =>
        node.TryGetProperty("@type", out var type) && TypeNames(type).Any(t =>
            t.EndsWith("Article", StringComparison.OrdinalIgnoreCase) || t.Equals("BlogPosting", StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<string> TypeNames(JsonElement type) => type.ValueKind switch
    {
        JsonValueKind.String => [type.GetString()!],
        JsonValueKind.Array => type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!),
        _ => [],
    };

    private static JsonLdInfo FromNode(JsonElement node, Dictionary<string, string> named) => new(
        StringProperty(node, "headline"), StringProperty(node, "datePublished"), StringProperty(node, "dateModified"),
        node.TryGetProperty("author", out var author) ? NamesOf(author, named).Distinct(StringComparer.OrdinalIgnoreCase).ToList() : [],
        node.TryGetProperty("publisher", out var publisher) ? NameOf(publisher) : null,
        StringProperty(node, "articleBody"))
    {
        Image = node.TryGetProperty("image", out var image) ? UrlOf(image) : null,
    };

    /// <summary>Every person or organization named in a string, an object with "name" (or the "@id" of a named node), or a list of either.</summary>
    private static IEnumerable<string> NamesOf(JsonElement value, Dictionary<string, string> named) => value.ValueKind switch
    {
        JsonValueKind.Array => value.EnumerateArray().SelectMany(v => NamesOf(v, named)),
        JsonValueKind.Object when StringProperty(value, "name") is null && StringProperty(value, "@id") is { } id && named.TryGetValue(id, out var name) => [name],
        _ => NameOf(value) is { } name ? [name] : [],
    };

    private static string? UrlOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => NonEmpty(value.GetString()),
        JsonValueKind.Object => StringProperty(value, "url") ?? StringProperty(value, "contentUrl"),
        JsonValueKind.Array => value.EnumerateArray().Select(UrlOf).FirstOrDefault(u => u is not null),
        _ => null,
    };

    /// <summary>A person or organization given as a string, an object with "name", or a list of either (first wins).</summary>
    private static string? NameOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => NonEmpty(value.GetString()),
        JsonValueKind.Object => StringProperty(value, "name"),
        JsonValueKind.Array => value.EnumerateArray().Select(NameOf).FirstOrDefault(n => n is not null),
        _ => null,
    };

    private static string? StringProperty(JsonElement node, string name) =>
        node.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? NonEmpty(v.GetString()) : null;

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
