using System.Collections.Concurrent;
using System.Diagnostics;

namespace Sitrep.Ingest.Web;

/// <summary>
/// Paces requests: at most N at once overall and M at once per host, and never two requests to one host
/// less than that host's delay apart (the configured minimum, or robots.txt's larger Crawl-delay).
/// A request waits for its host's turn before taking a global slot, so a slow host never holds the others up.
/// </summary>
internal sealed class HostThrottle(FetchOptions options)
{
    private readonly SemaphoreSlim _global = new(options.MaxConcurrency, options.MaxConcurrency);
    private readonly ConcurrentDictionary<string, Host> _hosts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Waits for a slot to send to <paramref name="url"/>'s host; dispose the result when the response is read.</summary>
    public async Task<IDisposable> EnterAsync(Uri url, CancellationToken ct)
    {
        var host = HostOf(url);
        await host.Slots.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            while (true)
            {
                var wait = host.TimeToNextStart();
                if (wait > TimeSpan.Zero) await Task.Delay(wait, ct).ConfigureAwait(false);
                await _global.WaitAsync(ct).ConfigureAwait(false);
                if (host.TryStart()) return new Lease(this, host);
                // Another request to the host started while this one waited for a global slot: wait again.
                _global.Release();
            }
        }
        catch
        {
            host.Slots.Release();
            throw;
        }
    }

    /// <summary>Raises the host's delay to robots.txt's Crawl-delay (never lowers it below the configured minimum).</summary>
    public void SetCrawlDelay(Uri url, TimeSpan crawlDelay)
    {
        var host = HostOf(url);
        var capped = crawlDelay > options.MaxCrawlDelay ? options.MaxCrawlDelay : crawlDelay;
        lock (host) host.Delay = capped > options.MinHostDelay ? capped : options.MinHostDelay;
    }

    private Host HostOf(Uri url) =>
        _hosts.GetOrAdd(url.IdnHost, _ => new Host(options.MaxConcurrencyPerHost, options.MinHostDelay));

    private sealed class Host(int slots, TimeSpan delay)
    {
        private long _lastStart = long.MinValue;

        public SemaphoreSlim Slots { get; } = new(slots, slots);

        public TimeSpan Delay { get; set; } = delay;

        public TimeSpan TimeToNextStart()
        {
            lock (this)
            {
                if (_lastStart == long.MinValue) return TimeSpan.Zero;
                var due = Stopwatch.GetElapsedTime(_lastStart);
                return due >= Delay ? TimeSpan.Zero : Delay - due;
            }
        }

        public bool TryStart()
        {
            lock (this)
            {
                if (_lastStart != long.MinValue && Stopwatch.GetElapsedTime(_lastStart) < Delay) return false;
                _lastStart = Stopwatch.GetTimestamp();
                return true;
            }
        }
    }

    private sealed class Lease(HostThrottle owner, Host host) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
            owner._global.Release();
            host.Slots.Release();
        }
    }
}
