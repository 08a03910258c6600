using Sitrep.Ingest.Web;

namespace Sitrep.Ingest.Tests.Web;

/// <summary>Pages, feeds and options shared by the fetch tests. Delays are tiny so the tests stay fast.</summary>
internal static class FetchTestData
{
    /// <summary>Private addresses allowed (the server is on 127.0.0.1), no pacing, quick retries and timeouts.</summary>
    public static FetchOptions Fast(Func<FetchOptions, FetchOptions>? change = null)
    {
        var options = new FetchOptions
        {
            AllowPrivate = true,
            MinHostDelay = TimeSpan.Zero,
            MaxRetries = 2,
            RetryDelay = TimeSpan.FromMilliseconds(10),
            RequestTimeout = TimeSpan.FromSeconds(10),
        };
        return change is null ? options : change(options);
    }

    public static string Page(string title, string body = "Officials said the convoy crossed the bridge at Termez on Monday morning after a week of delays.") => $"""
        <!doctype html><html><head><title>{title}</title></head>
        <body><article><h1>{title}</h1><p>{body}</p><p>{body} More trucks are expected to follow later this week.</p></article></body></html>
        """;

    public static string Rss(params string[] links) => $"""
        <?xml version="1.0"?>
        <rss version="2.0"><channel><title>Gazette</title>
        {string.Concat(links.Select((l, i) => $"<item><title>Item {i}</title><link>{l}</link></item>"))}
        </channel></rss>
        """;

    public static string Sitemap(params string[] urls) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{string.Concat(urls.Select(u => $"<url><loc>{u}</loc></url>"))}</urlset>
        """;

    public static string SitemapIndex(params string[] urls) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{string.Concat(urls.Select(u => $"<sitemap><loc>{u}</loc></sitemap>"))}</sitemapindex>
        """;
}
