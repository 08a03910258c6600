using AngleSharp.Dom;
using Sitrep.Articles;
using Sitrep.Ingest.Language;

namespace Sitrep.Ingest.Html;

/// <summary>The article facts a page states in its head and markup, each from the most reliable place first.</summary>
internal sealed record HtmlMetadata(string? Title, PartialDate? Published, PartialDate? Modified, IReadOnlyList<string> Authors, string? Site, string? Url, string? Language)
{
    /// <summary>The address of the story's lead image, absolute when the page's URL is known.</summary>
    public string? Image { get; init; }

    private static readonly string[] AuthorMetaKeys = ["author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author", "byl"];
    private static readonly string[] ImageMetaKeys = ["og:image", "og:image:url", "og:image:secure_url"];
    private static readonly string[] TwitterImageMetaKeys = ["twitter:image", "twitter:image:src"];
    // Images declared smaller than this are icons, avatars and buttons, not the story's picture.
    private const int MinFigureWidth = 200;

    private static readonly string[] TitleSeparators = [" | ", " - ", " – ", " — ", " :: ", " · "];
    /// <param name="pageUrl">Where the page was fetched from, when known: a fallback for its canonical URL and a source of its date.</param>
    public static HtmlMetadata Read(IDocument doc, JsonLdInfo jsonLd, string? pageUrl)
    {
        var meta = MetaContents(doc);
        var site = meta.GetValueOrDefault("og:site_name") ?? jsonLd.Publisher;
        var url = NonEmpty(doc.QuerySelector("link[rel~='canonical']")?.GetAttribute("href")?.Trim()) ?? meta.GetValueOrDefault("og:url") ?? pageUrl;
        var modified = PageDates.Modified(doc, meta, jsonLd);
        return new HtmlMetadata(
            FindTitle(doc, meta, jsonLd, site),
            PageDates.Published(doc, meta, jsonLd, url ?? pageUrl, modified),
            modified,
            FindAuthors(doc, jsonLd),
            site,
            url,
            FindLanguage(doc))
        {
            Image = FindImage(doc, meta, jsonLd, url ?? pageUrl),
        };
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

    /// <summary>
    /// The authors from the most reliable statement that names any: JSON-LD, then author meta tags (all of
    /// them: pages repeat the tag for each author), then rel=author links, then the byline's text.
    /// </summary>
    private static IReadOnlyList<string> FindAuthors(IDocument doc, JsonLdInfo jsonLd)
    {
        var fromJsonLd = jsonLd.Authors.SelectMany(BylineNames.Split).ToList();
        if (fromJsonLd.Count > 0) return Distinct(fromJsonLd);
        foreach (var key in AuthorMetaKeys)
        {
            var names = doc.QuerySelectorAll("meta[content]")
                .Where(m => string.Equals((m.GetAttribute("name") ?? m.GetAttribute("property"))?.Trim(), key, StringComparison.OrdinalIgnoreCase))
                .SelectMany(m => BylineNames.Split(m.GetAttribute("content"))).ToList();
            if (names.Count > 0) return Distinct(names);
        }
        var linked = doc.QuerySelectorAll("a[rel~='author']").SelectMany(a => BylineNames.Split(a.TextContent)).ToList();
        if (linked.Count > 0) return Distinct(linked);
        foreach (var byline in doc.QuerySelectorAll("[itemprop='author'], [class*='byline'], [class*='author'], [class*='Author'], [id*='byline'], [id*='author']"))
        {
            var names = BylineNames.Split(byline.TextContent);
            if (names.Count > 0) return names;
        }
        return [];
    }

    private static List<string> Distinct(IEnumerable<string> names) => names.Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>The story's lead image: OpenGraph, then JSON-LD, then Twitter's card, then the first large figure in the page.</summary>
    private static string? FindImage(IDocument doc, Dictionary<string, string> meta, JsonLdInfo jsonLd, string? pageUrl)
    {
        var stated = ImageMetaKeys.Select(meta.GetValueOrDefault).FirstOrDefault(u => !string.IsNullOrWhiteSpace(u))
            ?? jsonLd.Image
            ?? TwitterImageMetaKeys.Select(meta.GetValueOrDefault).FirstOrDefault(u => !string.IsNullOrWhiteSpace(u))
            ?? doc.QuerySelectorAll("article img[src], figure img[src], main img[src]").Where(IsLarge).Select(i => i.GetAttribute("src")).FirstOrDefault();
        return Absolute(stated, pageUrl);
    }

    /// <summary>An image is large unless it says it is small, or is inline data (a placeholder or a tracking pixel).</summary>
    private static bool IsLarge(IElement img) =>
        !(img.GetAttribute("src") ?? "").StartsWith("data:", StringComparison.OrdinalIgnoreCase)
        && !(int.TryParse(img.GetAttribute("width"), out int width) && width < MinFigureWidth);

    private static string? Absolute(string? url, string? pageUrl)
    {
        if (string.IsNullOrWhiteSpace(url)) return null;
        url = url.Trim();
        if (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https") return url;
        if (pageUrl is not null && Uri.TryCreate(pageUrl, UriKind.Absolute, out var page) && Uri.TryCreate(page, url, out var resolved)) return resolved.AbsoluteUri;
        return url;
    }

    private static string? FindLanguage(IDocument doc) => ArticleLanguage.Normalize(doc.DocumentElement.GetAttribute("lang"));

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
