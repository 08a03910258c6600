using System.IO.Compression;
using System.Text;
using Microsoft.AspNetCore.Http;
using Sitrep.Ingest.Web;
using Sitrep.Tests.Support.Web;
using Xunit;
using static Sitrep.Ingest.Tests.Web.FetchTestData;

namespace Sitrep.Ingest.Tests.Web;

/// <summary>The fetcher against a local server: robots.txt, pacing, conditional GET, retries, limits, redirects, the SSRF guard.</summary>
public sealed class WebFetcherTests : IAsyncLifetime
{
    private TestWebServer _server = null!;

    public async Task InitializeAsync() => _server = await TestWebServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private async Task<FetchResult> Fetch(string path, FetchOptions? options = null, Validators? validators = null)
    {
        using var fetcher = new WebFetcher(options ?? Fast());
        return await fetcher.FetchAsync(new Uri(_server.Url(path)), validators);
    }

    [Fact]
    public async Task Page_is_fetched_with_a_user_agent_naming_sitrep()
    {
        _server.Map("/story", Page("Bridge reopens"));
        var result = await Fetch("/story");
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("text/html", result.MediaType);
        Assert.Equal("utf-8", result.Charset);
        Assert.StartsWith("Sitrep/", _server.RequestsTo("/story").Single().Headers["User-Agent"]);
    }

    [Fact]
    public async Task Robots_disallow_stops_the_request()
    {
        _server.Map("/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain");
        _server.Map("/private/page", Page("Secret"));
        var result = await Fetch("/private/page");
        Assert.Equal("robots.txt disallows it", result.Error);
        Assert.Empty(_server.RequestsTo("/private/page"));
    }

    [Fact]
    public async Task Robots_is_fetched_once_per_run()
    {
        _server.Map("/a", Page("A"));
        _server.Map("/b", Page("B"));
        using var fetcher = new WebFetcher(Fast());
        await fetcher.FetchAsync(new Uri(_server.Url("/a")));
        await fetcher.FetchAsync(new Uri(_server.Url("/b")));
        Assert.Single(_server.RequestsTo("/robots.txt"));
    }

    [Fact]
    public async Task Robots_4xx_allows_all_and_5xx_blocks_the_site()
    {
        _server.Map("/page", Page("Open"));
        Assert.True((await Fetch("/page")).Succeeded); // robots.txt: 404

        await using var down = await TestWebServer.StartAsync();
        down.Map("/robots.txt", "busy", "text/plain", status: 503);
        down.Map("/page", Page("Closed"));
        using var fetcher = new WebFetcher(Fast(o => o with { MaxRetries = 0 }));
        var result = await fetcher.FetchAsync(new Uri(down.Url("/page")));
        Assert.Equal("robots.txt unavailable (HTTP 503 Service Unavailable), so nothing on the site is fetched this run", result.Error);
        Assert.Empty(down.RequestsTo("/page"));
    }

    [Fact]
    public async Task Crawl_delay_spaces_requests_to_a_host()
    {
        _server.Map("/robots.txt", "User-agent: *\nCrawl-delay: 0.3\n", "text/plain");
        _server.Map("/a", Page("A"));
        _server.Map("/b", Page("B"));
        using var fetcher = new WebFetcher(Fast());
        await Task.WhenAll(fetcher.FetchAsync(new Uri(_server.Url("/a"))), fetcher.FetchAsync(new Uri(_server.Url("/b"))));
        AssertSpaced(_server.Requests, TimeSpan.FromMilliseconds(300));
    }

    [Fact]
    public async Task Minimum_host_delay_spaces_requests()
    {
        foreach (var p in new[] { "/1", "/2", "/3" }) _server.Map(p, Page("P" + p));
        using var fetcher = new WebFetcher(Fast(o => o with { MinHostDelay = TimeSpan.FromMilliseconds(200), MaxConcurrencyPerHost = 3 }));
        await Task.WhenAll(new[] { "/1", "/2", "/3" }.Select(p => fetcher.FetchAsync(new Uri(_server.Url(p)))));
        AssertSpaced(_server.Requests, TimeSpan.FromMilliseconds(200));
    }

    [Theory]
    [InlineData(8, 2, 2)]
    [InlineData(1, 4, 1)]
    public async Task Requests_in_flight_stay_within_the_global_and_per_host_limits(int global, int perHost, int expectedMax)
    {
        int inFlight = 0, most = 0;
        _server.Map("/work", async ctx =>
        {
            int now = Interlocked.Increment(ref inFlight);
            lock (_server) most = Math.Max(most, now);
            await Task.Delay(100);
            Interlocked.Decrement(ref inFlight);
            await TestWebServer.Respond(ctx, Page("Work"));
        });
        using var fetcher = new WebFetcher(Fast(o => o with { MaxConcurrency = global, MaxConcurrencyPerHost = perHost }));
        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => fetcher.FetchAsync(new Uri(_server.Url($"/work?i={i}")))));
        Assert.All(results, r => Assert.True(r.Succeeded, r.Error));
        Assert.InRange(most, 1, expectedMax);
    }

    /// <summary>Arrival gaps are at least the delay, less a little for the client-to-server skew of each request.</summary>
    private static void AssertSpaced(IReadOnlyList<TestWebServer.Request> requests, TimeSpan delay)
    {
        var times = requests.Select(r => r.At).Order().ToList();
        Assert.True(times.Count >= 3, $"{times.Count} requests");
        for (int i = 1; i < times.Count; i++)
            Assert.True(times[i] - times[i - 1] >= delay - TimeSpan.FromMilliseconds(40), $"gap {(times[i] - times[i - 1]).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task Etag_and_last_modified_make_an_unchanged_url_a_304()
    {
        _server.Map("/feed", ctx =>
        {
            if (ctx.Request.Headers.IfNoneMatch == "\"v1\"") { ctx.Response.StatusCode = 304; return Task.CompletedTask; }
            ctx.Response.Headers.ETag = "\"v1\"";
            ctx.Response.Headers.LastModified = "Sun, 22 Nov 2026 08:00:00 GMT";
            return TestWebServer.Respond(ctx, Page("Feed"));
        });
        var first = await Fetch("/feed");
        Assert.Equal(new Validators("\"v1\"", "Sun, 22 Nov 2026 08:00:00 GMT"), first.Validators);
        var second = await Fetch("/feed", validators: first.Validators);
        Assert.True(second.NotModified);
        Assert.Empty(second.Body);
        var sent = _server.RequestsTo("/feed")[1].Headers;
        Assert.Equal("Sun, 22 Nov 2026 08:00:00 GMT", sent["If-Modified-Since"]);
    }

    [Fact]
    public async Task Server_error_is_retried_then_succeeds()
    {
        int calls = 0;
        _server.Map("/flaky", ctx => Interlocked.Increment(ref calls) == 1
            ? TestWebServer.Respond(ctx, "oops", "text/plain", 500)
            : TestWebServer.Respond(ctx, Page("Flaky")));
        Assert.True((await Fetch("/flaky")).Succeeded);
        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task Too_many_requests_waits_for_retry_after()
    {
        int calls = 0;
        _server.Map("/busy", ctx =>
        {
            if (Interlocked.Increment(ref calls) > 1) return TestWebServer.Respond(ctx, Page("Busy"));
            ctx.Response.Headers.RetryAfter = "1";
            return TestWebServer.Respond(ctx, "slow down", "text/plain", 429);
        });
        Assert.True((await Fetch("/busy")).Succeeded);
        var times = _server.RequestsTo("/busy").Select(r => r.At).ToList();
        Assert.Equal(2, times.Count);
        Assert.True(times[1] - times[0] >= TimeSpan.FromMilliseconds(950), $"waited {(times[1] - times[0]).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task Client_error_is_not_retried()
    {
        var result = await Fetch("/missing");
        Assert.Equal("HTTP 404 Not Found", result.Error);
        Assert.Single(_server.RequestsTo("/missing"));
    }

    [Fact]
    public async Task Persistent_server_error_gives_up_after_the_retries()
    {
        _server.Map("/down", "no", "text/plain", 502);
        Assert.Equal("HTTP 502 Bad Gateway", (await Fetch("/down")).Error);
        Assert.Equal(3, _server.RequestsTo("/down").Count);
    }

    [Fact]
    public async Task Slow_response_times_out()
    {
        _server.Map("/slow", async ctx =>
        {
            await ctx.Response.WriteAsync("<html><head><title>Slow</title>");
            await ctx.Response.Body.FlushAsync();
            await Task.Delay(TimeSpan.FromSeconds(10), ctx.RequestAborted).ContinueWith(_ => { });
        });
        var result = await Fetch("/slow", Fast(o => o with { RequestTimeout = TimeSpan.FromMilliseconds(300), MaxRetries = 1 }));
        Assert.Equal("timeout after 0.3 s", result.Error);
        Assert.Equal(2, _server.RequestsTo("/slow").Count);
    }

    [Fact]
    public async Task Redirects_are_followed_and_loops_reported()
    {
        _server.Map("/old", ctx => { ctx.Response.Redirect("/new"); return Task.CompletedTask; });
        _server.Map("/new", Page("Moved"));
        var moved = await Fetch("/old");
        Assert.True(moved.Succeeded, moved.Error);
        Assert.Equal(_server.Url("/new"), moved.FinalUrl.AbsoluteUri);

        _server.Map("/ping", ctx => { ctx.Response.Redirect("/pong"); return Task.CompletedTask; });
        _server.Map("/pong", ctx => { ctx.Response.Redirect("/ping"); return Task.CompletedTask; });
        Assert.Equal($"redirect loop: {_server.Url("/ping")} → {_server.Url("/pong")} → {_server.Url("/ping")}", (await Fetch("/ping")).Error);
    }

    [Fact]
    public async Task Redirect_chains_are_limited()
    {
        for (int i = 0; i < 10; i++)
        {
            int next = i + 1;
            _server.Map($"/hop{i}", ctx => { ctx.Response.Redirect($"/hop{next}"); return Task.CompletedTask; });
        }
        Assert.Equal("too many redirects (more than 3)", (await Fetch("/hop0", Fast(o => o with { MaxRedirects = 3 }))).Error);
        Assert.Equal(4, _server.Requests.Count(r => r.PathAndQuery.StartsWith("/hop")));
    }

    [Fact]
    public async Task Each_redirect_hop_passes_robots_txt()
    {
        _server.Map("/robots.txt", "User-agent: *\nDisallow: /hidden\n", "text/plain");
        _server.Map("/go", ctx => { ctx.Response.Redirect("/hidden"); return Task.CompletedTask; });
        _server.Map("/hidden", Page("Hidden"));
        Assert.Equal("robots.txt disallows it", (await Fetch("/go")).Error);
        Assert.Empty(_server.RequestsTo("/hidden"));
    }

    [Fact]
    public async Task Redirect_to_another_scheme_is_refused()
    {
        _server.Map("/ftp", ctx => { ctx.Response.Redirect("ftp://example.org/file"); return Task.CompletedTask; });
        Assert.Equal("only http and https URLs are fetched (redirected to ftp://example.org/file)", (await Fetch("/ftp")).Error);
    }

    [Fact]
    public async Task Compressed_bodies_are_decompressed()
    {
        var html = Encoding.UTF8.GetBytes(Page("Zipped"));
        _server.Map("/gz", ctx => Compressed(ctx, html, "gzip"));
        _server.Map("/br", ctx => Compressed(ctx, html, "br"));
        _server.Map("/deflate", ctx => Compressed(ctx, html, "deflate"));
        foreach (var path in new[] { "/gz", "/br", "/deflate" })
            Assert.Equal(html, (await Fetch(path)).Body);
        Assert.Contains("br", _server.RequestsTo("/gz").Single().Headers["Accept-Encoding"]);
    }

    [Fact]
    public async Task Gzip_bomb_is_refused_without_being_expanded()
    {
        var bomb = Compress(new byte[64 * 1024 * 1024], "gzip"); // 64 MB of zeros, about 64 KB compressed
        _server.Map("/bomb", ctx => { ctx.Response.Headers.ContentEncoding = "gzip"; ctx.Response.ContentType = "text/html"; return ctx.Response.Body.WriteAsync(bomb).AsTask(); });
        var result = await Fetch("/bomb", Fast(o => o with { MaxDocumentBytes = 1024 * 1024 }));
        Assert.Equal("too large: over 1.0 MB (limit 1.0 MB, counted decompressed)", result.Error);
        Assert.Single(_server.RequestsTo("/bomb")); // not retried
    }

    [Fact]
    public async Task Chunked_bodies_are_read_and_capped()
    {
        _server.Map("/chunks", async ctx =>
        {
            ctx.Response.ContentType = "text/html";
            foreach (var part in Page("Chunked").Chunk(50)) { await ctx.Response.WriteAsync(new string(part)); await ctx.Response.Body.FlushAsync(); }
        });
        _server.Map("/endless", async ctx =>
        {
            ctx.Response.ContentType = "text/html";
            var block = new byte[16 * 1024];
            for (int i = 0; i < 200 && !ctx.RequestAborted.IsCancellationRequested; i++) await ctx.Response.Body.WriteAsync(block, ctx.RequestAborted).AsTask().ContinueWith(_ => { });
        });
        Assert.Equal(Page("Chunked"), Encoding.UTF8.GetString((await Fetch("/chunks")).Body));
        Assert.Equal("too large: over 64.0 KB (limit 64.0 KB, counted decompressed)", (await Fetch("/endless", Fast(o => o with { MaxDocumentBytes = 64 * 1024 }))).Error);
    }

    [Fact]
    public async Task Declared_length_over_the_cap_is_refused_before_reading()
    {
        _server.Map("/big", ctx => { ctx.Response.ContentLength = 200_000; ctx.Response.ContentType = "text/html"; return ctx.Response.Body.WriteAsync(new byte[200_000]).AsTask(); });
        Assert.Equal("too large: 195.3 KB (limit 64.0 KB)", (await Fetch("/big", Fast(o => o with { MaxDocumentBytes = 64 * 1024 }))).Error);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("localhost")]
    public async Task Private_addresses_are_refused_unless_allowed(string host)
    {
        _server.Map("/page", Page("Local"));
        using var fetcher = new WebFetcher(Fast(o => o with { AllowPrivate = false }));
        var result = await fetcher.FetchAsync(new Uri($"http://{host}:{_server.Port}/page"));
        Assert.Matches(@"^private address refused: (127\.0\.0\.1|::1) is loopback \(--allow-private permits it\)$", result.Error);
        Assert.Empty(_server.Requests);
    }

    private static Task Compressed(HttpContext ctx, byte[] body, string encoding)
    {
        ctx.Response.Headers.ContentEncoding = encoding;
        ctx.Response.ContentType = "text/html; charset=utf-8";
        return ctx.Response.Body.WriteAsync(Compress(body, encoding)).AsTask();
    }

    private static byte[] Compress(byte[] body, string encoding)
    {
        using var output = new MemoryStream();
        using (Stream z = encoding switch
        {
            "gzip" => new GZipStream(output, CompressionLevel.Fastest),
            "br" => new BrotliStream(output, CompressionLevel.Fastest),
            _ => new ZLibStream(output, CompressionLevel.Fastest),
        })
            z.Write(body);
        return output.ToArray();
    }
}
