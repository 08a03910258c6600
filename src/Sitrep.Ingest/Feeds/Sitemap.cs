namespace Sitrep.Ingest.Feeds;

/// <summary>
/// The URLs of a sitemap (&lt;urlset&gt;), or the sitemaps a sitemap index (&lt;sitemapindex&gt;) lists. It holds no
/// article text: a fetcher reads the pages.
/// </summary>
public sealed record Sitemap(bool IsIndex, IReadOnlyList<SitemapEntry> Entries);
