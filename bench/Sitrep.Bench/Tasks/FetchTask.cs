using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Sitrep.Ingest.Web;

namespace Sitrep.Bench.Tasks;

/// <summary>
/// `fetch`: the fetcher's own cost against a local server (HttpListener on 127.0.0.1), so the network and the
/// remote site are out of the figure. Serves the --gold folder's .html/.htm/.txt files, then measures pages/s
/// with the rate limit off (8 in flight), pages/s including reading each page into an article, and the time per
/// request of one-at-a-time fetching against a bare HttpClient on the same server: the difference is the
/// overhead of robots.txt lookup, pacing, retries, the SSRF-guarded connect and the capped read.
/// </summary>
public static class FetchTask
{
    private const int InFlight = 8;

    public static int Run(BenchOptions o)
    {
        var files = Directory.Exists(o.Gold)
            ? Directory.EnumerateFiles(o.Gold, "*", SearchOption.AllDirectories)
                .Where(f => Path.GetExtension(f).ToLowerInvariant() is ".html" or ".htm" or ".txt").Order(StringComparer.Ordinal).ToList()
            : [o.Gold];
        if (files.Count == 0)
        {
            Console.Error.WriteLine($"error: {o.Gold}: no .html, .htm or .txt files to serve");
            return 1;
        }
        var pages = files.Select(f => (Bytes: File.ReadAllBytes(f), Type: f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) ? "text/plain; charset=utf-8" : "text/html")).ToArray();
        using var server = new PageServer(pages);
        int requests = o.Limit ?? Math.Max(200, pages.Length * o.Repeat);
        var urls = Enumerable.Range(0, requests).Select(i => server.Url(i % pages.Length)).ToList();
        var options = new FetchOptions
        {
            AllowPrivate = true, MinHostDelay = TimeSpan.Zero, MaxConcurrency = InFlight, MaxConcurrencyPerHost = InFlight,
            MaxRetries = 0,
        };
        int passes = Math.Max(3, Math.Min(o.Repeat, 10));

        int failed = 0;
        double concurrent = Timing.Best(passes, () =>
        {
            using var fetcher = new WebFetcher(options);
            Parallel.ForEachAsync(urls, new ParallelOptions { MaxDegreeOfParallelism = InFlight }, async (url, _) =>
            {
                if (!(await fetcher.FetchAsync(new Uri(url))).Succeeded) Interlocked.Increment(ref failed);
            }).GetAwaiter().GetResult();
        });
        int articles = 0;
        double withReading = Timing.Best(passes, () =>
        {
            using var fetcher = new WebFetcher(options);
            articles = new WebArticleSource(fetcher).Read(urls).Count(r => r.Succeeded);
        });

        int sequentialCount = Math.Min(requests, 200);
        double ours = Timing.Best(passes, () =>
        {
            using var fetcher = new WebFetcher(options);
            for (int i = 0; i < sequentialCount; i++) fetcher.FetchAsync(new Uri(urls[i])).GetAwaiter().GetResult();
        });
        double raw = Timing.Best(passes, () =>
        {
            using var http = new HttpClient();
            for (int i = 0; i < sequentialCount; i++) http.GetByteArrayAsync(urls[i]).GetAwaiter().GetResult();
        });

        var metrics = new Dictionary<string, object>
        {
            ["task"] = "fetch",
            ["gold"] = Path.GetFileName(Path.TrimEndingDirectorySeparator(o.Gold)),
            ["pages"] = pages.Length,
            ["requests"] = requests,
            ["failed"] = failed,
            ["inFlight"] = InFlight,
            ["pagesPerSecond"] = Math.Round(requests / concurrent),
            ["articlesPerSecond"] = Math.Round(articles / withReading),
            ["sequentialMsPerRequest"] = Math.Round(ours * 1000 / sequentialCount, 3),
            ["rawHttpClientMsPerRequest"] = Math.Round(raw * 1000 / sequentialCount, 3),
            ["overheadMsPerRequest"] = Math.Round((ours - raw) * 1000 / sequentialCount, 3),
            ["cores"] = Environment.ProcessorCount,
        };
        Console.WriteLine($"{"metric",-26} value");
        foreach (var (k, v) in metrics) Console.WriteLine($"{k,-26} {Convert.ToString(v, CultureInfo.InvariantCulture)}");
        Console.WriteLine(JsonSerializer.Serialize(metrics));
        return 0;
    }

    /// <summary>Serves page i at /p/i on 127.0.0.1 (robots.txt is a 404: no rules); runs until disposed.</summary>
    private sealed class PageServer : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly (byte[] Bytes, string Type)[] _pages;
        private readonly int _port;

        public PageServer((byte[] Bytes, string Type)[] pages)
        {
            _pages = pages;
            _port = FreePort();
            _listener.Prefixes.Add($"http://127.0.0.1:{_port}/");
            _listener.Start();
            for (int i = 0; i < InFlight; i++) _ = Task.Run(ServeAsync);
        }

        public string Url(int page) => $"http://127.0.0.1:{_port}/p/{page}";

        private async Task ServeAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext ctx;
                try
                {
                    ctx = await _listener.GetContextAsync();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                {
                    return;
                }
                var path = ctx.Request.Url!.AbsolutePath;
                if (path.StartsWith("/p/", StringComparison.Ordinal) && int.TryParse(path[3..], out var i) && i < _pages.Length)
                {
                    ctx.Response.ContentType = _pages[i].Type;
                    ctx.Response.ContentLength64 = _pages[i].Bytes.Length;
                    await ctx.Response.OutputStream.WriteAsync(_pages[i].Bytes);
                }
                else ctx.Response.StatusCode = 404;
                ctx.Response.Close();
            }
        }

        private static int FreePort()
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            int port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            return port;
        }

        public void Dispose() => _listener.Close();
    }
}
