using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Sitrep.Tests.Support.Web;
using Xunit;

namespace Sitrep.Cli.Tests;

/// <summary>
/// URLs as inputs of the real command, and `sitrep watch --once`, against a local server (127.0.0.1, so
/// --allow-private; --delay 0 keeps the runs short).
/// </summary>
public sealed class WebInputTests : IAsyncLifetime
{
    private static readonly string[] Fast = ["--allow-private", "--delay", "0", "--retries", "0"];

    private TestWebServer _server = null!;
    private readonly TempDirectory _temp = new();

    public async Task InitializeAsync()
    {
        _server = await TestWebServer.StartAsync();
        _server.Map("/a", Page("Convoy leaves Termez", "More than forty trucks left Termez on Monday morning, officials in Surkhandarya said."));
        _server.Map("/b", Page("Bridge at Termez reopens", "The Friendship Bridge at Termez reopened on Tuesday after repairs, the border service said."));
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _temp.Dispose();
    }

    private static string Page(string title, string text) => $"""
        <!doctype html><html><head><title>{title}</title></head>
        <body><article><h1>{title}</h1><p>{text}</p><p>{text} Traffic is expected to grow through the week.</p></article></body></html>
        """;

    private static string Rss(params string[] links) =>
        $"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Border news</title>{string.Concat(links.Select(l => $"<item><title>t</title><link>{l}</link></item>"))}</channel></rss>";

    [Fact]
    public async Task Analyze_reads_urls_beside_files()
    {
        var file = _temp.File("local.txt");
        File.WriteAllText(file, "Aid reaches Balkh\n\nAn aid convoy reached Balkh province on Wednesday, the provincial governor said.\n");
        var run = await SitrepProcess.RunAsync(["analyze", _server.Url("/a"), file, "--format", "json", .. Fast]);
        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.Stdout);
        var titles = json.RootElement.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("title").GetString()).Order();
        Assert.Equal(["Aid reaches Balkh", "Convoy leaves Termez"], titles);
        var url = json.RootElement.GetProperty("articles").EnumerateArray().Single(a => a.GetProperty("title").GetString() == "Convoy leaves Termez").GetProperty("url");
        Assert.Equal(_server.Url("/a"), url.GetString());
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("localhost")]
    public async Task Private_addresses_are_refused_without_the_flag(string host)
    {
        var url = $"http://{host}:{_server.Port}/a";
        var run = await SitrepProcess.RunAsync("analyze", url, "--delay", "0");
        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.ErrorLines, l => l.Contains(url));
        Assert.Matches(@"^error: \S+: private address refused: (127\.0\.0\.1|::1) is loopback \(--allow-private permits it\)$", line);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task Failures_name_the_url_and_the_rest_continue()
    {
        _server.Map("/robots.txt", "User-agent: *\nDisallow: /private\n", "text/plain");
        var run = await SitrepProcess.RunAsync(["analyze", _server.Url("/a"), _server.Url("/missing"), _server.Url("/private"), "gopher://example.org/x", "--format", "json", .. Fast]);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            [
                "error: gopher://example.org/x: only http and https URLs are fetched (not gopher:)",
                $"error: {_server.Url("/missing")}: HTTP 404 Not Found",
                $"error: {_server.Url("/private")}: robots.txt disallows it",
            ],
            run.ErrorLines.Order(StringComparer.Ordinal));
        Assert.Single(JsonDocument.Parse(run.Stdout).RootElement.GetProperty("articles").EnumerateArray());
    }

    [Fact]
    public async Task Watch_once_stores_new_items_and_an_unchanged_feed_costs_a_304()
    {
        var etag = "\"1\"";
        var feed = Rss("/a");
        _server.Map("/feed.xml", ctx =>
        {
            if (ctx.Request.Headers.IfNoneMatch == etag) { ctx.Response.StatusCode = 304; return Task.CompletedTask; }
            ctx.Response.Headers.ETag = etag;
            return TestWebServer.Respond(ctx, feed, "application/rss+xml");
        });
        var db = _temp.File("watch.db");
        string[] watch = ["watch", _server.Url("/feed.xml"), "--once", "--every", "15m", "--db", db, .. Fast];

        var first = await SitrepProcess.RunAsync(watch);
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("stored 1 new article(s), skipped 0 already stored, 0 URL(s) unchanged, 0 error(s); 1 article(s) stored", first.Stderr);

        var second = await SitrepProcess.RunAsync(watch);
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("stored 0 new article(s), skipped 0 already stored, 1 URL(s) unchanged, 0 error(s); 1 article(s) stored", second.Stderr);

        etag = "\"2\"";
        feed = Rss("/a", "/b");
        var third = await SitrepProcess.RunAsync(watch);
        Assert.Contains("stored 1 new article(s), skipped 0 already stored, 1 URL(s) unchanged, 0 error(s); 2 article(s) stored", third.Stderr);
        Assert.Single(_server.RequestsTo("/a"));
        Assert.Single(_server.RequestsTo("/b"));
        Assert.Equal(3, _server.RequestsTo("/feed.xml").Count);
    }

    [Fact]
    public async Task Ingest_fetches_the_pages_of_a_sitemap_file()
    {
        var sitemap = _temp.File("sitemap.xml");
        File.WriteAllText(sitemap, $"""<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>{_server.Url("/a")}</loc></url><url><loc>{_server.Url("/b")}</loc></url></urlset>""");
        var db = _temp.File("sitemap.db");
        var run = await SitrepProcess.RunAsync(["ingest", sitemap, "--db", db, .. Fast]);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("stored 2 new article(s), skipped 0 already stored, 0 error(s); 2 article(s)", run.Stderr);
    }

    [Fact]
    public async Task Watch_rejects_a_bad_interval()
    {
        var run = await SitrepProcess.RunAsync("watch", _server.Url("/feed.xml"), "--every", "soon", "--once", "--db", _temp.File("x.db"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error: --every soon: not an interval", run.Stderr);
    }
}
