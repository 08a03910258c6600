using System.Xml.Linq;

namespace Sitrep.Ingest.Feeds;

/// <summary>
/// RSS 0.9x and 2.0 (&lt;rss&gt;&lt;channel&gt;&lt;item&gt;) and RSS 1.0 (&lt;rdf:RDF&gt; with &lt;item&gt;s beside the
/// &lt;channel&gt;). Item elements are read in the item's own namespace, so the same code serves every version.
/// </summary>
internal static class RssReader
{
    public static Feed Read(string path, XElement root)
    {
        var channel = root.Elements().FirstOrDefault(e => e.Name.LocalName == "channel")
            ?? throw new FeedException("RSS without a <channel> element");
        // RSS 0.9x/2.0 nest items in the channel; RSS 0.90 and 1.0 put them after it, in the root.
        var items = channel.Elements(channel.Name.Namespace + "item").Concat(root.Elements(channel.Name.Namespace + "item"));
        var ns = channel.Name.Namespace;
        return Feed.From(path, FeedHtml.Title(FeedNames.Text(channel, ns + "title")),
            FeedNames.Text(channel, ns + "language") ?? FeedNames.Text(channel, FeedNames.DublinCore + "language"),
            items.Select(Entry));
    }

    private static FeedEntry Entry(XElement item)
    {
        var ns = item.Name.Namespace;
        var html = FeedNames.Text(item, FeedNames.Content + "encoded") ?? FeedNames.Text(item, ns + "description");
        return new FeedEntry(
            FeedHtml.Title(FeedNames.Text(item, ns + "title")),
            FeedHtml.ToText(html),
            FeedNames.Text(item, ns + "link") ?? Permalink(item),
            FeedDate.Parse(FeedNames.Text(item, ns + "pubDate") ?? FeedNames.Text(item, FeedNames.DublinCore + "date")),
            FeedNames.Text(item, FeedNames.DublinCore + "creator") ?? AuthorName(FeedNames.Text(item, ns + "author")));
    }

    /// <summary>RSS 2.0 &lt;author&gt; is an e-mail address, often followed by the name: "ed@example.org (Ann Lee)" → "Ann Lee".</summary>
    private static string? AuthorName(string? author)
    {
        if (author is null) return null;
        int open = author.IndexOf('('), close = author.LastIndexOf(')');
        return author.Contains('@') && open >= 0 && close > open + 1 ? author[(open + 1)..close].Trim() : author;
    }

    /// <summary>RSS 2.0: a &lt;guid&gt; is the item's URL unless isPermaLink="false".</summary>
    private static string? Permalink(XElement item) =>
        item.Element(item.Name.Namespace + "guid") is { } guid && (string?)guid.Attribute("isPermaLink") != "false"
            && Uri.TryCreate(guid.Value.Trim(), UriKind.Absolute, out _) ? guid.Value.Trim() : null;
}
