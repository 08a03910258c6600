using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using Sitrep.Ingest.Sources;
using Sitrep.Ingest.Tests.Support;
using Xunit;

namespace Sitrep.Ingest.Tests.Archives;

public sealed class ArchiveSourceTests : IDisposable
{
    private const string TextArticle = "Pier reopens\n\nThe pier reopened after repairs.";
    private const string HtmlArticle =
        "<html><head><title>Market hall opens</title></head><body><article><p>The market hall opened late to take the whole catch of the morning boats.</p></article></body></html>";
    private const string JsonLinesArticles = "{\"title\":\"A\",\"text\":\"First.\"}\n{\"title\":\"B\",\"text\":\"Second.\"}\n";
    private const string CsvArticles = "headline,body\nFerry resumes,\"The ferry runs again.\nTwice a day.\"\n";

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static List<IngestResult> Read(string path, ArticleSourceOptions? options = null) => ArticleSource.Read([path], options).ToList();

    private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    private static byte[] Zip(params (string Name, byte[] Bytes)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                stream.Write(bytes);
            }
        }
        return buffer.ToArray();
    }

    private static byte[] Tar(params (string Name, byte[] Bytes)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var tar = new TarWriter(buffer, TarEntryFormat.Pax, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries)
                tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(bytes) });
        }
        return buffer.ToArray();
    }

    private static readonly (string, byte[])[] Mixed =
    [
        ("news/pier.txt", Utf8(TextArticle)),
        ("news/market.html", Utf8(HtmlArticle)),
        ("dump.jsonl", Utf8(JsonLinesArticles)),
        ("rows.csv", Utf8(CsvArticles)),
        ("images/logo.png", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]),
        ("__MACOSX/news/._pier.txt", [0x00, 0x05, 0x16, 0x07]),
        ("news/.draft.txt", Utf8(TextArticle)),
        ("README.md", Utf8("About these files\n\nThey are test articles.")),
    ];

    private static readonly string[] MixedInputs =
        ["news/pier.txt", "news/market.html", "dump.jsonl:1", "dump.jsonl:2", "rows.csv:2"];

    [Theory]
    [InlineData("news.zip")]
    [InlineData("news.tar")]
    [InlineData("news.tar.gz")]
    [InlineData("news.tgz")]
    public void Each_entry_is_read_like_a_file_of_its_name(string archiveName)
    {
        var bytes = archiveName.EndsWith(".zip") ? Zip(Mixed) : Tar(Mixed);
        if (archiveName.EndsWith("gz")) bytes = WarcBuilder.Gzip(bytes);
        var path = _dir.Write(archiveName, bytes);

        var results = Read(path);

        Assert.All(results, r => Assert.True(r.Succeeded, r.Error));
        Assert.Equal(MixedInputs.Select(i => $"{path}!/{i}"), results.Select(r => r.Input));
        Assert.Equal(["Pier reopens", "Market hall opens", "A", "B", "Ferry resumes"], results.Select(r => r.Article!.Title));
        Assert.Equal("The ferry runs again.\nTwice a day.", results[4].Article!.Text);
    }

    [Fact]
    public void Archives_found_in_a_folder_are_read()
    {
        _dir.Write("in/a.zip", Zip(("one.txt", Utf8(TextArticle))));
        _dir.Write("in/b.txt", Utf8(TextArticle));

        Assert.Equal([$"{_dir.PathOf("in/a.zip")}!/one.txt", _dir.PathOf("in/b.txt")], Read(_dir.PathOf("in")).Select(r => r.Input));
    }

    [Fact]
    public void Hostile_entry_names_are_shown_tidied_inside_the_archive()
    {
        var path = _dir.Write("evil.zip", Zip(("../../etc/passwd.txt", Utf8(TextArticle)), ("/abs/x.txt", Utf8(TextArticle)),
            ("a/./b/../c\u001b[31m.txt", Utf8(TextArticle))));

        Assert.Equal([$"{path}!/etc/passwd.txt", $"{path}!/abs/x.txt", $"{path}!/a/c?[31m.txt"], Read(path).Select(r => r.Input));
    }

    [Fact]
    public void A_truncated_zip_is_one_error_for_the_archive()
    {
        var zip = Zip(Mixed);
        var path = _dir.Write("cut.zip", zip[..(zip.Length / 2)]);

        var result = Assert.Single(Read(path));

        Assert.Equal(path, result.Input);
        Assert.StartsWith("not a readable zip archive (truncated or corrupt)", result.Error);
    }

    [Fact]
    public void A_corrupt_zip_entry_is_one_error_and_the_other_entries_are_read()
    {
        var story = Utf8("Harbour log\n\n" + string.Concat(Enumerable.Range(0, 300).Select(i => $"Boat {i} came in at dawn with a full hold.\n")));
        var zip = Zip(("log.txt", story), ("pier.txt", Utf8(TextArticle)));
        // The first entry's data starts after its 30-byte local header and its name; damage the middle of it.
        zip[30 + "log.txt".Length + 40] ^= 0xFF;
        var path = _dir.Write("damaged.zip", zip);

        var results = Read(path);

        Assert.Equal($"{path}!/log.txt", results[0].Input);
        Assert.StartsWith("corrupt zip entry: ", results[0].Error);
        Assert.Equal("Pier reopens", results[1].Article?.Title);
    }

    [Fact]
    public void A_truncated_tar_gz_keeps_the_entries_read_before_the_cut()
    {
        var filler = Utf8(string.Concat(Enumerable.Range(0, 4000).Select(i => $"Line {i} of the harbour log, written by hand.\n")));
        var gz = WarcBuilder.Gzip(Tar(("first.txt", Utf8(TextArticle)), ("log.txt", [.. Utf8("Harbour log\n\n"), .. filler])));
        var path = _dir.Write("cut.tar.gz", gz[..(gz.Length * 2 / 3)]);

        var results = Read(path);

        Assert.Equal(2, results.Count);
        Assert.Equal("Pier reopens", results[0].Article?.Title);
        Assert.Equal($"{path}!/log.txt", results[1].Input);
        Assert.StartsWith("truncated", results[1].Error);
    }

    [Fact]
    public void A_zip_bomb_entry_is_refused_by_its_ratio_and_the_other_entries_are_read()
    {
        var path = _dir.Write("bomb.zip", Zip(("zeros.txt", new byte[8 * 1024 * 1024]), ("pier.txt", Utf8(TextArticle))));

        var results = Read(path);

        Assert.Equal($"{path}!/zeros.txt", results[0].Input);
        Assert.Matches(@"^compression ratio [\d,]+:1 is over 200:1 \(a zip bomb\?\)$", results[0].Error);
        Assert.Equal("Pier reopens", results[1].Article?.Title);
    }

    [Fact]
    public void A_gzip_bomb_in_a_tar_gz_is_stopped_while_decompressing_and_names_the_entry()
    {
        var path = _dir.Write("bomb.tar.gz", WarcBuilder.Gzip(Tar(("pier.txt", Utf8(TextArticle)), ("zeros.txt", new byte[12 * 1024 * 1024])), CompressionLevel.SmallestSize));

        var results = Read(path);

        Assert.Equal("Pier reopens", results[0].Article?.Title);
        Assert.Equal(IngestResult.Fail($"{path}!/zeros.txt", "compression ratio over 200:1 (a decompression bomb?); the rest of the archive is not read"), results[1]);
        Assert.Equal(2, results.Count);
    }

    [Fact]
    public void A_gzipped_page_that_decompresses_past_the_limit_is_refused()
    {
        var path = _dir.Write("bomb.html.gz", WarcBuilder.Gzip(new byte[2 * 1024 * 1024]));

        Assert.Equal([IngestResult.Fail(path, "file too large: over 1.0 MB decompressed (limit 1.0 MB)")], Read(path, new ArticleSourceOptions(1024 * 1024)));
    }

    [Fact]
    public void Entries_over_the_document_limit_are_refused_one_by_one()
    {
        var big = Utf8("Big\n\n" + new string('x', 3000));
        var path = _dir.Write("big.tar", Tar(("big.txt", big), ("pier.txt", Utf8(TextArticle))));

        var results = Read(path, new ArticleSourceOptions(2048));

        Assert.Equal(IngestResult.Fail($"{path}!/big.txt", "entry too large: 2.9 KB decompressed (limit 2.0 KB)"), results[0]);
        Assert.Equal("Pier reopens", results[1].Article?.Title);
    }

    [Fact]
    public void The_entry_count_and_total_size_are_capped()
    {
        var entries = Enumerable.Range(1, 5).Select(i => ($"{i}.txt", Utf8(TextArticle))).ToArray();
        var path = _dir.Write("many.zip", Zip(entries));

        var counted = Read(path, new ArticleSourceOptions { MaxArchiveEntries = 3 });
        var sized = Read(path, new ArticleSourceOptions { MaxArchiveBytes = 100 });

        Assert.Equal(4, counted.Count);
        Assert.Equal(IngestResult.Fail(path, "more than 3 entries; the rest are not read"), counted[3]);
        Assert.Equal(3, sized.Count);
        Assert.Equal(IngestResult.Fail($"{path}!/3.txt", "archive decompresses to over 100 bytes (limit); the rest is not read"), sized[2]);
    }

    [Fact]
    public void An_archive_in_an_archive_and_an_archive_without_articles_are_reported()
    {
        var inner = Zip(("pier.txt", Utf8(TextArticle)));
        var nested = _dir.Write("nested.zip", Zip(("inner.zip", inner), ("pier.txt", Utf8(TextArticle))));
        var images = _dir.Write("images.tar", Tar(("a.png", [0x89, 0x50, 0x00])));

        var results = Read(nested);

        Assert.Equal(IngestResult.Fail($"{nested}!/inner.zip", "archive inside an archive is not read"), results[0]);
        Assert.True(results[1].Succeeded);
        Assert.Equal([IngestResult.Fail(images, "no article files in archive")], Read(images));
    }

    [Fact]
    public void Bytes_that_are_not_an_archive_are_one_error()
    {
        var zip = _dir.Write("fake.zip", Utf8("not a zip at all"));
        var tgz = _dir.Write("fake.tgz", Utf8("not gzip either"));

        Assert.StartsWith("not a readable zip archive", Assert.Single(Read(zip)).Error);
        Assert.StartsWith("truncated or corrupt archive", Assert.Single(Read(tgz)).Error);
    }
}
