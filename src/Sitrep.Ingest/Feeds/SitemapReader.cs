using System.Xml.Linq;
using Sitrep.Ingest.Html;

namespace Sitrep.Ingest.Feeds;

/// <summary>
/// Sitemaps (sitemaps.org 0.9): &lt;urlset&gt; of &lt;url&gt;&lt;loc&gt;, with the Google News extension's
/// &lt;news:publication_date&gt; and &lt;news:title&gt;; and sitemap indexes, &lt;sitemapindex&gt; of &lt;sitemap&gt;&lt;loc&gt;.
/// </summary>
internal static class SitemapReader
{
    public static Sitemap Read(XElement root)
    {
        var ns = root.Name.Namespace;
        bool isIndex = root.Name.LocalName == "sitemapindex";
        var entries = root.Elements(ns + (isIndex ? "sitemap" : "url"))
            .Select(e => Entry(e, ns))
            .OfType<SitemapEntry>()
            .ToList();
        return new Sitemap(isIndex, entries);
    }

    private static SitemapEntry? Entry(XElement url, XNamespace ns)
    {
        if (FeedNames.Text(url, ns + "loc") is not { } loc) return null;
        var news = url.Element(FeedNames.GoogleNews + "news");
        var published = news is null ? null : FeedDate.Parse(FeedNames.Text(news, FeedNames.GoogleNews + "publication_date"));
        var title = news is null ? null : FeedNames.Text(news, FeedNames.GoogleNews + "title");
        return new SitemapEntry(loc, published, title is null ? null : HtmlText.Collapse(title));
    }
}
