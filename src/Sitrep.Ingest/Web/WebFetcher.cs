using System.Net;
using System.Net.Http.Headers;
using Polly;
using Polly.Retry;

namespace Sitrep.Ingest.Web;

/// <summary>
/// Fetches URLs politely and defensively: robots.txt first, paced per host, retried with backoff on transient
/// failures, redirects followed by hand (so every hop passes robots.txt and the SSRF guard), bodies capped after
/// decompression. A failure never throws: it is a <see cref="FetchResult"/> with one reason. One instance is one
/// run: robots.txt files are cached for its lifetime.
/// </summary>
public sealed class WebFetcher : IDisposable
{
    private const string Accept =
        "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/plain;q=0.8, */*;q=0.5";

    private readonly FetchOptions _options;
    private readonly HttpClient _http;
    private readonly HostThrottle _throttle;
    private readonly RobotsCache _robots;
    private readonly ResiliencePipeline<Attempt> _retry;

    public WebFetcher(FetchOptions? options = null)
    {
        _options = options ?? new FetchOptions();
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            // A proxy would make the connected address the proxy's, defeating the SSRF guard.
            UseProxy = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = _options.ConnectTimeout,
            ConnectCallback = new GuardedConnector(_options.AllowPrivate).ConnectAsync,
            MaxConnectionsPerServer = Math.Max(1, _options.MaxConcurrencyPerHost),
        };
        _http = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", _options.UserAgent);
        _http.DefaultRequestHeaders.TryAddWithoutValidation("Accept", Accept);
        _throttle = new HostThrottle(_options);
        _robots = new RobotsCache((url, ct) => FetchCoreAsync(url, null, checkRobots: false, _options.MaxRobotsBytes, truncate: true, ct), _throttle);
        _retry = BuildRetry(_options);
    }

    public FetchOptions Options => _options;

    /// <summary>Fetches a URL, sending <paramref name="validators"/> (from an earlier fetch) as a conditional GET.</summary>
    public Task<FetchResult> FetchAsync(Uri url, Validators? validators = null, CancellationToken ct = default) =>
        FetchCoreAsync(url, validators, checkRobots: true, _options.MaxDocumentBytes, truncate: false, ct);

    private async Task<FetchResult> FetchCoreAsync(Uri url, Validators? validators, bool checkRobots, long limit, bool truncate, CancellationToken ct)
    {
        var chain = new List<Uri> { url };
        var current = url;
        while (true)
        {
            if (!WebAddress.IsFetchable(current)) return FetchResult.Fail(url, 0, $"only http and https URLs are fetched (redirected to {current})");
            if (checkRobots && await _robots.RefusalAsync(current, ct).ConfigureAwait(false) is { } refusal) return FetchResult.Fail(url, 0, refusal);
            Attempt attempt;
            try
            {
                var hop = current;
                var sent = chain.Count == 1 ? validators : null;
                attempt = await _retry.ExecuteAsync(token => AttemptAsync(hop, sent, limit, truncate, token), ct).ConfigureAwait(false);
            }
            catch (Exception ex) when (FetchErrors.IsFetchError(ex))
            {
                return FetchResult.Fail(url, 0, FetchErrors.Describe(ex), FetchErrors.IsRefusal(ex));
            }
            if (attempt.Location is { } location)
            {
                var next = new Uri(current, location);
                if (chain.Contains(next)) return FetchResult.Fail(url, attempt.Status, $"redirect loop: {string.Join(" → ", chain.Append(next))}");
                if (chain.Count > _options.MaxRedirects) return FetchResult.Fail(url, attempt.Status, $"too many redirects (more than {_options.MaxRedirects})");
                chain.Add(next);
                current = next;
                continue;
            }
            if (attempt.Status == 304) return FetchResult.Unchanged(url);
            if (attempt.Status is < 200 or >= 300)
            {
                var reason = string.IsNullOrWhiteSpace(attempt.Reason) ? "" : $" {attempt.Reason}";
                return FetchResult.Fail(url, attempt.Status, $"HTTP {attempt.Status}{reason}");
            }
            return new FetchResult(url, current, attempt.Status, attempt.Body, attempt.MediaType, attempt.Charset, attempt.Validators, null);
        }
    }

    /// <summary>One request under the per-attempt timeout, its body read (capped) for a success and ignored otherwise.</summary>
    private async ValueTask<Attempt> AttemptAsync(Uri url, Validators? validators, long limit, bool truncate, CancellationToken ct)
    {
        using var lease = await _throttle.EnterAsync(url, ct).ConfigureAwait(false);
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timer.CancelAfter(_options.RequestTimeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            if (validators?.ETag is { } etag) request.Headers.TryAddWithoutValidation("If-None-Match", etag);
            if (validators?.LastModified is { } modified) request.Headers.TryAddWithoutValidation("If-Modified-Since", modified);
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timer.Token).ConfigureAwait(false);
            int status = (int)response.StatusCode;
            if (status is >= 300 and < 400 && status != 304 && response.Headers.Location is { } location)
                return new Attempt(status, response.ReasonPhrase) { Location = location };
            if (status is < 200 or >= 300) return new Attempt(status, response.ReasonPhrase) { RetryAfter = RetryAfter(response.Headers) };
            var body = await ReadCappedAsync(response.Content, limit, truncate, timer.Token).ConfigureAwait(false);
            return new Attempt(status, response.ReasonPhrase)
            {
                Body = body,
                MediaType = response.Content.Headers.ContentType?.MediaType,
                Charset = response.Content.Headers.ContentType?.CharSet?.Trim('"', ' '),
                Validators = new Validators(response.Headers.ETag?.ToString(), response.Content.Headers.LastModified?.ToString("R")),
            };
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            var seconds = timer.IsCancellationRequested ? _options.RequestTimeout : _options.ConnectTimeout;
            var what = timer.IsCancellationRequested ? "timeout" : "connect timeout";
            throw new TimeoutException(FormattableString.Invariant($"{what} after {seconds.TotalSeconds:0.###} s"));
        }
    }

    /// <summary>Reads at most <paramref name="limit"/> decompressed bytes: one byte more is refused, so a gzip bomb is never expanded in full.</summary>
    private static async Task<byte[]> ReadCappedAsync(HttpContent content, long limit, bool truncate, CancellationToken ct)
    {
        if (!truncate && content.Headers.ContentLength is { } declared && declared > limit)
            throw new ResponseTooLargeException($"too large: {Sitrep.Ingest.Sources.SourceErrors.FormatSize(declared)} (limit {Sitrep.Ingest.Sources.SourceErrors.FormatSize(limit)})");
        await using var stream = await content.ReadAsStreamAsync(ct).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        long max = limit + 1;
        int n;
        while (buffer.Length < max && (n = await stream.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, max - buffer.Length)), ct).ConfigureAwait(false)) > 0)
            buffer.Write(chunk, 0, n);
        if (buffer.Length > limit)
        {
            if (truncate) return buffer.GetBuffer().AsSpan(0, (int)limit).ToArray();
            throw new ResponseTooLargeException($"too large: over {Sitrep.Ingest.Sources.SourceErrors.FormatSize(limit)} (limit {Sitrep.Ingest.Sources.SourceErrors.FormatSize(limit)}, counted decompressed)");
        }
        return buffer.ToArray();
    }

    /// <summary>Retry-After as seconds or as a date (RFC 9110 §10.2.3).</summary>
    private static TimeSpan? RetryAfter(HttpResponseHeaders headers)
    {
        if (headers.RetryAfter is not { } value) return null;
        if (value.Delta is { } delta) return delta;
        if (value.Date is { } date) return date - DateTimeOffset.UtcNow is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        return null;
    }

    private static ResiliencePipeline<Attempt> BuildRetry(FetchOptions o)
    {
        if (o.MaxRetries <= 0) return ResiliencePipeline<Attempt>.Empty;
        return new ResiliencePipelineBuilder<Attempt>().AddRetry(new RetryStrategyOptions<Attempt>
        {
            MaxRetryAttempts = o.MaxRetries,
            Delay = o.RetryDelay,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            // Timeouts, dropped connections, 5xx and 429 may pass; a refused address, an oversized body or any other 4xx will not.
            ShouldHandle = new PredicateBuilder<Attempt>()
                .Handle<TimeoutException>()
                .Handle<HttpRequestException>(e => !FetchErrors.IsRefusal(e))
                .Handle<IOException>(e => !FetchErrors.IsRefusal(e))
                .HandleResult(a => a.Status >= 500 || a.Status == 429),
            DelayGenerator = args => ValueTask.FromResult(
                args.Outcome.Result?.RetryAfter is { } wait ? (TimeSpan?)(wait < o.MaxRetryAfter ? wait : o.MaxRetryAfter) : null),
        }).Build();
    }

    public void Dispose() => _http.Dispose();

    /// <summary>One HTTP exchange as far as the fetcher needs it.</summary>
    private sealed record Attempt(int Status, string? Reason)
    {
        public Uri? Location { get; init; }
        public TimeSpan? RetryAfter { get; init; }
        public byte[] Body { get; init; } = [];
        public string? MediaType { get; init; }
        public string? Charset { get; init; }
        public Validators Validators { get; init; } = new(null, null);
    }
}
