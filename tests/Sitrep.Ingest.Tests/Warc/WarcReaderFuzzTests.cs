using System.Text;
using Sitrep.Ingest.Sources;
using Sitrep.Ingest.Tests.Support;
using Sitrep.Ingest.Warc;
using Xunit;

namespace Sitrep.Ingest.Tests.Warc;

/// <summary>
/// A mutation harness over the WARC reader, in the manner of the HTML one: well-formed WARCs (plain and one gzip
/// member per record) are cut, spliced and sprinkled with header lines, chunk sizes and stray bytes, and every
/// mutant must read to results that are each an article or an error, never an exception, within a time bound.
/// Seeds are fixed, so a failure replays exactly.
/// </summary>
public class WarcReaderFuzzTests
{
    // Far above a mutant's real cost (milliseconds), far below a hang.
    private static readonly TimeSpan PerInput = TimeSpan.FromSeconds(20);

    private static readonly byte[] Seed = new WarcBuilder()
        .Warcinfo()
        .Request("https://news.example/a")
        .Page("https://news.example/a", "<html><head><title>Pier</title></head><body><article><p>The pier reopened on Thursday after repairs.</p></article></body></html>")
        .Response("https://news.example/b", "Content-Type: text/html; charset=iso-8859-1\nTransfer-Encoding: chunked\nContent-Encoding: gzip",
            WarcBuilder.Chunked(WarcBuilder.Gzip("<html><title>Market</title><p>The market hall opened late.</p></html>"u8.ToArray()), 11))
        .Metadata("https://news.example/b")
        .Response("https://news.example/c", "Content-Type: application/pdf", [0x25, 0x50, 0x44, 0x46])
        .Build();

    private static readonly string[] Fragments =
    [
        "WARC/1.1\r\n", "WARC/1.0\r\n", "\r\n\r\n", "\r\n", "\n", "Content-Length: 999999999999\r\n", "Content-Length: -5\r\n",
        "Content-Length: 99999999999999999999999\r\n", "Content-Length: 3\r\n", "WARC-Type: response\r\n", "WARC-Type: revisit\r\n",
        "WARC-Target-URI: <https://x.example/\u0000>\r\n", "WARC-Date: 0000-00-00T99:99:99Z\r\n", "Content-Type: application/http\r\n",
        "HTTP/1.1 200 OK\r\n", "HTTP/1.1 abc\r\n", "Transfer-Encoding: chunked\r\n", "ffffffffffff\r\n", "7fffffff;ext\r\n", "0\r\n\r\n",
        "Content-Encoding: gzip\r\n", "Content-Encoding: deflate\r\n", "Content-Encoding: br\r\n", "\u001f\u008b\u0008", "Content-Type: text/html; charset=\r\n",
        "Content-Type: text/html; charset=utf-16\r\n", " folded continuation\r\n", ":\r\n", "<html><title>", "\uFFFD",
    ];

    private static readonly Mutator Mutations = new(Fragments, maxEdits: 8, strayBytes: false);

    [Fact]
    public void Mutated_warcs_never_throw()
    {
        var random = new Random(20261122);
        for (int i = 0; i < 600; i++) AssertReadsOrFails(Mutations.Mutate(Seed, random), gzipped: false);
    }

    [Fact]
    public void Mutated_warc_gz_never_throws()
    {
        var random = new Random(11);
        var seed = WarcBuilder.Gzip(Seed);
        var perRecord = new WarcBuilder().Page("https://news.example/a", "<html><title>A</title><p>Text of the page.</p></html>").Warcinfo().BuildGzipPerRecord();
        for (int i = 0; i < 300; i++) AssertReadsOrFails(Mutator.Damage(i % 2 == 0 ? seed : perRecord, random), gzipped: true);
    }

    [Fact]
    public void Random_bytes_never_throw()
    {
        foreach (var bytes in Mutator.RandomInputs(seed: 7, count: 200, header: "WARC/1.1\r\n"u8.ToArray()))
        {
            AssertReadsOrFails(bytes, gzipped: false);
            Assert.True(HttpResponseParser.Parse(bytes, 1 << 20, out var error) is not null ^ error is not null);
        }
    }

    private static void AssertReadsOrFails(byte[] bytes, bool gzipped)
    {
        var results = Mutator.WithinTime(() =>
        {
            using var temp = new TempDir();
            var path = temp.Write(gzipped ? "m.warc.gz" : "m.warc", bytes);
            // Through the article source, as the CLI reads it, with a small record limit so oversized paths run too.
            return ArticleSource.Read([path], new ArticleSourceOptions(64 * 1024)).ToList();
        }, PerInput);
        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.True(r.IsWellFormed, "an article, an error or a note: one of them"));
    }
}
