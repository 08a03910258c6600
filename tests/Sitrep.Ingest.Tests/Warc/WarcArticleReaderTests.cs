using System.Text;
using Sitrep.Articles;
using Sitrep.Ingest.Sources;
using Sitrep.Ingest.Tests.Support;
using Sitrep.Ingest.Warc;
using Xunit;

namespace Sitrep.Ingest.Tests.Warc;

public sealed class WarcArticleReaderTests : IDisposable
{
    private const string Story =
        "<p>The harbour authority reopened the north pier on Thursday after a winter of repairs to its pilings.</p>"
        + "<p>Fishing boats queued at dawn to unload, and the market hall stayed open late to take the catch.</p>";

    private static string Page(string title, string extraHead = "") =>
        $"<!doctype html><html><head><title>{title}</title>{extraHead}</head><body><article><h1>{title}</h1>{Story}</article></body></html>";

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static List<IngestResult> Read(byte[] warc, WarcCounts? counts = null, long max = ArticleSourceOptions.DefaultMaxDocumentBytes) =>
        WarcArticleReader.Read("crawl.warc", new MemoryStream(warc), max, counts).ToList();

    [Fact]
    public void Html_responses_become_articles_and_other_records_are_skipped_and_counted()
    {
        var warc = new WarcBuilder()
            .Warcinfo()
            .Request("https://news.example/a")
            .Page("https://news.example/a", Page("Pier reopens"))
            .Metadata("https://news.example/a")
            .Response("https://news.example/logo.png", "Content-Type: image/png", [0x89, 0x50, 0x4E, 0x47])
            .Response("https://news.example/gone", "Content-Type: text/html", "<html>gone</html>"u8.ToArray(), status: "404 Not Found")
            .Record("response", "dns:news.example", "text/dns", "news.example. 300 IN A 192.0.2.1"u8.ToArray())
            .Build();
        var counts = new WarcCounts();

        var results = Read(warc, counts);

        var only = Assert.Single(results);
        Assert.True(only.Succeeded, only.Error);
        Assert.Equal("crawl.warc!https://news.example/a", only.Input);
        Assert.Equal("Pier reopens", only.Article!.Title);
        Assert.Equal("https://news.example/a", only.Article.Url);
        Assert.Equal(7, counts.Records);
        Assert.Equal(1, counts.HtmlPages);
        Assert.Equal("1 HTTP 4xx response, 1 metadata, 1 non-HTML response, 1 non-HTTP response, 1 request, 1 warcinfo", counts.DescribeSkipped());
    }

    [Fact]
    public void The_capture_date_stands_in_when_the_page_states_none_and_the_page_date_wins_otherwise()
    {
        var dated = Page("Dated", "<meta property=\"article:published_time\" content=\"2024-03-10T08:00:00Z\">");
        var warc = new WarcBuilder()
            .Page("https://news.example/undated", Page("Undated"), date: "2024-03-14T23:59:59Z")
            .Page("https://news.example/dated", dated)
            .Build();

        var results = Read(warc);

        Assert.Equal(new PartialDate(2024, 3, 14), results[0].Article!.Published);
        Assert.Equal(new PartialDate(2024, 3, 10), results[1].Article!.Published);
    }

    [Fact]
    public void A_chunked_gzip_payload_is_decoded()
    {
        var body = WarcBuilder.Chunked(WarcBuilder.Gzip(Encoding.UTF8.GetBytes(Page("Chunked and gzipped"))), chunkSize: 37);
        var warc = new WarcBuilder()
            .Response("https://news.example/c", "Content-Type: text/html\nTransfer-Encoding: chunked\nContent-Encoding: gzip", body)
            .Build();

        var article = Assert.Single(Read(warc)).Article;

        Assert.Equal("Chunked and gzipped", article?.Title);
        Assert.StartsWith("The harbour authority reopened", article!.Text);
    }

    [Fact]
    public void A_payload_the_crawler_already_decoded_is_read_as_stored()
    {
        // Common Crawl stores bodies decoded but some writers keep the original headers.
        var warc = new WarcBuilder()
            .Response("https://news.example/d", "Content-Type: text/html\nContent-Encoding: gzip\nTransfer-Encoding: chunked", Encoding.UTF8.GetBytes(Page("Stored decoded")))
            .Build();

        Assert.Equal("Stored decoded", Assert.Single(Read(warc)).Article?.Title);
    }

    [Fact]
    public void The_charset_of_the_http_header_decodes_the_page()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var html = "<html><head><title>Мост открыт</title></head><body><article><p>Мост через реку снова открыт для движения после ремонта, сказали в администрации города.</p></article></body></html>";
        var warc = new WarcBuilder()
            .Response("https://news.example/ru", "Content-Type: text/html; charset=windows-1251", Encoding.GetEncoding(1251).GetBytes(html))
            .Build();

        Assert.Equal("Мост открыт", Assert.Single(Read(warc)).Article?.Title);
    }

    [Fact]
    public void A_record_cut_short_is_one_error_with_its_offset_and_the_records_before_it_stay()
    {
        var first = new WarcBuilder().Page("https://news.example/1", Page("First")).Build();
        var warc = new WarcBuilder().Page("https://news.example/1", Page("First")).Page("https://news.example/2", Page("Second")).Build();
        var cut = warc[..(warc.Length - 200)];

        var results = Read(cut);

        Assert.Equal(2, results.Count);
        Assert.Equal("First", results[0].Article?.Title);
        Assert.Equal(IngestResult.Fail("crawl.warc", $"truncated record at byte {first.Length}"), results[1]);
    }

    [Fact]
    public void A_record_cut_inside_its_headers_is_truncated_too()
    {
        var warc = new WarcBuilder().Page("https://news.example/1", Page("First")).Build();

        Assert.Equal([IngestResult.Fail("crawl.warc", "truncated record at byte 0")], Read(warc[..60]));
    }

    [Fact]
    public void Bytes_that_are_not_a_record_end_the_reading_with_one_error()
    {
        var warc = new WarcBuilder().Page("https://news.example/1", Page("First")).Build();

        var results = Read([.. warc, .. "garbage here\r\n"u8]);

        Assert.Equal("First", results[0].Article?.Title);
        Assert.Equal(IngestResult.Fail("crawl.warc", $"no WARC record at byte {warc.Length} (found \"garbage here\")"), results[1]);
    }

    [Fact]
    public void A_record_over_the_limit_is_reported_and_skipped_without_holding_it()
    {
        var big = Page("Big") + new string(' ', 5000);
        var warc = new WarcBuilder().Page("https://news.example/big", big).Page("https://news.example/small", Page("Small")).Build();

        var results = Read(warc, max: 4096);

        Assert.False(results[0].Succeeded);
        Assert.Equal("crawl.warc!https://news.example/big", results[0].Input);
        Assert.StartsWith("record at byte 0 too large: ", results[0].Error);
        Assert.Equal("Small", results[1].Article?.Title);
    }

    [Fact]
    public void A_warc_without_pages_says_what_it_held()
    {
        var warc = new WarcBuilder().Warcinfo().Request("https://news.example/a").Build();

        Assert.Equal([IngestResult.Fail("crawl.warc", "no HTML pages among 2 WARC records (1 request, 1 warcinfo)")], Read(warc));
        Assert.Equal([IngestResult.Fail("crawl.warc", "empty file")], Read([]));
    }

    [Fact]
    public void Gzip_members_per_record_are_read_through_the_article_source()
    {
        var warc = new WarcBuilder().Warcinfo().Page("https://news.example/1", Page("First")).Page("https://news.example/2", Page("Second"));
        var path = _dir.Write("crawl.warc.gz", warc.BuildGzipPerRecord());

        var results = ArticleSource.Read([path]).ToList();

        Assert.Equal(["First", "Second"], results.Select(r => r.Article?.Title));
        Assert.Equal($"{path}!https://news.example/2", results[1].Input);
    }

    [Fact]
    public void A_truncated_warc_gz_keeps_the_pages_before_the_cut()
    {
        var gz = new WarcBuilder().Page("https://news.example/1", Page("First")).Page("https://news.example/2", Page("Second")).BuildGzipPerRecord();
        var path = _dir.Write("crawl.warc.gz", gz[..(gz.Length - 40)]);

        var results = ArticleSource.Read([path]).ToList();

        Assert.Equal("First", results[0].Article?.Title);
        Assert.Equal(2, results.Count);
        // The offset counts bytes of the decompressed WARC, where the second record starts; the gzip stream's own end is checked first.
        int second = new WarcBuilder().Page("https://news.example/1", Page("First")).Build().Length;
        Assert.Equal(IngestResult.Fail(path,
            $"truncated gzip: the compressed data ends before its end-of-stream marker (an incomplete copy or download?); the record at byte {second} is cut short"), results[1]);
    }
}
