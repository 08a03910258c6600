using AngleSharp.Html.Parser;

namespace Sitrep.Ingest.Html;

/// <summary>Turns the raw bytes of one web page into an <see cref="HtmlPage"/>: charset detection, parsing, metadata and main text.</summary>
public static class HtmlPageReader
{
    /// <summary>The page, or null with the reason in <paramref name="error"/> when it cannot be read.</summary>
    /// <param name="url">Where the page came from, when known (its canonical URL and date path are used when the page states neither).</param>
    public static HtmlPage? Read(ReadOnlySpan<byte> bytes, out string? error, string? url = null)
    {
        var html = HtmlDecoding.Decode(bytes);
        if (string.IsNullOrWhiteSpace(html))
        {
            error = "empty file";
            return null;
        }
        // AngleSharp repairs any tag soup the way browsers do, so malformed pages parse rather than throw.
        using var doc = new HtmlParser().ParseDocument(html);
        var jsonLd = JsonLdInfo.Read(doc.QuerySelectorAll("script[type='application/ld+json']").Select(s => s.TextContent));
        var meta = HtmlMetadata.Read(doc, jsonLd, url);
        var text = MainTextExtractor.Extract(doc, StoryHint.From(jsonLd.ArticleBody));
        error = null;
        return new HtmlPage(text, meta.Title, meta.Author, meta.Published, meta.Modified, meta.Site, meta.Url, meta.Language);
    }
}
