using System.Xml.Linq;

namespace Sitrep.Ingest.Feeds;

/// <summary>
/// Reads a syndication document, whichever it is: RSS 0.9x/1.0/2.0, Atom, JSON Feed, or a sitemap. The
/// content decides, not the file name: JSON is a JSON Feed, XML goes by its root element.
/// </summary>
public static class FeedReader
{
    public static FeedDocument Read(string path, byte[] bytes)
    {
        if (bytes.AsSpan().IndexOfAnyExcept((ReadOnlySpan<byte>)[(byte)' ', (byte)'\t', (byte)'\r', (byte)'\n']) < 0)
            return new FeedDocument(null, null, "empty file");
        try
        {
            if (FeedSniffer.IsJson(bytes)) return new FeedDocument(JsonFeedReader.Read(path, bytes), null, null);
            var root = FeedXml.Load(bytes).Root!;
            return root.Name.LocalName switch
            {
                "rss" or "RDF" => new FeedDocument(RssReader.Read(path, root), null, null),
                "feed" => new FeedDocument(AtomReader.Read(path, root), null, null),
                "urlset" or "sitemapindex" => new FeedDocument(null, SitemapReader.Read(root), null),
                var name => new FeedDocument(null, null, $"XML but not a feed or sitemap (root element <{name}>)"),
            };
        }
        catch (FeedException ex)
        {
            return new FeedDocument(null, null, ex.Message);
        }
    }
}
