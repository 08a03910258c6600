namespace Sitrep.Ingest.Web;

/// <summary>What fetching one URL gave: its body, "not modified", or one clear reason it failed.</summary>
/// <param name="Url">The URL asked for (what error lines name).</param>
/// <param name="FinalUrl">Where the body came from, after redirects.</param>
/// <param name="Status">The last HTTP status, 0 when no response came.</param>
/// <param name="Charset">The charset the Content-Type header declared, if any.</param>
/// <param name="AddressRefused">The SSRF guard stopped the connection (kept apart so robots.txt reports it as such).</param>
public sealed record FetchResult(
    Uri Url, Uri FinalUrl, int Status, byte[] Body, string? MediaType, string? Charset, Validators Validators, string? Error,
    bool AddressRefused = false)
{
    private static readonly Validators None = new(null, null);

    public bool NotModified => Status == 304 && Error is null;

    public bool Succeeded => Error is null && !NotModified;

    internal static FetchResult Fail(Uri url, int status, string error, bool refused = false) => new(url, url, status, [], null, null, None, error, refused);

    internal static FetchResult Unchanged(Uri url) => new(url, url, 304, [], null, null, None, null);
}
