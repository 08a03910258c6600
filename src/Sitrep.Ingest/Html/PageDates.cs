using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Sitrep.Articles;

namespace Sitrep.Ingest.Html;

/// <summary>
/// A page's publication and modification dates, each from the most reliable statement first: schema.org
/// JSON-LD, then meta tags (OpenGraph, Dublin Core, common CMS names) and an RDF trackback block, then microdata
/// and &lt;time&gt; elements, then the date in the URL's path, then the text of date-like elements (bylines, post
/// meta), then dates in the visible text next to the headline or after a publication label (<see cref="TextDates"/>),
/// then a script's, the lead image's and a copyright line's. The first full day is then checked against the URL's
/// day, the day the page shows near a UTC midnight, and a shown revision.
/// A statement that gives only a year or a month is kept only when nothing states the day.
/// </summary>
internal static partial class PageDates
{
    private static readonly string[] PublishedMetaKeys =
    [
        "article:published_time", "og:published_time", "og:article:published_time", "datepublished", "publish-date", "publish_date",
        "publishdate", "pubdate", "publication_date", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued",
        "dc.date.created", "dcterms.created", "citation_publication_date", "article.published", "originalpublicationdate",
        "cxenseparse:recs:publishtime", "article_date_original", "date_published", "created",
    ];

    // A bare "date" names no event: content systems (TYPO3 and others) fill it with the last edit, so a
    // publication date the page shows in its markup outranks it.
    private static readonly string[] GenericMetaKeys = ["dc.date", "dcterms.date", "date"];

    private static readonly string[] ImageMetaKeys = ["og:image", "twitter:image", "twitter:image:src", "image"];

    private static readonly string[] ModifiedMetaKeys =
        ["article:modified_time", "og:updated_time", "datemodified", "dc.date.modified", "dcterms.modified", "last-modified", "lastmod"];

    // How much text of a date-like element is read: a byline or a post-meta line, not a whole comment thread.
    private const int MaxDateElementText = 200;

    /// <param name="modified">The page's stated modification date (<see cref="Modified"/>), when it states one.</param>
    public static PartialDate? Published(IDocument doc, IReadOnlyDictionary<string, string> meta, JsonLdInfo jsonLd, string? url, PartialDate? modified = null)
    {
        PartialDate? partial = null;
        foreach (var (candidate, _, statement) in PublishedCandidates(doc, meta, jsonLd, url))
        {
            if (candidate is not { } date) continue;
            if (date.IsFullDate)
            {
                var inUrl = DateText.FromUrl(url);
                return AsShown(inUrl is null ? InLocalDay(date, statement, doc) : WithUrlDay(date, inUrl), modified, doc);
            }
            partial ??= date;
        }
        return partial;
    }

    // A UTC timestamp this close to midnight is on another day in much of the world ("2019-10-18T22:04:00Z" is
    // 00:04 on the 19th in Linz).
    private const int UtcEdgeHours = 3;

    /// <summary>
    /// A UTC timestamp near midnight falls on the neighbouring day of the publisher's own calendar; without a
    /// URL date, the day the page first shows its reader decides when it is that neighbouring day.
    /// </summary>
    private static PartialDate InLocalDay(PartialDate stated, string? statement, IDocument doc)
    {
        if (statement is null || !DateTimeOffset.TryParse(statement, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t)
            || t.Offset != TimeSpan.Zero || !UtcTime().IsMatch(statement))
            return stated;
        int towards = t.Hour >= 24 - UtcEdgeHours ? 1 : t.Hour < UtcEdgeHours ? -1 : 0;
        if (towards == 0) return stated;
        var shown = ShownDates(doc).Select(c => c.Date).FirstOrDefault(d => d is { IsFullDate: true });
        return shown is { } s && s.FirstDay.DayNumber - stated.FirstDay.DayNumber == towards ? s : stated;
    }

    /// <summary>
    /// A story revised after publication states both days, and many pages show the reader only the revision
    /// ("Stand: 07.11.2023", "Updated March 14, 2021"): that is the page's date as its readers know it. The
    /// stated modification wins when the page shows it and does not show the publication day at all.
    /// </summary>
    private static PartialDate AsShown(PartialDate published, PartialDate? modified, IDocument doc)
    {
        if (modified is not { IsFullDate: true } m || m == published) return published;
        bool showsModified = false;
        foreach (var (shown, _) in ShownDates(doc))
        {
            if (shown == published) return published;
            showsModified |= shown == m;
        }
        return showsModified ? m : published;
    }

    /// <summary>
    /// A timestamp in UTC can fall on the next or previous day of the publisher's own calendar; the date
    /// the publisher put in the URL is its own, so it wins when the two are a day apart.
    /// A page's address is made when it is first published, so a stated day later than the URL's is a
    /// re-publication (a site moved to a new system stamps every old story with the move's day): the URL wins.
    /// </summary>
    private static PartialDate WithUrlDay(PartialDate stated, PartialDate? inUrl) =>
        inUrl is { } u && (Math.Abs(u.FirstDay.DayNumber - stated.FirstDay.DayNumber) == 1 || u.FirstDay < stated.FirstDay) ? u : stated;

    public static PartialDate? Modified(IDocument doc, IReadOnlyDictionary<string, string> meta, JsonLdInfo jsonLd)
    {
        var statements = ModifiedMetaKeys.Select(meta.GetValueOrDefault).Prepend(jsonLd.DateModified)
            .Concat(doc.QuerySelectorAll("[itemprop='dateModified']").Select(Stated));
        foreach (var s in statements)
            if (Parse(s) is { } date) return date;
        return null;
    }

    /// <summary>Each candidate with the kind of statement it came from (what a trace of a wrong date needs).</summary>
    private static IEnumerable<(PartialDate? Date, string Source, string? Statement)> PublishedCandidates(IDocument doc, IReadOnlyDictionary<string, string> meta, JsonLdInfo jsonLd, string? url)
    {
        yield return Statement(jsonLd.DatePublished, "json-ld");
        foreach (var key in PublishedMetaKeys) yield return Statement(meta.GetValueOrDefault(key), "meta " + key);
        yield return Statement(RdfDate(doc), "rdf");
        foreach (var e in doc.QuerySelectorAll("[itemprop='datePublished'], [itemprop='dateCreated'], [property='schema:datePublished'], [property='schema:dateCreated'], time[pubdate]")) yield return Statement(Stated(e), "microdata");
        foreach (var e in doc.QuerySelectorAll("time[datetime]"))
            if (!IsAside(e)) yield return Statement(e.GetAttribute("datetime"), "time[datetime]");
        yield return (DateText.FromUrl(url), "url", null);
        foreach (var (date, source) in ShownDates(doc)) yield return (date, source, null);
        foreach (var key in GenericMetaKeys) yield return (Parse(meta.GetValueOrDefault(key)), "meta " + key, null);
        yield return (Parse(ScriptDate(doc)), "script", null);
        // The story's own picture is usually filed under its upload day ("/2020/03/04/", "20201007120909.jpg").
        foreach (var key in ImageMetaKeys) yield return (DateText.FromImageUrl(meta.GetValueOrDefault(key)), "image " + key, null);
        yield return (TextDates.CopyrightDay(doc), "copyright", null);
    }

    /// <summary>The dates the page shows its reader: date-like elements' text, &lt;time&gt; text, then the visible text around the headline and after publication labels.</summary>
    private static IEnumerable<(PartialDate? Date, string Source)> ShownDates(IDocument doc)
    {
        foreach (var e in doc.Body?.QuerySelectorAll("[class], [id]") ?? Enumerable.Empty<IElement>())
        {
            if (!DateLike().IsMatch($"{e.ClassName} {e.Id}") || IsAside(e) || IsModificationStatement(e)) continue;
            var text = e.TextContent;
            // "3 hours ago" on the page, the day in its tooltip.
            if (text.Length <= MaxDateElementText) yield return (DateText.FindDay(text) ?? Parse(e.GetAttribute("title")), "date-like element");
            // A long post-meta paragraph ("This entry was posted on Saturday, 3 December 2011 and filed under …")
            // states its date up front; a long container is no byline.
            else if (e.Children.Length == 0 || e.LocalName is "p" or "small")
                yield return (DateText.FindDay(Head(text)), "post-meta paragraph");
        }
        foreach (var e in doc.QuerySelectorAll("time"))
            if (!IsAside(e)) yield return (DateText.FindDay(e.TextContent), "time text");
        foreach (var date in TextDates.Candidates(doc)) yield return (date, "text");
    }

    /// <summary>
    /// Whether a date in the page's markup belongs to something other than the story: a comment, the navigation
    /// (a &lt;nav&gt;, or a block whose class or id starts with "nav": navtop, navwrap), an aside, sidebar, related box,
    /// top bar, slider or carousel, or a teaser of another story (a list item, or one of several
    /// &lt;article&gt;s, whose link names that story). A page footer is not among them: article footers hold bylines.
    /// </summary>
    internal static bool IsAside(IElement e)
    {
        int depth = 0;
        var headline = e.Owner is { } owner ? StoryHeadline(owner) : null;
        for (var a = e; a is not null && a.LocalName != "body"; a = a.ParentElement, depth++)
        {
            // What holds the headline holds the story: a page layout named "sidebar" is no aside.
            if (headline is not null && a.Contains(headline)) return false;
            if (a.LocalName is "nav" or "aside") return true;
            // The site's header: its "today" stands beside the logo.
            if (a.LocalName == "header" && a.QuerySelectorAll("h1").Any(IsLogo)) return true;
            if (Aside().IsMatch($"{a.ClassName} {a.Id}") && !HoldsMuchOfPage(a) && !RepeatsHeadline(a, headline)) return true;
            if (depth <= 4 && (a.LocalName == "li" || a.LocalName == "article" && a.ParentElement?.QuerySelectorAll("article").Length > 1) && IsTeaser(a)) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether a date-like element states a modification or today's date rather than the publication: its label
    /// ("Updated", "Zuletzt geändert am", "Mis à jour", "Aktuelle Zeit") comes before its first digit, or in the element just before it
    /// or its parent (a heading over a list of dates).
    /// </summary>
    internal static bool IsModificationStatement(IElement e)
    {
        var text = e.TextContent;
        int digit = text.AsSpan().IndexOfAnyInRange('0', '9');
        if (Modification().IsMatch(digit < 0 ? text : text[..digit])) return true;
        var before = e.PreviousElementSibling ?? e.ParentElement?.PreviousElementSibling;
        return before is not null && before.TextContent.Length <= MaxDateElementText && Modification().IsMatch(before.TextContent);
    }

    // Shorter headlines ("News", "Kontakt") are repeated by chance.
    private const int MinRepeatedHeadline = 12;

    /// <summary>
    /// A sticky column named "sidebar" that repeats the story's headline is the story's own header (headline,
    /// teaser, date, author beside the text), not another story's box.
    /// </summary>
    private static bool RepeatsHeadline(IElement e, IElement? headline)
    {
        if (headline is null) return false;
        var stated = HtmlText.Collapse(headline.TextContent);
        // A link that repeats it ("Recent posts" listing this one) is the sidebar's, not the story's header.
        return stated.Length >= MinRepeatedHeadline && HtmlText.Collapse(UnlinkedText(e)).Contains(stated, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>An element's text outside its links.</summary>
    private static string UnlinkedText(IElement e)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var node in e.Descendants<IText>())
            if (node.ParentElement?.Closest("a") is null) sb.Append(node.Data).Append(' ');
        return sb.ToString();
    }

    /// <summary>The story's headline: the first &lt;h1&gt; that is not the site's logo.</summary>
    internal static IElement? Headline(IDocument doc) => doc.QuerySelectorAll("h1").FirstOrDefault(h => !IsLogo(h));

    /// <summary>The headline, or without one the first lower heading the page's title repeats ("Story – Site" over an &lt;h3&gt;Story&lt;/h3&gt;).</summary>
    internal static IElement? StoryHeadline(IDocument doc) =>
        // Asked once per date-like element; the page does not change while its dates are read.
        StoryHeadlines.GetValue(doc, d => new StrongBox<IElement?>(FindStoryHeadline(d))).Value;

    private static readonly ConditionalWeakTable<IDocument, StrongBox<IElement?>> StoryHeadlines = new();

    private static IElement? FindStoryHeadline(IDocument doc)
    {
        if (Headline(doc) is { } h1) return h1;
        var stated = HtmlText.Collapse(doc.Title);
        if (stated.Length < MinRepeatedHeadline || doc.Body is not { } body) return null;
        return body.QuerySelectorAll("h2, h3, h4").FirstOrDefault(h =>
        {
            var text = HtmlText.Collapse(h.TextContent);
            return text.Length >= MinRepeatedHeadline && stated.Contains(text, StringComparison.OrdinalIgnoreCase);
        });
    }

    /// <summary>
    /// The site's logo set as a heading (&lt;h1&gt;&lt;a href="/"&gt;Site&lt;/a&gt;&lt;/h1&gt;): its one link leads to the home page.
    /// </summary>
    private static bool IsLogo(IElement h1)
    {
        var links = h1.QuerySelectorAll("a[href]");
        if (links.Length != 1) return false;
        var href = links[0].GetAttribute("href")!.Trim();
        return href == "/" || Uri.TryCreate(href, UriKind.Absolute, out var u) && u.AbsolutePath == "/" && u.Query.Length == 0 && u.Fragment.Length == 0;
    }

    /// <summary>A layout wrapper named for its sidebar ("main sidebar-right") holds the story too: a good part of the page's text.</summary>
    private static bool HoldsMuchOfPage(IElement e) => e.TextContent.Length * 4 > (e.Owner?.Body?.TextContent.Length ?? 0);

    // A teaser names another story in a link of headline length; the story's own byline links only its author.
    private const int TeaserLinkText = 25;

    private static bool IsTeaser(IElement item) =>
        item.QuerySelector("h1") is null && item.QuerySelectorAll("a[href]").Any(a =>
            !(a.GetAttribute("rel") ?? "").Contains("author", StringComparison.OrdinalIgnoreCase) && HtmlText.Collapse(a.TextContent).Length >= TeaserLinkText);

    /// <summary>The first <see cref="MaxDateElementText"/> characters of a text as a reader sees them (whitespace collapsed).</summary>
    private static string Head(string text)
    {
        var collapsed = HtmlText.Collapse(text[..Math.Min(text.Length, MaxDateElementText * 4)]);
        return collapsed[..Math.Min(collapsed.Length, MaxDateElementText)];
    }

    /// <summary>
    /// The Dublin Core date of the page's RDF description (Movable Type, Blogger-era and Japanese blog systems
    /// put one in an HTML comment for trackback: &lt;rdf:Description dc:date="2020-07-03T17:16:22+09:00"&gt;).
    /// </summary>
    private static string? RdfDate(IDocument doc)
    {
        foreach (var comment in doc.Descendants<IComment>())
        {
            if (!comment.Data.Contains("rdf:RDF", StringComparison.Ordinal)) continue;
            if (RdfDcDate().Match(comment.Data) is { Success: true } m) return m.Groups["d"].Value;
        }
        return null;
    }

    /// <summary>
    /// A publication date that a page's scripts state for its data layer or its own rendering (Shopify's
    /// "published_at", analytics' "publishdate", an app state's "datePublished"): the first one of any script.
    /// </summary>
    private static string? ScriptDate(IDocument doc)
    {
        foreach (var script in doc.Scripts)
        {
            var text = script.Text;
            if (text.Length == 0) continue;
            if (ScriptPublished().Match(text) is { Success: true } m) return m.Groups["d"].Value;
        }
        return null;
    }

    private static (PartialDate? Date, string Source, string? Statement) Statement(string? statement, string source) => (Parse(statement), source, statement);

    /// <summary>What a microdata element states: its content or datetime attribute, else its text.</summary>
    private static string? Stated(IElement e) => e.GetAttribute("content") ?? e.GetAttribute("datetime") ?? e.TextContent;

    private static PartialDate? Parse(string? s)
    {
        if (string.IsNullOrWhiteSpace(s)) return null;
        // Without a year in it, a lenient timestamp parse ("10:30 AM") would give today.
        if (!Year().IsMatch(s)) return null;
        // "2017/01" states a month; a lenient timestamp parse would make it the first of the month.
        if (YearMonth().Match(s) is { Success: true } ym)
            return new PartialDate(int.Parse(ym.Groups["y"].Value, CultureInfo.InvariantCulture), int.Parse(ym.Groups["m"].Value, CultureInfo.InvariantCulture));
        // "01-11-2023 10:29": day first, as everywhere dots or dashes separate a year-last date (the lenient
        // timestamp parse would read it month first, the American way that writes slashes).
        if (DayFirst().IsMatch(s)) return DateText.FindDay(s.Replace('-', '.'));
        if (PartialDate.TryParse(s, out var date) && date.Year >= 1990) return date;
        return DateText.FindDay(s);
    }

    [GeneratedRegex(@"dc:date\s*=\s*[""'](?<d>[^""']+)[""']|<dc:date>(?<d>[^<]+)</dc:date>")]
    private static partial Regex RdfDcDate();

    [GeneratedRegex(@"[""']?(?:datePublished|date_published|published_at|publishedAt|publish_?date|publishDate|pubDate|first_publish_date|publication_?date|publicationDate)[""']?\s*[:=]\s*[""'](?<d>(?:19|20)\d\d-[01]\d-[0-3]\d[^""']{0,30})[""']",
        RegexOptions.IgnoreCase)]
    private static partial Regex ScriptPublished();

    [GeneratedRegex(@"^\s*\d{1,2}[-.]\d{1,2}[-.](?:19|20)\d\d(?!\d)")]
    private static partial Regex DayFirst();

    [GeneratedRegex(@"T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]00:?00)\s*$")]
    private static partial Regex UtcTime();

    [GeneratedRegex(@"(?<!\d)(?:19|20)\d\d(?!\d)")]
    private static partial Regex Year();

    [GeneratedRegex(@"^\s*(?<y>(?:19|20)\d\d)[-/.](?<m>0?[1-9]|1[0-2])\s*$")]
    private static partial Regex YearMonth();

    // A revision ("Updated", "Zuletzt geändert am", "Mis à jour"), or the reader's clock (phpBB's "It is currently",
    // "Aktuelle Zeit:").
    [GeneratedRegex(@"updated|modified|last edited|geändert|aktualisiert|mis à jour|modifié|actualizado|aggiornato|bijgewerkt|it is currently|current time|aktuelle zeit|heute ist|today is", RegexOptions.IgnoreCase)]
    private static partial Regex Modification();

    [GeneratedRegex(@"comment|sidebar|related|topbar|reply|respond|(?<!\p{L})nav|slide|carousel|swiper", RegexOptions.IgnoreCase)]
    private static partial Regex Aside();

    [GeneratedRegex(@"date|time|publish|posted|byline|dateline|author|meta|info|entry-footer|submitted", RegexOptions.IgnoreCase)]
    private static partial Regex DateLike();
}
