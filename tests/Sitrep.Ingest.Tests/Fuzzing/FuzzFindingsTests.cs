using System.Buffers.Binary;
using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using Sitrep.Ingest.Feeds;
using Sitrep.Ingest.Html;
using Sitrep.Ingest.JsonLines;
using Sitrep.Ingest.PlainText;
using Sitrep.Ingest.Sources;
using Sitrep.Ingest.Tests.Support;
using Sitrep.Ingest.Warc;
using Xunit;

namespace Sitrep.Ingest.Tests.Fuzzing;

/// <summary>
/// The inputs the fuzz campaign (bench task `fuzz`, issue 13) found crashing a reader, cut down to what matters:
/// each must now read to an article or an error result, never an exception.
/// </summary>
public sealed class FuzzFindingsTests : IDisposable
{
    private const string Story = "<p>The harbour authority reopened the north pier on Thursday after a winter of repairs to its pilings.</p>";

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_br_body_that_is_not_brotli_is_kept_as_stored()
    {
        // BrotliStream reports bad data with InvalidOperationException, not InvalidDataException as gzip and deflate do.
        var html = Encoding.UTF8.GetBytes($"<html><head><title>Stored plain</title></head><body><article>{Story}</article></body></html>");
        var warc = new WarcBuilder().Response("https://news.example/br", "Content-Type: text/html\nContent-Encoding: br", html).Build();

        var result = Assert.Single(WarcArticleReader.Read("crawl.warc", new MemoryStream(warc)).ToList());

        Assert.Equal("Stored plain", result.Article?.Title);
    }

    [Fact]
    public void A_json_lines_string_with_half_a_surrogate_pair_is_an_error_for_its_line()
    {
        var jsonl = "{\"title\":\"Broken \\ud83d emoji\",\"text\":\"The pier reopened.\"}\n{\"title\":\"Fine\",\"text\":\"The market opened.\"}\n";

        var results = JsonLinesArticleReader.Read("dump.jsonl", new MemoryStream(Encoding.UTF8.GetBytes(jsonl))).ToList();

        Assert.Equal(IngestResult.Fail("dump.jsonl:1", "invalid JSON: a string holds half of a surrogate pair (a lone \\uD800–\\uDFFF escape)"), results[0]);
        Assert.Equal("Fine", results[1].Article?.Title);
    }

    [Fact]
    public void A_json_feed_string_with_half_a_surrogate_pair_is_an_error()
    {
        var json = "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"Ledger\",\"items\":[{\"id\":\"1\",\"title\":\"Bridge \\udcf0\",\"content_text\":\"The bridge closed.\"}]}";

        var document = FeedReader.Read("feed.json", Encoding.UTF8.GetBytes(json));

        Assert.Equal("JSON Feed holds a string with half of a surrogate pair (a lone \\uD800–\\uDFFF escape)", document.Error);
    }

    [Fact]
    public void Json_ld_with_half_a_surrogate_pair_is_ignored_like_broken_json_ld()
    {
        var html = "<html><head><title>Pier reopens</title><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Pier \\ud83d\",\"datePublished\":\"2024-03-14\"}</script></head>"
            + $"<body><article>{Story}</article></body></html>";

        var page = HtmlPageReader.Read(Encoding.UTF8.GetBytes(html), out var error);

        Assert.Null(error);
        Assert.Equal("Pier reopens", page!.Title);
    }

    [Fact]
    public void A_zip_whose_end_record_miscounts_its_entries_is_one_error()
    {
        var zip = Zip(("a.txt", "Pier reopens\n\nThe pier reopened after repairs."u8.ToArray()), ("b.txt", "Market\n\nThe market opened late."u8.ToArray()));
        // The end of central directory record (PK 5 6) counts its entries at offsets 8 and 10: claim one more than there are.
        int end = zip.AsSpan().LastIndexOf("PK\u0005\u0006"u8);
        BinaryPrimitives.WriteUInt16LittleEndian(zip.AsSpan(end + 8), 3);
        BinaryPrimitives.WriteUInt16LittleEndian(zip.AsSpan(end + 10), 3);
        var path = _dir.Write("miscounted.zip", zip);

        var result = Assert.Single(ArticleSource.Read([path]).ToList());

        Assert.StartsWith("not a readable zip archive (truncated or corrupt)", result.Error);
    }

    [Theory]
    [InlineData("Tue, 00 Nov 2023 09:30:00 +0000")]
    [InlineData("Tue, 07 Nov 0000 09:30:00 +0000")]
    public void An_rfc822_date_with_day_or_year_zero_is_no_date(string date)
    {
        var rss = $"<rss version=\"2.0\"><channel><title>T</title><item><title>Pier</title><description>The pier reopened.</description><pubDate>{date}</pubDate></item></channel></rss>";

        var article = Assert.Single(FeedReader.Read("feed.rss", Encoding.UTF8.GetBytes(rss)).Feed!.Articles);

        Assert.Equal("Pier", article.Title);
        Assert.Null(article.Published);
    }

    [Fact]
    public void A_sitemap_nested_thousands_deep_is_refused_before_its_tree_is_built()
    {
        // A truncated <loc> repeated: each <sitemap> opens inside the last. Building 20,000 levels took 4–20 s.
        var xml = "<?xml version=\"1.0\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
            + string.Concat(Enumerable.Repeat("<sitemap><loc>https://ledger.example/s\n", 10_000)) + "</sitemapindex>";

        var document = FeedReader.Read("sitemap.xml", Encoding.UTF8.GetBytes(xml));

        Assert.Equal("XML nests elements over 500 deep at line 250: not a feed or sitemap", document.Error);
    }

    [Fact]
    public void Tag_soup_flattened_past_the_parsers_depth_limit_is_read_within_seconds()
    {
        // Past 512 levels the parser adds elements as siblings: parents of thousands of children, each with a text
        // node ("<>"). Looking for a caption image among a parent's children once per text node took 60 s here.
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<table><tr><td><table><tr><><tr><td>", 8000)) + "</body></html>";

        var result = Mutator.WithinTime(() => HtmlArticleReader.Read("soup.html", Encoding.UTF8.GetBytes(html)), TimeSpan.FromSeconds(20));

        Assert.True(result.IsWellFormed);
    }

    [Fact]
    public void A_tar_whose_pax_header_claims_a_huge_size_is_one_error()
    {
        var tar = PaxTar("news/depot.txt", "Depot\n\nThe council voted on Tuesday to rebuild the depot."u8.ToArray());
        // The first header is the pax extended-attributes entry ('x'); its size field (12 octal bytes at 124) is set to 8 GB - 1.
        Assert.Equal((byte)'x', tar[156]);
        Encoding.ASCII.GetBytes("77777777777\0").CopyTo(tar, 124);
        FixChecksum(tar, 0);
        var path = _dir.Write("huge-pax.tar", tar);

        var result = Assert.Single(ArticleSource.Read([path]).ToList());

        // TarReader threw InvalidOperationException on it; the header guard now refuses it before TarReader reads it.
        Assert.Equal("tar header at byte 0 declares 8192.0 MB of metadata (limit 1.0 MB); the rest is not read", result.Error);
    }

    [Fact]
    public void Tag_soup_the_html_parser_fails_on_is_an_error_for_the_page()
    {
        // AngleSharp 1.10.3 throws NullReferenceException on this (cut down from a fuzz input of 54 KB).
        var html = "<html><body><p>The pier reopened.</p><select><option><p><td><template></template><pre></td><";

        var result = HtmlArticleReader.Read("soup.html", Encoding.UTF8.GetBytes(html));

        Assert.Equal(IngestResult.Fail("soup.html", "page could not be parsed (the HTML parser failed: NullReferenceException)"), result);
    }

    [Fact]
    public void A_feed_item_whose_html_the_parser_fails_on_is_an_error_for_the_feed()
    {
        var rss = "<rss version=\"2.0\"><channel><title>T</title><item><title>Pier</title><description><![CDATA[<select><option><p><td><template></template><pre></td><]]></description></item></channel></rss>";

        var document = FeedReader.Read("feed.rss", Encoding.UTF8.GetBytes(rss));

        Assert.Equal("an item's HTML could not be parsed (the HTML parser failed: NullReferenceException)", document.Error);
    }

    [Theory]
    [InlineData("2019-11-02\n")]
    [InlineData("2019-11-02")]
    [InlineData("\n2019-11-02\n\n")]
    public void A_text_file_of_only_a_date_line_is_an_error(string text)
    {
        var result = PlainTextArticleReader.Read("dated.txt", Encoding.UTF8.GetBytes(text));

        Assert.True(result.IsWellFormed);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void A_long_meta_content_type_costs_no_more_than_its_size()
    {
        // AngleSharp's encoding meta handler took a substring per character of the content: 9.5 GB for 100 KB.
        var content = "text/html; " + string.Concat(Enumerable.Repeat("cha/html; ", 10_000));
        var html = $"<html><head><meta http-equiv=\"Content-Type\" content=\"{content}\"><title>Pier</title></head><body><article>{Story}</article></body></html>";
        long before = GC.GetAllocatedBytesForCurrentThread();

        var result = HtmlArticleReader.Read("meta.html", Encoding.UTF8.GetBytes(html));

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal("Pier", result.Article?.Title);
        Assert.True(allocated < 64L << 20, $"allocated {allocated >> 20} MB");
    }

    [Fact]
    public void Cleaning_nested_furniture_costs_no_more_than_the_page()
    {
        // Each "comments" box opens inside the last (the <p> is closed by the next <div>); judging every box by scanning
        // its own subtree allocated 185 MB for a 200 KB page of these.
        var html = $"<html><body><article>{Story}</article>" + string.Concat(Enumerable.Repeat("<div class=\"comments\"><p>Great news for the harbour!", 2000)) + "</body></html>";
        using var doc = HtmlPageReader.Parse(html, out var failure) ?? throw new InvalidOperationException(failure);
        long before = GC.GetAllocatedBytesForCurrentThread();

        PageCleaner.Clean(doc.Body!, MainTextExtractor.MaxDepth);

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < 8L << 20, $"allocated {allocated >> 20} MB");
        Assert.Contains("reopened the north pier", doc.Body!.TextContent);
    }

    [Fact]
    public void Folded_warc_header_lines_cost_no_more_than_their_size()
    {
        // 4,000 folded lines (WARC 1.0 §4) under one field: joining them by string concatenation allocated 800 MB.
        var folded = string.Concat(Enumerable.Repeat("\r\n <urn:uuid:00000007-0000-0000-0000-000000000000>", 4000));
        var warc = Encoding.ASCII.GetBytes($"WARC/1.1\r\nWARC-Type: warcinfo\r\nWARC-Record-ID: <urn:uuid:1>{folded}\r\nContent-Length: 0\r\n\r\n\r\n\r\n");
        long before = GC.GetAllocatedBytesForCurrentThread();

        var record = new WarcRecordReader(new MemoryStream(warc), 1 << 20).Next();

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < 16L << 20, $"allocated {allocated >> 20} MB");
        Assert.Equal(4001, record!.Headers["WARC-Record-ID"].Split(' ').Length);
        Assert.Equal("warcinfo", record.Type);
    }

    [Fact]
    public void A_warc_header_section_over_256_kb_is_an_error()
    {
        var folded = string.Concat(Enumerable.Repeat("\r\n <urn:uuid:00000007-0000-0000-0000-000000000000>", 10_000));
        var warc = Encoding.ASCII.GetBytes($"WARC/1.1\r\nWARC-Type: warcinfo\r\nWARC-Record-ID: <urn:uuid:1>{folded}\r\nContent-Length: 0\r\n\r\n\r\n\r\n");

        var result = Assert.Single(WarcArticleReader.Read("crawl.warc", new MemoryStream(warc)).ToList());

        Assert.Equal(IngestResult.Fail("crawl.warc", "record at byte 0 has a header section over 256 KB"), result);
    }

    [Fact]
    public void A_tar_whose_size_field_overflows_is_one_error()
    {
        var tar = UstarTar("news/depot.txt", "Depot\n\nThe council voted on Tuesday to rebuild the depot."u8.ToArray());
        // A base-256 size (POSIX leaves it to GNU tar: high bit set, then big-endian bytes) of 2^95 - 1.
        tar[124] = 0x80;
        tar.AsSpan(125, 11).Fill(0xFF);
        FixChecksum(tar, 0);
        var path = _dir.Write("overflow.tar", tar);

        var result = Assert.Single(ArticleSource.Read([path]).ToList());

        Assert.StartsWith("truncated or corrupt tar archive", result.Error);
    }

    [Fact]
    public void A_tar_pax_header_declaring_a_gigabyte_is_refused_before_it_is_allocated()
    {
        var tar = PaxTar("news/depot.txt", "Depot\n\nThe council voted on Tuesday to rebuild the depot."u8.ToArray());
        // The pax header's size field says 1 GB - 1: TarReader rented a buffer that large before finding the data missing.
        Encoding.ASCII.GetBytes("07777777777\0").CopyTo(tar, 124);
        FixChecksum(tar, 0);
        var path = _dir.Write("gigabyte-pax.tar", tar);
        long before = GC.GetAllocatedBytesForCurrentThread();

        var result = Assert.Single(ArticleSource.Read([path]).ToList());

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal("tar header at byte 0 declares 1024.0 MB of metadata (limit 1.0 MB); the rest is not read", result.Error);
        Assert.True(allocated < 64L << 20, $"allocated {allocated >> 20} MB");
    }

    [Fact]
    public void Pax_and_long_name_headers_of_real_size_are_read()
    {
        var name = "news/" + new string('a', 150) + ".txt";
        var path = _dir.Write("long.tar", PaxTar(name, "Depot\n\nThe council voted on Tuesday to rebuild the depot."u8.ToArray()));

        var result = Assert.Single(ArticleSource.Read([path]).ToList());

        Assert.Equal("Depot", result.Article?.Title);
    }

    [Fact]
    public void The_header_guard_refuses_none_of_the_tars_the_grammar_writes()
    {
        // Valid containers (V7, ustar, pax and GNU; gzipped or not) around any entries: a refusal here would be a false alarm.
        var random = new Random(20261207);
        for (int i = 0; i < 100; i++)
        {
            var tar = Sitrep.Tests.Fuzzing.ArchiveGrammar.Tar.Generate(random);
            var path = _dir.Write($"{i}-{tar.Name}", tar.Bytes);
            var results = ArticleSource.Read([path]).ToList();
            Assert.DoesNotContain(results, r => r.Error?.Contains("of metadata") == true);
        }
    }

    private static byte[] UstarTar(string name, byte[] content)
    {
        using var buffer = new MemoryStream();
        using (var writer = new TarWriter(buffer, TarEntryFormat.Ustar, leaveOpen: true))
            writer.WriteEntry(new UstarTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(content) });
        return buffer.ToArray();
    }

    private static byte[] PaxTar(string name, byte[] content)
    {
        using var buffer = new MemoryStream();
        using (var writer = new TarWriter(buffer, TarEntryFormat.Pax, leaveOpen: true))
        {
            // An extended attribute makes the writer emit the pax header before the entry's own.
            var entry = new PaxTarEntry(TarEntryType.RegularFile, name, new Dictionary<string, string> { ["comment"] = "fuzz" }) { DataStream = new MemoryStream(content) };
            writer.WriteEntry(entry);
        }
        return buffer.ToArray();
    }

    /// <summary>POSIX ustar §10.1.1: the checksum is the byte sum of the 512-byte header with the checksum field read as spaces.</summary>
    private static void FixChecksum(byte[] tar, int header)
    {
        var block = tar.AsSpan(header, 512);
        "        "u8.CopyTo(block[148..]);
        int sum = 0;
        foreach (byte b in block) sum += b;
        Encoding.ASCII.GetBytes(Convert.ToString(sum, 8).PadLeft(6, '0') + "\0 ").CopyTo(tar, header + 148);
    }

    private static byte[] Zip(params (string Name, byte[] Bytes)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries)
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(bytes);
            }
        }
        return buffer.ToArray();
    }
}
