using System.Collections.Concurrent;
using System.Text;

namespace Sitrep.Ingest.Web;

/// <summary>
/// Each site's robots.txt, fetched once per run on first use (RFC 9309 §2.3.1): a 4xx means no rules (allow
/// all); a 5xx, a timeout or no connection means the site is fetched not at all this run, since its rules are unknown.
/// </summary>
internal sealed class RobotsCache(Func<Uri, CancellationToken, Task<FetchResult>> fetch, HostThrottle throttle)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<RobotsRules>>> _sites = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Why <paramref name="url"/> may not be fetched, or null when it may.</summary>
    public async Task<string?> RefusalAsync(Uri url, CancellationToken ct)
    {
        var site = url.GetLeftPart(UriPartial.Authority);
        var rules = await _sites.GetOrAdd(site, _ => new Lazy<Task<RobotsRules>>(() => LoadAsync(url, ct))).Value.ConfigureAwait(false);
        if (rules.BlockedReason is { } blocked) return blocked;
        return rules.Allows(url.PathAndQuery) ? null : "robots.txt disallows it";
    }

    private async Task<RobotsRules> LoadAsync(Uri url, CancellationToken ct)
    {
        var result = await fetch(new Uri(url, "/robots.txt"), ct).ConfigureAwait(false);
        if (result.Succeeded)
        {
            var rules = RobotsRules.Parse(Encoding.UTF8.GetString(result.Body));
            if (rules.CrawlDelay is { } delay) throttle.SetCrawlDelay(url, delay);
            return rules;
        }
        if (result.Status is >= 400 and < 500) return RobotsRules.AllowAll;
        if (result.AddressRefused) return RobotsRules.Blocked(result.Error!);
        return RobotsRules.Blocked($"robots.txt unavailable ({result.Error}), so nothing on the site is fetched this run");
    }
}
