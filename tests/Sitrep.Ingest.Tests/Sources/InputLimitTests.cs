using System.Diagnostics;
using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using Sitrep.Ingest.Archives;
using Sitrep.Ingest.Sources;
using Sitrep.Ingest.Tests.Support;
using Xunit;

namespace Sitrep.Ingest.Tests.Sources;

/// <summary>
/// Limits hold on what is actually read: a symlink's size, a device that never ends, a FIFO that never opens, a .gz
/// cut short or a one-file decompression bomb are each one error naming the input, and the inputs after them are read.
/// </summary>
public sealed class InputLimitTests : IDisposable
{
    private const string TextArticle = "Harbour dredging resumes\n\nDredgers returned to the harbour mouth on Monday after the storm season.";

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>Reads on a worker with a deadline, so a regression that blocks (a FIFO) fails the test instead of hanging the run.</summary>
    private static List<IngestResult> ReadWithin(TimeSpan limit, ArticleSourceOptions? options, params string[] inputs)
    {
        var reading = Task.Run(() => ArticleSource.Read(inputs, options).ToList());
        Assert.True(reading.Wait(limit), $"reading {string.Join(", ", inputs)} did not finish within {limit.TotalSeconds} s");
        return reading.Result;
    }

    private static List<IngestResult> Read(params string[] inputs) => ReadWithin(TimeSpan.FromSeconds(60), null, inputs);

    private string Link(string name, string target)
    {
        var path = _dir.PathOf(name);
        File.CreateSymbolicLink(path, target);
        return path;
    }

    private string Fifo(string name)
    {
        var path = _dir.PathOf(name);
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
        return path;
    }

    private static byte[] Gzip(string text) => WarcBuilder.Gzip(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void A_symlink_to_a_file_over_the_limit_is_refused_by_the_size_of_what_it_leads_to()
    {
        var target = _dir.PathOf("huge.bin");
        using (var fs = new FileStream(target, FileMode.CreateNew)) fs.SetLength(60L * 1024 * 1024); // sparse: no disk used
        var link = Link("story.txt", target);

        Assert.Equal([IngestResult.Fail(link, "file too large: 60.0 MB (limit 16.0 MB)")], Read(link));
    }

    [Fact]
    public void A_device_is_refused_by_type_whether_named_or_linked()
    {
        if (!OperatingSystem.IsLinux()) return;
        var link = Link("zero.txt", "/dev/zero");
        var good = _dir.Write("good.txt", TextArticle);

        var results = Read("/dev/zero", link, good);

        Assert.Equal(IngestResult.Fail("/dev/zero", "a device, not a regular file: not read"), results[0]);
        Assert.Equal(IngestResult.Fail(link, "a device, not a regular file: not read"), results[1]);
        Assert.True(results[2].Succeeded);
    }

    [Fact]
    public void A_fifo_is_refused_by_type_without_being_opened_named_linked_or_in_a_folder()
    {
        if (!OperatingSystem.IsLinux()) return;
        var fifo = Fifo("pipe.txt");
        var link = Link("pipe-link.html", fifo);
        var good = _dir.Write("good.txt", TextArticle);

        var named = ReadWithin(TimeSpan.FromSeconds(20), null, fifo, link);
        var walked = ReadWithin(TimeSpan.FromSeconds(20), null, _dir.Root);

        Assert.Equal([IngestResult.Fail(fifo, "a named pipe (FIFO), not a regular file: not read"),
            IngestResult.Fail(link, "a named pipe (FIFO), not a regular file: not read")], named);
        Assert.Contains(IngestResult.Fail(fifo, "a named pipe (FIFO), not a regular file: not read"), walked);
        Assert.Contains(walked, r => r.Input == good && r.Succeeded);
    }

    [Fact]
    public void The_runtime_still_lets_truncated_gzip_be_detected()
    {
        Assert.True(GzipInput.CanDetectTruncation, "GZipStream internals changed: truncated .gz files would be read as whole");
    }

    [Theory]
    [InlineData("mid-stream")]
    [InlineData("no trailer")]
    [InlineData("half a trailer")]
    [InlineData("header only")]
    [InlineData("empty")]
    public void A_truncated_gzipped_document_is_an_error_not_a_shorter_article(string cut)
    {
        var text = "Harbour dredging resumes\n\n" + string.Join(" ", Enumerable.Range(0, 20_000).Select(i => $"word{i % 997}"));
        var whole = Gzip(text);
        byte[] bytes = cut switch
        {
            "mid-stream" => whole[..(whole.Length / 2)],
            "no trailer" => whole[..^8],
            "half a trailer" => whole[..^4],
            "header only" => whole[..10],
            _ => [],
        };
        var path = _dir.Write("story.txt.gz", bytes);
        var good = _dir.Write("good.txt", TextArticle);

        var results = Read(path, good);

        Assert.Equal(2, results.Count);
        Assert.Equal(path, results[0].Input);
        Assert.StartsWith("truncated gzip", results[0].Error);
        Assert.True(results[1].Succeeded);
    }

    [Fact]
    public void A_complete_multi_member_gzip_reads_whole()
    {
        var path = _dir.Write("story.txt.gz", [.. Gzip("Harbour dredging resumes\n\n"), .. Gzip("Dredgers returned on Monday.")]);

        var result = Read(path).Single();

        Assert.Equal("Dredgers returned on Monday.", result.Article?.Text);
    }

    [Fact]
    public void A_truncated_gzipped_json_lines_file_keeps_the_lines_before_the_cut_and_reports_it()
    {
        var lines = string.Concat(Enumerable.Range(0, 400).Select(i => $"{{\"title\":\"Story {i}\",\"text\":\"Dredging resumed at berth {i} on Monday.\"}}\n"));
        var whole = Gzip(lines);
        var path = _dir.Write("stories.jsonl.gz", whole[..^8]);

        var results = Read(path);

        Assert.Equal(400, results.Count(r => r.Succeeded));
        Assert.Equal(IngestResult.Fail(path, "truncated gzip: the compressed data ends before its end-of-stream marker (an incomplete copy or download?)"), results[^1]);
    }

    [Fact]
    public void A_warc_gz_missing_its_last_trailer_reports_it_after_the_pages_it_holds()
    {
        var warc = new WarcBuilder().Warcinfo()
            .Page("https://example.org/a", "<html><head><title>A</title></head><body><article><p>The harbour dredging resumed on Monday after the storms.</p></article></body></html>")
            .Page("https://example.org/b", "<html><head><title>B</title></head><body><article><p>The ferry timetable returns to normal from the first of May.</p></article></body></html>")
            .BuildGzipPerRecord();
        var path = _dir.Write("crawl.warc.gz", warc[..^8]);

        var results = Read(path);

        Assert.Equal(2, results.Count(r => r.Succeeded));
        Assert.StartsWith("truncated gzip", results[^1].Error);
    }

    [Fact]
    public void A_tar_gz_missing_its_trailer_is_reported()
    {
        using var tar = new MemoryStream();
        using (var writer = new TarWriter(tar, TarEntryFormat.Pax, leaveOpen: true))
        {
            var entry = new PaxTarEntry(TarEntryType.RegularFile, "story.txt") { DataStream = new MemoryStream(Encoding.UTF8.GetBytes(TextArticle)) };
            writer.WriteEntry(entry);
        }
        var whole = WarcBuilder.Gzip(tar.ToArray());
        var path = _dir.Write("stories.tgz", whole[..^8]);

        var results = Read(path);

        Assert.Contains(results, r => r.Error?.Contains("truncated gzip") == true);
    }

    [Fact]
    public void A_single_gz_bomb_is_stopped_by_its_ratio_even_under_a_huge_size_limit()
    {
        using var buffer = new MemoryStream();
        using (var gz = new GZipStream(buffer, CompressionLevel.SmallestSize))
        {
            var zeros = new byte[1024 * 1024];
            for (int i = 0; i < 64; i++) gz.Write(zeros); // 64 MB of zeros in about 64 KB
        }
        var bomb = _dir.Write("bomb.txt.gz", buffer.ToArray());
        var good = _dir.Write("good.txt", TextArticle);

        var results = ReadWithin(TimeSpan.FromSeconds(60), new ArticleSourceOptions(MaxDocumentBytes: 2000L * 1024 * 1024), bomb, good);

        Assert.Equal(IngestResult.Fail(bomb, "compression ratio over 200:1 (a decompression bomb?); the rest of the file is not read"), results[0]);
        Assert.True(results[1].Succeeded);
    }

    [Fact]
    public void A_json_lines_line_over_the_limit_is_skipped_without_being_held_and_the_next_line_is_read()
    {
        var path = _dir.Write("stories.jsonl",
            "{\"title\":\"Long\",\"text\":\"" + new string('x', 4000) + "\"}\n{\"title\":\"Short\",\"text\":\"Dredging resumed.\"}\n");

        var results = ReadWithin(TimeSpan.FromSeconds(20), new ArticleSourceOptions(MaxDocumentBytes: 1024), path);

        Assert.Equal(IngestResult.Fail(path + ":1", "line too large: 3.9 KB (limit 1.0 KB)"), results[0]);
        Assert.Equal("Short", results[1].Article?.Title);
    }
}
