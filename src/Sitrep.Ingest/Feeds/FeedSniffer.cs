using System.Text;

namespace Sitrep.Ingest.Feeds;

/// <summary>
/// Tells from the first bytes of an .xml or .json file whether it is a feed or sitemap (the root element, or
/// a JSON Feed "version" URL), so other XML and JSON files are read as before.
/// </summary>
internal static class FeedSniffer
{
    private static readonly string[] RootElements = ["rss", "RDF", "feed", "urlset", "sitemapindex"];

    public static bool LooksLikeFeed(ReadOnlySpan<byte> head)
    {
        var text = Encoding.UTF8.GetString(head);
        // PHP's JSON encoder writes "https:\/\/jsonfeed.org\/version\/1" unless told not to.
        if (IsJson(head)) return text.Replace("\\/", "/").Contains(JsonFeedReader.VersionPrefix, StringComparison.Ordinal);
        return RootName(text) is { } name && RootElements.Contains(name);
    }

    /// <summary>Whether the first non-blank character opens a JSON object (after any UTF-8 byte-order mark).</summary>
    internal static bool IsJson(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        var trimmed = bytes.TrimStart((ReadOnlySpan<byte>)[(byte)' ', (byte)'\t', (byte)'\r', (byte)'\n']);
        return trimmed.Length > 0 && trimmed[0] == (byte)'{';
    }

    /// <summary>The local name of the first element, past the declaration, comments, processing instructions and any DOCTYPE.</summary>
    private static string? RootName(string text)
    {
        int i = 0;
        while ((i = text.IndexOf('<', i)) >= 0 && i + 1 < text.Length)
        {
            char next = text[i + 1];
            if (next is '?' or '!')
            {
                var close = text.AsSpan(i).StartsWith("<!--") ? "-->" : ">";
                int end = text.IndexOf(close, i + 2, StringComparison.Ordinal);
                if (end < 0) return null;
                i = end + close.Length;
                continue;
            }
            int start = i + 1, stop = start;
            while (stop < text.Length && (char.IsAsciiLetterOrDigit(text[stop]) || text[stop] is ':' or '_' or '-' or '.')) stop++;
            var name = text[start..stop];
            return name[(name.IndexOf(':') + 1)..];
        }
        return null;
    }
}
