using Sitrep.Ingest.Feeds;
using Sitrep.Ingest.Sources;

namespace Sitrep.Ingest.Web;

/// <summary>
/// Reads the pages a sitemap file lists. <see cref="ArticleSource"/> reads files only; given one of these (the
/// CLI passes its <see cref="WebArticleSource"/>), a sitemap on disk yields the articles of its pages.
/// </summary>
public interface IUrlReader
{
    IEnumerable<IngestResult> ReadSitemap(string path, Sitemap sitemap);
}
