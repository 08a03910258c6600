using Sitrep.Ingest.Sources;
using Sitrep.Ingest.Web;

namespace Sitrep.Ingest.Feeds;

/// <summary>
/// One result per article of a feed file, then a note when some items were skipped (no text), or one error
/// naming it when it cannot be read or no item has text.
/// A sitemap lists pages to fetch rather than holding articles: the URL reader fetches them, and without one
/// it is one error giving its URL count.
/// </summary>
public static class FeedArticleReader
{
    public static IEnumerable<IngestResult> Read(string path, byte[] bytes, IUrlReader? urls = null)
    {
        var document = FeedReader.Read(path, bytes);
        if (document.Error is { } error) return [IngestResult.Fail(path, error)];
        if (document.Sitemap is { } sitemap)
        {
            if (urls is not null) return urls.ReadSitemap(path, sitemap);
            var what = sitemap.IsIndex ? $"sitemap index: {sitemap.Entries.Count} sitemaps" : $"sitemap: {sitemap.Entries.Count} URLs";
            return [IngestResult.Fail(path, $"{what} (its pages are fetched only by the sitrep command)")];
        }
        var feed = document.Feed!;
        int skipped = feed.Skipped.Values.Sum();
        if (feed.Articles.Count > 0)
        {
            var results = feed.Articles.Select(a => IngestResult.Ok(path, a)).ToList();
            if (skipped > 0) results.Add(IngestResult.Noted(path, SkippedNote(feed.Skipped)));
            return results;
        }
        return [IngestResult.Fail(path, skipped == 0 ? "feed has no items" : $"feed has {skipped} item{(skipped == 1 ? "" : "s")}, none with text")];
    }

    /// <summary>"2 items skipped (no text)".</summary>
    private static string SkippedNote(IReadOnlyDictionary<string, int> skipped)
    {
        int n = skipped.Values.Sum();
        return $"{n} item{(n == 1 ? "" : "s")} skipped ({string.Join(", ", skipped.Select(kv => skipped.Count == 1 ? kv.Key : $"{kv.Key}: {kv.Value}"))})";
    }
}
