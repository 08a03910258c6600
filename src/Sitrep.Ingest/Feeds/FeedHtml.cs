using Sitrep.Ingest.Html;

namespace Sitrep.Ingest.Feeds;

/// <summary>
/// The plain text of a feed's HTML (an RSS description, Atom content, a JSON Feed content_html): paragraphs
/// as blank-line-separated blocks, tags dropped, character references decoded.
/// </summary>
internal static class FeedHtml
{
    // Descriptions are short fragments; deeper nesting than this is not prose.
    private const int MaxDepth = 64;

    public static string ToText(string? html)
    {
        if (string.IsNullOrWhiteSpace(html)) return "";
        // The same parse-time budget as web pages: tens of thousands of unclosed elements take minutes.
        using var doc = HtmlPageReader.Parse(html, out var failure) ?? throw new FeedException("an item's HTML " + failure);
        var blocks = BlockSplitter.Split(doc.Body!, MaxDepth);
        return string.Join("\n\n", blocks.Select(b => b.Text.Trim()).Where(t => t.Length > 0));
    }

    /// <summary>Plain text (an RSS title, a JSON Feed content_text): whitespace collapsed within paragraphs, blank lines kept between them.</summary>
    public static string PlainToText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var paragraphs = text.Replace("\r\n", "\n").Split("\n\n").Select(HtmlText.Collapse).Where(p => p.Length > 0);
        return string.Join("\n\n", paragraphs);
    }

    /// <summary>A one-line title: markup some feeds put in titles is dropped.</summary>
    public static string Title(string? text) =>
        text is null ? "" : HtmlText.Collapse(text.Contains('<') || text.Contains('&') ? ToText(text) : text);
}
