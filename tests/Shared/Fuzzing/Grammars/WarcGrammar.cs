using System.IO.Compression;
using System.Text;

namespace Sitrep.Tests.Fuzzing;

/// <summary>
/// Web archives (WARC 1.0/1.1): records of every type with headers in any order and case, Content-Length right,
/// off by some bytes, negative or huge; response blocks holding HTTP responses with any status, media type and
/// charset, chunked or not, gzip, deflate or br encoded or claiming to be; as .warc, or .warc.gz with one gzip member
/// per record (as Common Crawl writes them) or one for the whole file.
/// </summary>
public sealed class WarcGrammar(bool gzipped) : IFuzzGrammar
{
    public static readonly WarcGrammar Plain = new(gzipped: false);
    public static readonly WarcGrammar Gzipped = new(gzipped: true);

    private static readonly string[] RecordTypes = ["warcinfo", "request", "response", "response", "response", "resource", "metadata", "revisit", "conversion", "continuation", "", "RESPONSE"];

    private IReadOnlyList<FuzzSeed>? _seeds;

    public bool Binary => gzipped;

    public IReadOnlyList<FuzzSeed> Seeds => _seeds ??= BuildSeeds();

    public IReadOnlyList<string> NastyTokens { get; } =
    [
        "WARC/1.1\r\n", "WARC/1.0\r\n", "\r\n\r\n", "\r\n", "\n", "Content-Length: 999999999999\r\n", "Content-Length: -5\r\n",
        "Content-Length: 99999999999999999999999\r\n", "Content-Length: 3\r\n", "Content-Length: 0x10\r\n", "WARC-Type: response\r\n", "WARC-Type: revisit\r\n",
        "WARC-Target-URI: <https://x.example/\u0000>\r\n", "WARC-Date: 0000-00-00T99:99:99Z\r\n", "Content-Type: application/http\r\n",
        "HTTP/1.1 200 OK\r\n", "HTTP/1.1 abc\r\n", "HTTP/1.1 99999999999 OK\r\n", "Transfer-Encoding: chunked\r\n", "ffffffffffff\r\n", "7fffffff;ext\r\n",
        "8000000000000000\r\n", "-1\r\n", "0\r\n\r\n", "Content-Encoding: gzip\r\n", "Content-Encoding: deflate\r\n", "Content-Encoding: br\r\n",
        "Content-Encoding: gzip, gzip\r\n", "\u001f\u008b\u0008", "Content-Type: text/html; charset=\r\n", "Content-Type: text/html; charset=utf-16\r\n",
        "Content-Type: ;;;=\r\n", " folded continuation\r\n", ":\r\n", "<html><title>", "\uFFFD", new string('H', 70_000),
    ];

    public FuzzSeed Generate(Random random)
    {
        var records = new List<byte[]>();
        for (int i = random.Next(0, 7); i > 0; i--) records.Add(Record(random));
        // Compressed, a mutant mostly fails its checksum; damage inside the members reaches the WARC reader instead.
        if (gzipped && random.Next(2) == 0)
            records = records.Select(r => random.Next(2) == 0 ? Mutations.Apply(r, random, Plain, []) : r).ToList();
        return new FuzzSeed(gzipped ? "crawl.warc.gz" : "crawl.warc", Pack(records, random));
    }

    private byte[] Pack(List<byte[]> records, Random random)
    {
        if (!gzipped) return records.SelectMany(r => r).ToArray();
        // One gzip member per record, as Common Crawl writes them; now and then one member for the whole file.
        return random.Next(4) == 0 ? Gzip(records.SelectMany(r => r).ToArray()) : records.SelectMany(Gzip).ToArray();
    }

    private IReadOnlyList<FuzzSeed> BuildSeeds()
    {
        var page = "<html><head><title>Pier</title></head><body><article><p>The pier reopened on Thursday after repairs.</p></article></body></html>"u8.ToArray();
        var market = "<html><title>Market</title><p>The market hall opened late on Thursday, traders said.</p></html>"u8.ToArray();
        List<byte[]> records =
        [
            WarcRecord("warcinfo", null, "application/warc-fields", "software: sitrep-fuzz\r\nformat: WARC File Format 1.1\r\n"u8.ToArray()),
            WarcRecord("request", "https://news.example/a", "application/http; msgtype=request", "GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n"u8.ToArray()),
            WarcRecord("response", "https://news.example/a", "application/http; msgtype=response", Http("200 OK", "Content-Type: text/html; charset=utf-8", page)),
            WarcRecord("response", "https://news.example/b", "application/http; msgtype=response",
                Http("200 OK", "Content-Type: text/html; charset=iso-8859-1\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip", Chunked(Gzip(market), 11))),
            WarcRecord("metadata", "https://news.example/b", "application/warc-fields", "fetchTimeMs: 120\r\n"u8.ToArray()),
            WarcRecord("response", "https://news.example/c", "application/http; msgtype=response", Http("200 OK", "Content-Type: application/pdf", [0x25, 0x50, 0x44, 0x46])),
            WarcRecord("revisit", "https://news.example/a", "application/http; msgtype=response", "HTTP/1.1 304 Not Modified\r\n\r\n"u8.ToArray()),
        ];
        var deflated = WarcRecord("response", "https://news.example/d", "application/http; msgtype=response",
            Http("200 OK", "Content-Type: text/html\r\nContent-Encoding: deflate", ZLib(page)));
        var brotli = WarcRecord("response", "https://news.example/e", "application/http; msgtype=response",
            Http("200 OK", "Content-Type: text/html\r\nContent-Encoding: br", Brotli(market)));
        var name = gzipped ? "crawl.warc.gz" : "crawl.warc";
        byte[] Join(IEnumerable<byte[]> rs) => gzipped ? rs.SelectMany(Gzip).ToArray() : rs.SelectMany(r => r).ToArray();
        return [new FuzzSeed(name, Join(records)), new FuzzSeed(name, Join([records[0], deflated, brotli]))];
    }

    private static byte[] Record(Random random)
    {
        var type = FuzzText.Pick(random, RecordTypes);
        var uri = random.Next(6) == 0 ? null : (random.Next(4) == 0 ? "<" + FuzzText.Url(random) + ">" : FuzzText.Url(random));
        byte[] block = type.Equals("response", StringComparison.OrdinalIgnoreCase) || type == "resource" ? HttpResponse(random) : Encoding.UTF8.GetBytes(FuzzText.Sentence(random) + "\r\n");
        var contentType = random.Next(6) switch
        {
            0 => "text/html",
            1 => "application/http; msgtype=request",
            2 => "application/warc-fields",
            3 => "",
            _ => "application/http; msgtype=response",
        };
        return WarcRecord(type, uri, contentType, block, random);
    }

    /// <summary>A WARC record; with a <paramref name="random"/>, its headers reordered, recased and its length now and then wrong.</summary>
    private static byte[] WarcRecord(string type, string? uri, string contentType, byte[] block, Random? random = null)
    {
        var headers = new List<string>
        {
            $"WARC-Type: {type}",
            $"WARC-Record-ID: <urn:uuid:{new Guid(random?.Next() ?? 7, 0, 0, new byte[8])}>",
            $"WARC-Date: {(random is null ? "2024-03-14T09:30:00Z" : FuzzText.Date(random))}",
        };
        if (uri is not null) headers.Add($"WARC-Target-URI: {uri}");
        if (contentType.Length > 0) headers.Add($"Content-Type: {contentType}");
        long length = block.Length;
        if (random is not null && random.Next(10) == 0)
            length = FuzzText.Pick(random, [0L, -1L, length + 1, length - 1, length + 100, long.MaxValue, 1L << 40]);
        string lengthHeader = random is not null && random.Next(40) == 0 ? FuzzText.Pick(random, ["Content-Length: abc", "Content-Length:", "Content-Length: 1 2", "content-length: " + length]) : $"Content-Length: {length}";
        headers.Add(lengthHeader);
        if (random is not null)
        {
            if (random.Next(5) == 0) headers.Add($"WARC-Payload-Digest: sha1:{FuzzText.Word(random)}");
            if (random.Next(10) == 0) headers.Add("X-Custom: " + FuzzText.Value(random).Replace("\n", " ").Replace("\r", " "));
            if (random.Next(4) == 0) Shuffle(headers, random);
            if (random.Next(30) == 0) headers.RemoveAt(random.Next(headers.Count));
        }
        var version = random is null || random.Next(3) != 0 ? "WARC/1.1" : FuzzText.Pick(random, ["WARC/1.0", "WARC/0.17", "WARC/2.0", "warc/1.1"]);
        var newline = random is not null && random.Next(15) == 0 ? "\n" : "\r\n";
        var head = Encoding.UTF8.GetBytes(version + newline + string.Join(newline, headers) + newline + newline);
        return [.. head, .. block, .. "\r\n\r\n"u8];
    }

    private static byte[] HttpResponse(Random random)
    {
        var status = random.Next(8) switch
        {
            0 => FuzzText.Pick(random, ["404 Not Found", "301 Moved", "500 Error", "304 Not Modified", "99999999999 X", "abc", "", "200"]),
            _ => "200 OK",
        };
        var headers = new List<string>();
        if (random.Next(6) != 0)
            headers.Add($"Content-Type: {FuzzText.Pick(random, ["text/html", "text/html", "application/xhtml+xml", "text/plain", "image/png", "TEXT/HTML", ""])}{(random.Next(2) == 0 ? "; charset=" + FuzzText.Pick(random, ["utf-8", "iso-8859-1", "windows-1251", "utf-16", "bogus", "\"utf-8\"", ""]) : "")}");
        byte[] body = random.Next(8) switch
        {
            0 => Encoding.UTF8.GetBytes(FuzzText.Paragraph(random)),
            1 => RandomBytes(random, random.Next(0, 200)),
            _ => Encoding.UTF8.GetBytes(HtmlGrammar.Page(random)),
        };
        switch (random.Next(8))
        {
            case 0: body = Gzip(body); headers.Add("Content-Encoding: " + FuzzText.Pick(random, ["gzip", "x-gzip", "GZIP"])); break;
            case 1: body = random.Next(2) == 0 ? ZLib(body) : Deflate(body); headers.Add("Content-Encoding: deflate"); break;
            case 2: body = Brotli(body); headers.Add("Content-Encoding: br"); break;
            case 3: headers.Add("Content-Encoding: " + FuzzText.Pick(random, ["gzip", "br", "deflate", "compress", "identity", "gzip, br"])); break;
        }
        if (random.Next(4) == 0)
        {
            body = Chunked(body, random.Next(1, 200));
            headers.Add("Transfer-Encoding: " + FuzzText.Pick(random, ["chunked", "Chunked", "gzip, chunked"]));
        }
        else if (random.Next(3) == 0)
        {
            headers.Add($"Content-Length: {body.Length}");
        }
        if (random.Next(10) == 0) headers.Add(" folded header continuation");
        var newline = random.Next(10) == 0 ? "\n" : "\r\n";
        var head = Encoding.Latin1.GetBytes($"{FuzzText.Pick(random, ["HTTP/1.1", "HTTP/1.0", "HTTP/2", "http/1.1", "ICY"])} {status}{newline}{string.Join(newline, headers)}{newline}{newline}");
        return [.. head, .. body];
    }

    private static byte[] Http(string status, string headers, byte[] body) => [.. Encoding.ASCII.GetBytes($"HTTP/1.1 {status}\r\n{headers}\r\n\r\n"), .. body];

    private static void Shuffle(List<string> items, Random random)
    {
        for (int i = items.Count - 1; i > 0; i--)
        {
            int j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    private static byte[] RandomBytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    /// <summary>RFC 9112 §7.1 chunked coding, with chunk extensions now and then.</summary>
    public static byte[] Chunked(byte[] body, int chunkSize)
    {
        using var output = new MemoryStream();
        for (int at = 0; at < body.Length; at += chunkSize)
        {
            int n = Math.Min(chunkSize, body.Length - at);
            output.Write(Encoding.ASCII.GetBytes(chunkSize % 7 == 0 ? $"{n:X};ext=1\r\n" : $"{n:x}\r\n"));
            output.Write(body, at, n);
            output.Write("\r\n"u8);
        }
        output.Write("0\r\n\r\n"u8);
        return output.ToArray();
    }

    public static byte[] Gzip(byte[] bytes) => Compress(bytes, s => new GZipStream(s, CompressionLevel.Fastest));

    private static byte[] ZLib(byte[] bytes) => Compress(bytes, s => new ZLibStream(s, CompressionLevel.Fastest));

    private static byte[] Deflate(byte[] bytes) => Compress(bytes, s => new DeflateStream(s, CompressionLevel.Fastest));

    private static byte[] Brotli(byte[] bytes) => Compress(bytes, s => new BrotliStream(s, CompressionLevel.Fastest));

    private static byte[] Compress(byte[] bytes, Func<Stream, Stream> compressor)
    {
        using var buffer = new MemoryStream();
        using (var stream = compressor(buffer)) stream.Write(bytes);
        return buffer.ToArray();
    }
}
