using System.Xml.Linq;
using Sitrep.Ingest.Html;

namespace Sitrep.Ingest.Feeds;

/// <summary>Atom 1.0 (RFC 4287): &lt;feed&gt; with &lt;entry&gt;s; the pre-standard Atom 0.3 namespace reads the same way.</summary>
internal static class AtomReader
{
    public static Feed Read(string path, XElement feed)
    {
        var ns = feed.Name.Namespace;
        var feedAuthor = AuthorName(feed);
        return Feed.From(path, HtmlText.Collapse(TextConstruct(feed.Element(ns + "title"))),
            (string?)feed.Attribute(XNamespace.Xml + "lang"),
            feed.Elements(ns + "entry").Select(e => Entry(e, feedAuthor)));
    }

    private static FeedEntry Entry(XElement entry, string? feedAuthor)
    {
        var ns = entry.Name.Namespace;
        var content = entry.Element(ns + "content") is { } c && c.Attribute("src") is null ? c : null;
        var text = TextConstruct(content) is { Length: > 0 } body ? body : TextConstruct(entry.Element(ns + "summary"));
        return new FeedEntry(
            HtmlText.Collapse(TextConstruct(entry.Element(ns + "title"))),
            text,
            Link(entry),
            FeedDate.Parse(FeedNames.Text(entry, ns + "published") ?? FeedNames.Text(entry, ns + "updated")
                ?? FeedNames.Text(entry, ns + "issued") ?? FeedNames.Text(entry, ns + "modified")),
            AuthorName(entry) ?? feedAuthor);
    }

    /// <summary>RFC 4287 §3.1: type "text" is plain, "html" is escaped HTML, "xhtml" is a &lt;div&gt; of markup.</summary>
    private static string TextConstruct(XElement? element)
    {
        if (element is null) return "";
        return ((string?)element.Attribute("type"))?.ToLowerInvariant() switch
        {
            "html" or "text/html" => FeedHtml.ToText(element.Value),
            "xhtml" or "application/xhtml+xml" => FeedHtml.ToText(string.Concat(element.Nodes())),
            _ => FeedHtml.PlainToText(element.Value),
        };
    }

    /// <summary>The rel="alternate" link (the default relation), else the first link.</summary>
    private static string? Link(XElement entry)
    {
        var links = entry.Elements(entry.Name.Namespace + "link").ToList();
        var alternate = links.FirstOrDefault(l => ((string?)l.Attribute("rel") ?? "alternate") == "alternate") ?? links.FirstOrDefault();
        return ((string?)alternate?.Attribute("href"))?.Trim() is { Length: > 0 } href ? href : null;
    }

    private static string? AuthorName(XElement parent) =>
        parent.Element(parent.Name.Namespace + "author") is { } author ? FeedNames.Text(author, parent.Name.Namespace + "name") : null;
}
