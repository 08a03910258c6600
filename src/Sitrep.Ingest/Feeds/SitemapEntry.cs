using Sitrep.Articles;

namespace Sitrep.Ingest.Feeds;

/// <summary>One URL a sitemap lists, with the Google News publication date and title when it gives them.</summary>
public sealed record SitemapEntry(string Url, PartialDate? Published, string? Title);
