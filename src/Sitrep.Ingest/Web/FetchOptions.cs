using Sitrep.Ingest.Sources;

namespace Sitrep.Ingest.Web;

/// <summary>How politely and how defensively <see cref="WebFetcher"/> fetches. The defaults suit news sites; tests shrink the delays.</summary>
public sealed record FetchOptions
{
    /// <summary>The product token robots.txt groups are matched against.</summary>
    public const string RobotsAgent = "Sitrep";

    public string UserAgent { get; init; } = "Sitrep/1.0 (news-intelligence engine; respects robots.txt)";

    /// <summary>Let requests reach loopback, private, link-local and other internal addresses (off: a URL in a feed must not probe the local network).</summary>
    public bool AllowPrivate { get; init; }

    /// <summary>Least time between two requests to one host; a larger robots.txt Crawl-delay wins.</summary>
    public TimeSpan MinHostDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Crawl-delay values above this are cut to it, so one robots.txt cannot stall a run for hours.</summary>
    public TimeSpan MaxCrawlDelay { get; init; } = TimeSpan.FromSeconds(60);

    public int MaxConcurrency { get; init; } = 8;

    public int MaxConcurrencyPerHost { get; init; } = 2;

    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The whole of one attempt: connecting, sending, and reading the full body.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public int MaxRedirects { get; init; } = 5;

    /// <summary>Retries after the first attempt, for timeouts, connection errors, 5xx and 429; 0 turns retrying off.</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>The first retry's delay; each next one doubles it, with jitter.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>A Retry-After longer than this is cut to it.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>Largest body accepted, counted after decompression (the same limit as for files).</summary>
    public long MaxDocumentBytes { get; init; } = ArticleSourceOptions.DefaultMaxDocumentBytes;

    /// <summary>robots.txt files are small; a larger one is read up to this size (RFC 9309 §2.5 asks for at least 500 KiB).</summary>
    public int MaxRobotsBytes { get; init; } = 512 * 1024;
}
