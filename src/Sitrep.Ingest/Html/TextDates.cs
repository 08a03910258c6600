using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Sitrep.Articles;

namespace Sitrep.Ingest.Html;

/// <summary>
/// Publication dates written in a page's visible text rather than its markup, the last resort of
/// <see cref="PageDates"/>: a date next to the headline (the line above it, or the byline below it),
/// then a date after a publication or revision label anywhere ("Published:", "Veröffentlicht am", "Mise en ligne",
/// "Datum", "Stand:", a wiki's "This page was last edited on" and "Latest revision as of"), then a paragraph that
/// opens with a date (a press release's dateline), then the first element that holds nothing but a numeric date.
/// </summary>
internal static partial class TextDates
{
    // How much text around the first <h1> counts as its surroundings: a dateline above, a byline below.
    private const int BeforeHeadline = 150;
    private const int AfterHeadline = 300;
    // How far after a publication label its date may start.
    private const int AfterLabel = 40;

    public static IEnumerable<PartialDate?> Candidates(IDocument doc)
    {
        if (doc.Body is not { } body) yield break;
        var headline = PageDates.StoryHeadline(doc);
        var text = VisibleText(body, headline, out int headlineStart, out int headlineEnd);
        if (headlineStart >= 0)
        {
            int from = Math.Max(0, headlineStart - BeforeHeadline);
            yield return DateText.FindDay(text[from..headlineStart]);
            yield return DateText.FindDay(text[headlineEnd..Math.Min(text.Length, headlineEnd + AfterHeadline)]);
        }
        foreach (Match m in Label().Matches(text))
        {
            int end = m.Index + m.Length;
            yield return DateText.FindDay(text[end..Math.Min(text.Length, end + AfterLabel)]);
        }
        // A press release's dateline opens its first paragraph ("01.02.2022 „Der Arbeitsmarkt ist …"), however far below the headline.
        foreach (var p in body.QuerySelectorAll("p"))
        {
            var head = HtmlText.Collapse(p.TextContent[..Math.Min(p.TextContent.Length, OpeningDate * 4)]);
            if (head.Length == 0 || !char.IsAsciiDigit(head[0]) || PageDates.IsAside(p)) continue;
            if (DateText.FindDay(head[..Math.Min(head.Length, OpeningDate)]) is { } day) yield return day;
        }
        // An element that holds nothing but a date ("<span class="blue">01.02.2022</span>"), outside asides and teasers.
        foreach (var e in body.QuerySelectorAll("span, div, p, strong, b, em, small, td, dd"))
        {
            if (e.Children.Length > 0 || e.TextContent.Length > OpeningDate * 2) continue;
            var own = HtmlText.Collapse(e.TextContent);
            if (own.Length is 0 or > OpeningDate || !BareDate().IsMatch(own) || PageDates.IsAside(e)) continue;
            if (DateText.FindDay(own) is { } day) { yield return day; break; }
        }
    }

    [GeneratedRegex(@"^[\d.\-/ ]+$")]
    private static partial Regex BareDate();

    // How long the opening of a paragraph that starts with its date is ("01.02.2022", "1. Februar 2022").
    private const int OpeningDate = 20;

    // How far after "©" or "Copyright" a stamped day may start ("Copyright © 19.12.2019 - 12:14 h by …").
    private const int AfterCopyright = 20;

    /// <summary>
    /// The day a page's copyright line stamps, the very last resort: some content systems stamp the page's
    /// own date there. A year alone ("© 2019 Publisher") is the site's, not the page's, and does not count.
    /// </summary>
    public static PartialDate? CopyrightDay(IDocument doc)
    {
        if (doc.Body is not { } body) return null;
        var text = VisibleText(body, null, out _, out _);
        foreach (Match m in Copyright().Matches(text))
        {
            int end = m.Index + m.Length;
            if (DateText.FindDay(text[end..Math.Min(text.Length, end + AfterCopyright)]) is { } day) return day;
        }
        return null;
    }


    /// <summary>
    /// The body's text outside scripts and styles, whitespace collapsed and text nodes joined by spaces, with where the headline's
    /// text starts and ends in it (-1 without a headline).
    /// </summary>
    internal static string VisibleText(IElement body, IElement? headline, out int headlineStart, out int headlineEnd)
    {
        var text = new StringBuilder();
        headlineStart = headlineEnd = -1;
        // Each parent is judged once: tag soup past the parser's depth limit leaves elements of tens of thousands of
        // children, each with text, and checking the children again for every text node took seconds.
        var captions = new Dictionary<IElement, bool>();
        foreach (var node in body.Descendants<IText>())
        {
            if (node.ParentElement is not { } parent || parent.LocalName is "script" or "style" or "noscript" or "template") continue;
            if (!captions.TryGetValue(parent, out bool caption)) captions[parent] = caption = IsCaption(parent);
            if (caption) continue;
            // Counted as a reader sees it: markup's indentation is no text and would eat the windows around the headline.
            var data = HtmlText.Collapse(node.Data);
            if (data.Length == 0) continue;
            bool inHeadline = headline is not null && headline.Contains(node);
            if (inHeadline && headlineStart < 0) headlineStart = text.Length;
            text.Append(data).Append(' ');
            if (inHeadline) headlineEnd = text.Length;
        }
        return text.ToString();
    }

    /// <summary>
    /// A picture's caption dates the picture, not the story ("… near Orleans, France, January 16, 2020. Julien
    /// De Rosa/Pool via REUTERS" above a dateline of January 18): a &lt;figcaption&gt;, or the text of a block
    /// that holds the image itself.
    /// </summary>
    private static bool IsCaption(IElement e) =>
        e.LocalName == "figcaption" || e.Children.Any(c => c.LocalName == "img");

    [GeneratedRegex(@"©|\(c\)|copyright", RegexOptions.IgnoreCase)]
    private static partial Regex Copyright();

    [GeneratedRegex(@"(?<!\p{L})(?:published|posted|updated|last edited|revision as of|zuletzt bearbeitet|date|veröffentlicht|veröffentlichung|erschienen|erstellt|datum|stand|publié|publication|mise en ligne|publicado|publicación|pubblicato|gepubliceerd)(?:\s+(?:on|am|le|el|il|op))?\s*:?",
        RegexOptions.IgnoreCase)]
    private static partial Regex Label();
}
