using System.Text;
using Sitrep.Ingest.Sources;
using Sitrep.Ingest.Tests.Support;
using Sitrep.Ingest.Web;
using Sitrep.Tests.Support.Web;
using Xunit;
using static Sitrep.Ingest.Tests.Web.FetchTestData;

namespace Sitrep.Ingest.Tests.Web;

/// <summary>URLs as inputs: pages, feeds and sitemaps expanded into their pages, and the validator cache across runs.</summary>
public sealed class WebArticleSourceTests : IAsyncLifetime
{
    private TestWebServer _server = null!;
    private readonly TempDir _dir = new();

    public async Task InitializeAsync() => _server = await TestWebServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _dir.Dispose();
    }

    private List<IngestResult> Read(IValidatorCache? cache, params string[] paths)
    {
        using var fetcher = new WebFetcher(Fast());
        return new WebArticleSource(fetcher, cache).Read(paths.Select(_server.Url)).ToList();
    }

    [Fact]
    public void Page_url_becomes_an_article_with_its_url()
    {
        _server.Map("/story", Page("Bridge reopens"));
        var article = Assert.Single(Read(null, "/story")).Article!;
        Assert.Equal("Bridge reopens", article.Title);
        Assert.Equal(_server.Url("/story"), article.Url);
    }

    [Fact]
    public void Feed_items_are_fetched_as_pages_and_failures_name_the_item()
    {
        _server.Map("/feed.xml", Rss("/a", _server.Url("/b"), "/gone"), "application/rss+xml");
        _server.Map("/a", Page("Story A"));
        _server.Map("/b", Page("Story B"));
        var results = Read(null, "/feed.xml");
        Assert.Equal(["Story A", "Story B"], results.Where(r => r.Succeeded).Select(r => r.Article!.Title).Order());
        var failure = Assert.Single(results, r => !r.Succeeded);
        Assert.Equal((_server.Url("/gone"), "HTTP 404 Not Found"), (failure.Input, failure.Error));
    }

    [Fact]
    public void Unchanged_feed_costs_one_304_and_only_new_items_are_fetched()
    {
        var etag = "\"1\"";
        _server.Map("/feed.xml", ctx =>
        {
            if (ctx.Request.Headers.IfNoneMatch == etag) { ctx.Response.StatusCode = 304; return Task.CompletedTask; }
            ctx.Response.Headers.ETag = etag;
            return TestWebServer.Respond(ctx, etag == "\"1\"" ? Rss("/a") : Rss("/a", "/b"), "application/rss+xml");
        });
        _server.Map("/a", Page("Story A"));
        _server.Map("/b", Page("Story B"));
        var cachePath = _dir.PathOf("validators.json");

        var cache = FileValidatorCache.Open(cachePath);
        Assert.Equal(["Story A"], Read(cache, "/feed.xml").Select(r => r.Article!.Title));
        cache.Save();

        cache = FileValidatorCache.Open(cachePath);
        Assert.Empty(Read(cache, "/feed.xml"));
        Assert.Equal(2, _server.RequestsTo("/feed.xml").Count);
        Assert.Single(_server.RequestsTo("/a"));

        etag = "\"2\"";
        Assert.Equal(["Story B"], Read(cache, "/feed.xml").Select(r => r.Article!.Title));
        Assert.Single(_server.RequestsTo("/a"));
    }

    [Fact]
    public void Feed_with_a_failed_item_is_fetched_in_full_next_time()
    {
        bool up = false;
        _server.Map("/feed.xml", ctx =>
        {
            if (ctx.Request.Headers.IfNoneMatch == "\"x\"") { ctx.Response.StatusCode = 304; return Task.CompletedTask; }
            ctx.Response.Headers.ETag = "\"x\"";
            return TestWebServer.Respond(ctx, Rss("/later"), "application/rss+xml");
        });
        _server.Map("/later", ctx => up ? TestWebServer.Respond(ctx, Page("Later")) : TestWebServer.Respond(ctx, "", status: 404));
        var cache = FileValidatorCache.Open(_dir.PathOf("v.json"));
        Assert.False(Assert.Single(Read(cache, "/feed.xml")).Succeeded);
        up = true;
        Assert.Equal("Later", Assert.Single(Read(cache, "/feed.xml")).Article!.Title);
    }

    [Fact]
    public void Sitemap_and_sitemap_index_yield_their_pages()
    {
        _server.Map("/sitemap.xml", Sitemap(_server.Url("/a")), "application/xml");
        _server.Map("/news-sitemap.xml", Sitemap(_server.Url("/b")), "text/xml");
        _server.Map("/index.xml", SitemapIndex(_server.Url("/sitemap.xml"), _server.Url("/news-sitemap.xml")), "application/xml");
        _server.Map("/a", Page("Story A"));
        _server.Map("/b", Page("Story B"));
        Assert.Equal(["Story A", "Story B"], Read(null, "/index.xml").Select(r => r.Article!.Title).Order());
    }

    [Fact]
    public void Sitemap_file_on_disk_fetches_its_pages()
    {
        _server.Map("/a", Page("Story A"));
        var file = _dir.Write("sitemap.xml", Sitemap(_server.Url("/a")));
        using var fetcher = new WebFetcher(Fast());
        var options = new ArticleSourceOptions { UrlReader = new WebArticleSource(fetcher) };
        Assert.Equal("Story A", Assert.Single(ArticleSource.Read([file], options)).Article!.Title);
    }

    [Fact]
    public void Header_charset_decodes_a_page_without_meta()
    {
        var cp1251 = CodePagesEncoding(1251);
        var html = "<html><head><title>Мост открыт</title></head><body><article><p>Колонна грузовиков пересекла мост в Термезе в понедельник утром после недели задержек.</p></article></body></html>";
        _server.Map("/ru", ctx =>
        {
            ctx.Response.ContentType = "text/html; charset=windows-1251";
            return ctx.Response.Body.WriteAsync(cp1251.GetBytes(html)).AsTask();
        });
        var result = Assert.Single(Read(null, "/ru"));
        Assert.Equal("Мост открыт", result.Article?.Title);
    }

    [Fact]
    public void Other_content_and_schemes_are_refused_with_a_reason()
    {
        _server.Map("/photo.png", "PNG", "image/png");
        Assert.Equal("not an article page or feed (content type image/png)", Assert.Single(Read(null, "/photo.png")).Error);
        using var fetcher = new WebFetcher(Fast());
        var ftp = Assert.Single(new WebArticleSource(fetcher).Read(["ftp://example.org/x"]));
        Assert.Equal("only http and https URLs are fetched (not ftp:)", ftp.Error);
    }

    private static Encoding CodePagesEncoding(int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage);
    }
}
