using AngleSharp.Dom;
using Sitrep.Ingest.Articles;
using Sitrep.Ingest.Language;

namespace Sitrep.Ingest.Html;

/// <summary>The article facts a page states in its head and markup, each from the most reliable place first.</summary>
internal sealed record HtmlMetadata(string? Title, PartialDate? Published, PartialDate? Modified, string? Author, string? Site, string? Url, string? Language)
{
    private static readonly string[] TitleSeparators = [" | ", " - ", " – ", " — ", " :: ", " · "];
    /// <param name="pageUrl">Where the page was fetched from, when known: a fallback for its canonical URL and a source of its date.</param>
    public static HtmlMetadata Read(IDocument doc, JsonLdInfo jsonLd, string? pageUrl)
    {
        var meta = MetaContents(doc);
        var site = meta.GetValueOrDefault("og:site_name") ?? jsonLd.Publisher;
        var url = NonEmpty(doc.QuerySelector("link[rel~='canonical']")?.GetAttribute("href")?.Trim()) ?? meta.GetValueOrDefault("og:url") ?? pageUrl;
        return new HtmlMetadata(
            FindTitle(doc, meta, jsonLd, site),
            PageDates.Published(doc, meta, jsonLd, url ?? pageUrl),
            PageDates.Modified(doc, meta, jsonLd),
            FindAuthor(doc, meta, jsonLd),
            site,
            url,
            FindLanguage(doc));
    }

    /// <summary>Every meta's content by its property, name or itemprop (lower-cased); the first one of a key wins.</summary>
    private static Dictionary<string, string> MetaContents(IDocument doc)
    {
        var contents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var m in doc.QuerySelectorAll("meta[content]"))
        {
            var key = m.GetAttribute("property") ?? m.GetAttribute("name") ?? m.GetAttribute("itemprop");
            var content = HtmlText.Collapse(m.GetAttribute("content"));
            if (key is not null && content.Length > 0) contents.TryAdd(key.Trim().ToLowerInvariant(), content);
        }
        return contents;
    }

    private static string? FindTitle(IDocument doc, Dictionary<string, string> meta, JsonLdInfo jsonLd, string? site)
    {
        var headline = NonEmpty(HtmlText.Collapse(doc.QuerySelector("h1")?.TextContent));
        var stated = meta.GetValueOrDefault("og:title") ?? NonEmpty(WithoutSiteSuffix(HtmlText.Collapse(doc.QuerySelector("title")?.TextContent), site));
        return stated is null ? headline ?? jsonLd.Headline : WithoutDecoration(stated, headline);
    }

    /// <summary>
    /// "Blog name » Story", "Story: Section | Site" → "Story" when the page's headline is that part of the
    /// stated title: the headline is the story's own title, the rest names the site or section.
    /// </summary>
    internal static string WithoutDecoration(string title, string? headline) =>
        headline is not null && headline.Length < title.Length && title.Contains(headline, StringComparison.OrdinalIgnoreCase) ? headline : title;

    /// <summary>"Story | Site" → "Story", only when the suffix is the site's own name (a title may contain " - ").</summary>
    internal static string WithoutSiteSuffix(string title, string? site)
    {
        if (string.IsNullOrEmpty(site)) return title;
        foreach (var separator in TitleSeparators)
        {
            var suffix = separator + site;
            if (title.Length > suffix.Length && title.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                return title[..^suffix.Length].TrimEnd();
        }
        return title;
    }

    private static string? FindAuthor(IDocument doc, Dictionary<string, string> meta, JsonLdInfo jsonLd) =>
        jsonLd.Author
        ?? meta.GetValueOrDefault("author")
        ?? NonEmpty(HtmlText.Collapse(doc.QuerySelector("a[rel~='author']")?.TextContent))
        ?? BylineText(doc.QuerySelector(".byline, .author"));

    /// <summary>A byline element's name: "By Jane Doe | 22 July" → "Jane Doe"; long text is not a byline.</summary>
    private static string? BylineText(IElement? byline)
    {
        var text = HtmlText.Collapse(byline?.TextContent);
        if (text.StartsWith("by ", StringComparison.OrdinalIgnoreCase)) text = text[3..];
        int cut = text.IndexOfAny(['|', '•', '·']);
        if (cut >= 0) text = text[..cut];
        text = text.Trim();
        return text.Length is > 0 and <= 100 ? text : null;
    }

    private static string? FindLanguage(IDocument doc) => ArticleLanguage.Normalize(doc.DocumentElement.GetAttribute("lang"));

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
