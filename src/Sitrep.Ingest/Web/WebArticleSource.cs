using System.Runtime.CompilerServices;
using System.Text;
using System.Threading.Channels;
using Sitrep.Ingest.Feeds;
using Sitrep.Ingest.Html;
using Sitrep.Ingest.PlainText;
using Sitrep.Ingest.Sources;

namespace Sitrep.Ingest.Web;

/// <summary>
/// Turns URLs into articles: a page is read like a saved one; a feed or sitemap yields its items' pages, fetched
/// in turn (one sitemap index level is followed). Results stream as fetches finish, one per article or failure,
/// each naming the URL. With an <see cref="IValidatorCache"/>, named URLs are fetched conditionally (unchanged →
/// nothing) and feed items fetched in an earlier run are not fetched again.
/// </summary>
public sealed class WebArticleSource(WebFetcher fetcher, IValidatorCache? cache = null) : IUrlReader
{
    private int _unchanged;

    /// <summary>URLs left alone because they were unchanged (304) or already fetched in an earlier run.</summary>
    public int Unchanged => _unchanged;

    /// <summary>The blocking form, for the synchronous readers' pipeline; it fetches ahead while results are consumed.</summary>
    public IEnumerable<IngestResult> Read(IEnumerable<string> urls, CancellationToken ct = default) =>
        ReadAsync(urls, ct).ToBlockingEnumerable(ct);

    public IEnumerable<IngestResult> ReadSitemap(string path, Sitemap sitemap) =>
        Stream(async (w, ct) => await SitemapAsync(path, sitemap, depth: 0, w, ct).ConfigureAwait(false), default).ToBlockingEnumerable();

    public IAsyncEnumerable<IngestResult> ReadAsync(IEnumerable<string> urls, CancellationToken ct = default) =>
        Stream((w, token) => Parallel.ForEachAsync(urls,
            new ParallelOptions { MaxDegreeOfParallelism = fetcher.Options.MaxConcurrency, CancellationToken = token },
            async (url, c) => await NamedAsync(url, w, c).ConfigureAwait(false)), ct);

    /// <summary>Runs <paramref name="produce"/> in the background and yields what it writes, as it writes it.</summary>
    private static async IAsyncEnumerable<IngestResult> Stream(
        Func<ChannelWriter<IngestResult>, CancellationToken, Task> produce, [EnumeratorCancellation] CancellationToken ct)
    {
        var channel = Channel.CreateBounded<IngestResult>(new BoundedChannelOptions(64) { SingleReader = true });
        var producer = Task.Run(async () =>
        {
            try
            {
                await produce(channel.Writer, ct).ConfigureAwait(false);
                channel.Writer.Complete();
            }
            catch (Exception ex)
            {
                channel.Writer.Complete(ex);
            }
        }, ct);
        await foreach (var result in channel.Reader.ReadAllAsync(ct).ConfigureAwait(false)) yield return result;
        await producer.ConfigureAwait(false);
    }

    /// <summary>A URL the user named: a page, a feed or a sitemap.</summary>
    private async Task NamedAsync(string input, ChannelWriter<IngestResult> w, CancellationToken ct)
    {
        if (WebAddress.Parse(input, out var error) is not { } url)
        {
            await w.WriteAsync(IngestResult.Fail(input, error!), ct).ConfigureAwait(false);
            return;
        }
        var fetched = await fetcher.FetchAsync(url, cache?.Find(url), ct).ConfigureAwait(false);
        if (fetched.NotModified)
        {
            Interlocked.Increment(ref _unchanged);
            return;
        }
        if (fetched.Error is { } failed)
        {
            await w.WriteAsync(IngestResult.Fail(input, failed), ct).ConfigureAwait(false);
            return;
        }
        bool complete = true;
        if (IsFeed(fetched))
        {
            var document = FeedReader.Read(input, fetched.Body);
            if (document.Sitemap is { } sitemap) complete = await SitemapAsync(input, sitemap, 0, w, ct).ConfigureAwait(false);
            else if (document.Feed is { } feed) complete = await FeedAsync(input, fetched.FinalUrl, feed, w, ct).ConfigureAwait(false);
            else
            {
                await w.WriteAsync(IngestResult.Fail(input, document.Error!), ct).ConfigureAwait(false);
                return;
            }
        }
        else
        {
            var result = ReadPage(input, fetched);
            complete = result.Succeeded;
            await w.WriteAsync(result, ct).ConfigureAwait(false);
        }
        // A feed is marked as seen only once all its items were read: otherwise its next fetch could be a 304
        // and the items that failed this time would never be tried again.
        if (complete) cache?.Remember(url, fetched.Validators);
    }

    /// <summary>The items' pages (items without a link give the feed's own text); false when any failed.</summary>
    private async Task<bool> FeedAsync(string input, Uri feedUrl, Feed feed, ChannelWriter<IngestResult> w, CancellationToken ct)
    {
        foreach (var article in feed.Articles.Where(a => a.Url is null)) await w.WriteAsync(IngestResult.Ok(input, article), ct).ConfigureAwait(false);
        if (feed.Links.Count == 0 && feed.Articles.Count == 0)
        {
            int skipped = feed.Skipped.Values.Sum();
            await w.WriteAsync(IngestResult.Fail(input, skipped == 0 ? "feed has no items" : $"feed has {skipped} item(s), none with text or a link"), ct).ConfigureAwait(false);
            return false;
        }
        return await PagesAsync(feed.Links.Select(l => Resolve(feedUrl, l)), w, ct).ConfigureAwait(false);
    }

    /// <summary>A sitemap's pages, or an index's sitemaps (an index listed by an index is not followed).</summary>
    private async Task<bool> SitemapAsync(string input, Sitemap sitemap, int depth, ChannelWriter<IngestResult> w, CancellationToken ct)
    {
        if (sitemap.Entries.Count == 0)
        {
            await w.WriteAsync(IngestResult.Fail(input, "sitemap lists no URLs"), ct).ConfigureAwait(false);
            return false;
        }
        var baseUrl = Uri.TryCreate(input, UriKind.Absolute, out var u) && WebAddress.IsFetchable(u) ? u : null;
        var urls = sitemap.Entries.Select(e => baseUrl is null ? e.Url : Resolve(baseUrl, e.Url));
        if (!sitemap.IsIndex) return await PagesAsync(urls, w, ct).ConfigureAwait(false);
        if (depth > 0)
        {
            await w.WriteAsync(IngestResult.Fail(input, "sitemap index inside a sitemap index is not followed"), ct).ConfigureAwait(false);
            return false;
        }
        bool complete = true;
        foreach (var child in urls)
        {
            if (WebAddress.Parse(child, out var error) is not { } url)
            {
                await w.WriteAsync(IngestResult.Fail(child, error!), ct).ConfigureAwait(false);
                complete = false;
                continue;
            }
            var fetched = await fetcher.FetchAsync(url, null, ct).ConfigureAwait(false);
            var document = fetched.Error is null ? FeedReader.Read(child, fetched.Body) : null;
            if (document?.Sitemap is { } inner) complete &= await SitemapAsync(child, inner, depth + 1, w, ct).ConfigureAwait(false);
            else
            {
                await w.WriteAsync(IngestResult.Fail(child, fetched.Error ?? document?.Error ?? "not a sitemap"), ct).ConfigureAwait(false);
                complete = false;
            }
        }
        return complete;
    }

    /// <summary>Fetches item pages concurrently (the fetcher paces them per host); pages fetched in an earlier run are skipped.</summary>
    private async Task<bool> PagesAsync(IEnumerable<string> links, ChannelWriter<IngestResult> w, CancellationToken ct)
    {
        int failures = 0;
        await Parallel.ForEachAsync(links.Distinct(StringComparer.Ordinal),
            new ParallelOptions { MaxDegreeOfParallelism = fetcher.Options.MaxConcurrency, CancellationToken = ct },
            async (link, c) =>
            {
                if (!await PageAsync(link, w, c).ConfigureAwait(false)) Interlocked.Increment(ref failures);
            }).ConfigureAwait(false);
        return failures == 0;
    }

    private async Task<bool> PageAsync(string link, ChannelWriter<IngestResult> w, CancellationToken ct)
    {
        if (WebAddress.Parse(link, out var error) is not { } url)
        {
            await w.WriteAsync(IngestResult.Fail(link, error!), ct).ConfigureAwait(false);
            return false;
        }
        if (cache?.Find(url) is not null)
        {
            Interlocked.Increment(ref _unchanged);
            return true;
        }
        var fetched = await fetcher.FetchAsync(url, null, ct).ConfigureAwait(false);
        var result = fetched.Error is { } failed ? IngestResult.Fail(link, failed)
            : IsFeed(fetched) ? IngestResult.Fail(link, "a feed item links to another feed, which is not followed")
            : ReadPage(link, fetched);
        if (result.Succeeded) cache?.Remember(url, fetched.Validators);
        await w.WriteAsync(result, ct).ConfigureAwait(false);
        return result.Succeeded;
    }

    /// <summary>A fetched page as an article: HTML (with the header's charset), or plain text; any other type is refused.</summary>
    private static IngestResult ReadPage(string input, FetchResult fetched)
    {
        var type = fetched.MediaType?.ToLowerInvariant();
        if (type is "text/html" or "application/xhtml+xml" || (type is null or "application/octet-stream" && LooksLikeHtml(fetched.Body)))
            return HtmlArticleReader.Read(input, fetched.Body, fetched.FinalUrl.AbsoluteUri, fetched.Charset);
        if (type is "text/plain") return PlainTextArticleReader.Read(input, fetched.Body);
        return IngestResult.Fail(input, $"not an article page or feed (content type {type ?? "unknown"})");
    }

    /// <summary>A feed or sitemap by what its first bytes hold, whatever the server called it (many send feeds as text/html or text/xml).</summary>
    private static bool IsFeed(FetchResult fetched) =>
        fetched.MediaType?.ToLowerInvariant() is not ("text/plain")
        && FeedSniffer.LooksLikeFeed(fetched.Body.AsSpan(0, Math.Min(fetched.Body.Length, 8192)));

    private static bool LooksLikeHtml(byte[] body)
    {
        var head = Encoding.Latin1.GetString(body, 0, Math.Min(body.Length, 1024)).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A feed's link made absolute against the feed's own URL (Atom and JSON Feed allow relative links).</summary>
    private static string Resolve(Uri baseUrl, string link) =>
        Uri.TryCreate(baseUrl, link.Trim(), out var absolute) ? absolute.AbsoluteUri : link;
}
