using Sitrep.Ingest.Sources;

namespace Sitrep.Ingest.Feeds;

/// <summary>
/// One result per article of a feed file, or one error naming it: when it cannot be read, when no item has
/// text, or when it is a sitemap (which lists pages to fetch rather than holding articles).
/// </summary>
public static class FeedArticleReader
{
    public static IReadOnlyList<IngestResult> Read(string path, byte[] bytes)
    {
        var document = FeedReader.Read(path, bytes);
        if (document.Error is { } error) return [IngestResult.Fail(path, error)];
        if (document.Sitemap is { } sitemap)
        {
            var what = sitemap.IsIndex ? $"sitemap index: {sitemap.Entries.Count} sitemaps" : $"sitemap: {sitemap.Entries.Count} URLs";
            return [IngestResult.Fail(path, $"{what} (fetching URLs is not supported yet)")];
        }
        var feed = document.Feed!;
        if (feed.Articles.Count > 0) return feed.Articles.Select(a => IngestResult.Ok(path, a)).ToList();
        int skipped = feed.Skipped.Values.Sum();
        return [IngestResult.Fail(path, skipped == 0 ? "feed has no items" : $"feed has {skipped} item{(skipped == 1 ? "" : "s")}, none with text")];
    }
}
