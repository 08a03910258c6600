using System.IO.Compression;
using System.Text;

namespace Sitrep.Ingest.Tests.Support;

/// <summary>
/// Writes small WARC 1.1 files for tests, record by record, the way crawlers lay them out: a warcinfo record,
/// then request/response/metadata records; optionally one gzip member per record, as Common Crawl does.
/// </summary>
public sealed class WarcBuilder
{
    private readonly List<byte[]> _records = [];
    private int _id;

    public WarcBuilder Warcinfo() => Record("warcinfo", null, "application/warc-fields", "software: sitrep-tests\r\nformat: WARC File Format 1.1\r\n"u8.ToArray());

    public WarcBuilder Request(string uri) =>
        Record("request", uri, "application/http; msgtype=request", Encoding.ASCII.GetBytes($"GET / HTTP/1.1\r\nHost: {new Uri(uri).Host}\r\n\r\n"));

    public WarcBuilder Metadata(string uri) => Record("metadata", uri, "application/warc-fields", "fetchTimeMs: 120\r\n"u8.ToArray());

    /// <summary>A response record holding an HTTP response with these headers and body bytes, as stored (already encoded).</summary>
    public WarcBuilder Response(string uri, string httpHeaders, byte[] body, string date = "2024-03-14T09:30:00Z", string status = "200 OK")
    {
        var head = Encoding.ASCII.GetBytes($"HTTP/1.1 {status}\r\n{httpHeaders.ReplaceLineEndings("\r\n").TrimEnd()}\r\n\r\n");
        return Record("response", uri, "application/http; msgtype=response", [.. head, .. body], date);
    }

    /// <summary>A plain HTML page served as text/html; charset=utf-8.</summary>
    public WarcBuilder Page(string uri, string html, string date = "2024-03-14T09:30:00Z") =>
        Response(uri, "Content-Type: text/html; charset=utf-8", Encoding.UTF8.GetBytes(html), date);

    public WarcBuilder Record(string type, string? uri, string contentType, byte[] block, string date = "2024-03-14T09:30:00Z")
    {
        var header = new StringBuilder("WARC/1.1\r\n")
            .Append($"WARC-Type: {type}\r\n")
            .Append($"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{++_id:D12}>\r\n")
            .Append($"WARC-Date: {date}\r\n");
        if (uri is not null) header.Append($"WARC-Target-URI: {uri}\r\n");
        header.Append($"Content-Type: {contentType}\r\nContent-Length: {block.Length}\r\n\r\n");
        _records.Add([.. Encoding.UTF8.GetBytes(header.ToString()), .. block, .. "\r\n\r\n"u8]);
        return this;
    }

    public byte[] Build() => _records.SelectMany(r => r).ToArray();

    /// <summary>One gzip member per record, concatenated (a .warc.gz as Common Crawl writes it).</summary>
    public byte[] BuildGzipPerRecord() => _records.SelectMany(r => Gzip(r)).ToArray();

    public static byte[] Gzip(byte[] bytes, CompressionLevel level = CompressionLevel.Fastest)
    {
        using var buffer = new MemoryStream();
        using (var gz = new GZipStream(buffer, level)) gz.Write(bytes);
        return buffer.ToArray();
    }

    /// <summary>Splits a body into HTTP/1.1 chunks of the given size (RFC 9112 §7.1).</summary>
    public static byte[] Chunked(byte[] body, int chunkSize)
    {
        using var output = new MemoryStream();
        for (int at = 0; at < body.Length; at += chunkSize)
        {
            int n = Math.Min(chunkSize, body.Length - at);
            output.Write(Encoding.ASCII.GetBytes($"{n:x}\r\n"));
            output.Write(body, at, n);
            output.Write("\r\n"u8);
        }
        output.Write("0\r\n\r\n"u8);
        return output.ToArray();
    }
}
