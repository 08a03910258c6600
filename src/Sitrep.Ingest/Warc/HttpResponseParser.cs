using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Sitrep.Ingest.Warc;

/// <summary>
/// Parses the HTTP response in a WARC response record (RFC 9112): status line, header fields, body. The body is
/// de-chunked when Transfer-Encoding says chunked and decompressed per Content-Encoding (gzip, deflate, br).
/// Crawlers disagree on whether the stored payload is still encoded (Common Crawl stores it decoded and renames the
/// header to X-Crawler-…), so a body that does not have the encoding's shape is taken as already decoded.
/// </summary>
public static class HttpResponseParser
{
    private const int MaxHeaderBytes = 64 * 1024;

    /// <summary>The response, or null with the reason in <paramref name="error"/>.</summary>
    /// <param name="maxBodyBytes">Largest decoded body: a small compressed payload can decompress to gigabytes.</param>
    public static HttpResponse? Parse(byte[] block, long maxBodyBytes, out string? error)
    {
        int headerEnd = HeaderEnd(block, out int bodyStart);
        if (headerEnd < 0)
        {
            error = "HTTP response without the blank line that ends its headers";
            return null;
        }
        var lines = Encoding.Latin1.GetString(block, 0, headerEnd).Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var status = lines[0].Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (status.Length < 2 || !status[0].StartsWith("HTTP/", StringComparison.OrdinalIgnoreCase)
            || !int.TryParse(status[1], NumberStyles.None, CultureInfo.InvariantCulture, out int code))
        {
            error = $"not an HTTP status line: \"{(lines[0].Length > 40 ? lines[0][..40] + "…" : lines[0])}\"";
            return null;
        }
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            int colon = line.IndexOf(':');
            if (colon <= 0) continue; // obsolete line folding or junk: browsers skip it too
            var name = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            headers[name] = headers.TryGetValue(name, out var earlier) ? earlier + ", " + value : value;
        }
        var body = block.AsSpan(bodyStart).ToArray();
        if (headers.TryGetValue("Transfer-Encoding", out var transfer) && transfer.Contains("chunked", StringComparison.OrdinalIgnoreCase))
            body = Dechunk(body) ?? body;
        if (headers.TryGetValue("Content-Encoding", out var coding) && !TryDecode(coding.Trim().ToLowerInvariant(), ref body, maxBodyBytes, out error))
            return null;
        if (body.LongLength > maxBodyBytes)
        {
            error = $"HTTP body over {maxBodyBytes / (1024 * 1024)} MB";
            return null;
        }
        var (mediaType, charset) = ContentType(headers.GetValueOrDefault("Content-Type"));
        error = null;
        return new HttpResponse(code, mediaType, charset, body);
    }

    /// <summary>Where the header section ends (before CRLF CRLF, or LF LF from sloppy servers), and where the body starts.</summary>
    private static int HeaderEnd(byte[] block, out int bodyStart)
    {
        int limit = Math.Min(block.Length, MaxHeaderBytes);
        for (int i = 0; i < limit; i++)
        {
            if (block[i] != '\n') continue;
            if (i + 1 < block.Length && block[i + 1] == '\n')
            {
                bodyStart = i + 2;
                return i;
            }
            if (i + 2 < block.Length && block[i + 1] == '\r' && block[i + 2] == '\n')
            {
                bodyStart = i + 3;
                return i;
            }
        }
        // Headers with no body at all (a 304, a HEAD) may end at the end of the block.
        bodyStart = block.Length;
        return block.Length > 0 && block.Length <= MaxHeaderBytes && block[^1] == '\n' ? block.Length : -1;
    }

    /// <summary>RFC 9112 §7.1 chunked coding: hex size line, data, CRLF, …, a zero size. Null when the body is not chunked after all.</summary>
    private static byte[]? Dechunk(byte[] body)
    {
        using var output = new MemoryStream(body.Length);
        int at = 0;
        while (true)
        {
            int lineEnd = Array.IndexOf(body, (byte)'\n', at);
            if (lineEnd < 0) return at > 0 ? output.ToArray() : null; // cut short: keep what was there
            var sizeText = Encoding.Latin1.GetString(body, at, lineEnd - at).Split(';')[0].Trim();
            if (!long.TryParse(sizeText, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out long size) || size < 0)
                return at > 0 ? output.ToArray() : null;
            if (size == 0) return output.ToArray(); // trailers after the last chunk are not needed
            int dataStart = lineEnd + 1;
            int n = (int)Math.Min(size, body.Length - dataStart);
            output.Write(body, dataStart, n);
            if (n < size) return output.ToArray();
            at = dataStart + n;
            if (at < body.Length && body[at] == '\r') at++;
            if (at < body.Length && body[at] == '\n') at++;
        }
    }

    private static bool TryDecode(string coding, ref byte[] body, long maxBodyBytes, out string? error)
    {
        error = null;
        Stream? decoder = coding switch
        {
            "gzip" or "x-gzip" when body is [0x1F, 0x8B, ..] => new GZipStream(new MemoryStream(body), CompressionMode.Decompress),
            // "deflate" should be zlib-wrapped (RFC 9110 §8.4.1.2), yet some servers send raw deflate.
            "deflate" when body.Length >= 2 && (body[0] & 0x0F) == 8 && ((body[0] << 8) | body[1]) % 31 == 0 =>
                new ZLibStream(new MemoryStream(body), CompressionMode.Decompress),
            "deflate" => new DeflateStream(new MemoryStream(body), CompressionMode.Decompress),
            "br" => new BrotliStream(new MemoryStream(body), CompressionMode.Decompress),
            _ => null, // identity, an unknown coding, or a payload the crawler already decoded
        };
        if (decoder is null) return true;
        using (decoder)
        using (var output = new MemoryStream())
        {
            try
            {
                Sources.ArticleSource.CopyAtMost(decoder, output, maxBodyBytes + 1);
            }
            // BrotliStream reports bad data with InvalidOperationException; gzip and deflate with InvalidDataException.
            catch (Exception ex) when (ex is InvalidDataException or InvalidOperationException)
            {
                // Already decoded by the crawler (deflate and br have no magic bytes to tell): keep the body as stored.
                if (coding is "deflate" or "br") return true;
                error = $"corrupt {coding} body";
                return false;
            }
            if (output.Length > maxBodyBytes)
            {
                error = $"HTTP body over {maxBodyBytes / (1024 * 1024)} MB decompressed";
                return false;
            }
            body = output.ToArray();
            return true;
        }
    }

    private static (string? MediaType, string? Charset) ContentType(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return (null, null);
        var parts = value.Split(';');
        string? charset = null;
        foreach (var p in parts.Skip(1))
        {
            var kv = p.Split('=', 2);
            if (kv.Length == 2 && kv[0].Trim().Equals("charset", StringComparison.OrdinalIgnoreCase))
                charset = kv[1].Trim().Trim('"', '\'') is { Length: > 0 } c ? c : null;
        }
        return (parts[0].Trim().ToLowerInvariant(), charset);
    }

    /// <summary>A body that starts (after whitespace and a BOM) like an HTML document.</summary>
    internal static bool LooksLikeHtml(ReadOnlySpan<byte> body)
    {
        if (body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) body = body[3..];
        body = body.TrimStart(" \t\r\n"u8);
        var head = Encoding.ASCII.GetString(body[..Math.Min(body.Length, 15)]).ToLowerInvariant();
        return head.StartsWith("<!doctype html", StringComparison.Ordinal) || head.StartsWith("<html", StringComparison.Ordinal);
    }
}
