namespace Sitrep.Ingest.Web;

/// <summary>Tells URLs from paths among the inputs, and which URLs may be fetched (http and https only).</summary>
public static class WebAddress
{
    /// <summary>"https://…", "ftp://…": a scheme and "//". A Windows path ("C:\x") has no "//" and stays a path.</summary>
    public static bool LooksLikeUrl(string input)
    {
        int sep = input.IndexOf("://", StringComparison.Ordinal);
        if (sep < 2) return false;
        for (int i = 0; i < sep; i++)
            if (!(char.IsAsciiLetter(input[i]) || (i > 0 && (char.IsAsciiDigit(input[i]) || input[i] is '+' or '-' or '.')))) return false;
        return true;
    }

    public static bool IsFetchable(Uri url) => url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);

    /// <summary>The URL when it can be fetched, else null with the reason.</summary>
    public static Uri? Parse(string input, out string? error)
    {
        error = null;
        if (!Uri.TryCreate(input.Trim(), UriKind.Absolute, out var url) || url.Host.Length == 0 && IsFetchable(url))
        {
            error = "not a valid URL";
            return null;
        }
        if (!IsFetchable(url))
        {
            error = $"only http and https URLs are fetched (not {url.Scheme}:)";
            return null;
        }
        return url;
    }
}
