using System.Xml.Linq;

namespace Sitrep.Ingest.Feeds;

/// <summary>The XML namespaces of the extension elements feeds use for content, authors and dates.</summary>
internal static class FeedNames
{
    /// <summary>RSS 1.0 content module: content:encoded holds the item's full HTML.</summary>
    public static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    /// <summary>Dublin Core: dc:creator and dc:date.</summary>
    public static readonly XNamespace DublinCore = "http://purl.org/dc/elements/1.1/";
    public static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    public static readonly XNamespace GoogleNews = "http://www.google.com/schemas/sitemap-news/0.9";

    /// <summary>The trimmed text of the first child element of that name, or null when absent or blank.</summary>
    public static string? Text(XElement parent, XName name) =>
        parent.Element(name)?.Value.Trim() is { Length: > 0 } text ? text : null;
}
