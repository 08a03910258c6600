using System.Text;
using Sitrep.Ingest.Sources;
using Sitrep.Ingest.Tests.Support;
using Xunit;

namespace Sitrep.Ingest.Tests.Sources;

public sealed class ArticleSourceTests : IDisposable
{
    private const string TextArticle = "Pier reopens\n\nThe pier reopened after repairs.";
    private const string HtmlArticle =
        "<html><head><title>Pier reopens</title></head><body><article><p>The pier reopened after repairs that took the whole winter.</p></article></body></html>";
    private const string JsonLinesArticles = "{\"title\":\"A\",\"text\":\"First.\"}\n{\"title\":\"B\",\"text\":\"Second.\"}\n";

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static List<IngestResult> Read(params string[] inputs) => ArticleSource.Read(inputs).ToList();

    private string Rel(string path) => Path.GetRelativePath(_dir.Root, path).Replace('\\', '/');

    [Fact]
    public void A_folder_is_walked_recursively_in_ordinal_order_skipping_hidden_and_binary_files()
    {
        _dir.Write("b.txt", TextArticle);
        _dir.Write("a/page.html", HtmlArticle);
        _dir.Write("a/z/deep.md", TextArticle);
        _dir.Write("a/dump.jsonl", JsonLinesArticles);
        _dir.Write("Notes", TextArticle);
        _dir.Write(".hidden.txt", TextArticle);
        _dir.Write(".git/config.txt", TextArticle);
        _dir.Write("photo.jpg", [0xFF, 0xD8, 0xFF, 0x00, 0x10]);

        var results = Read(_dir.Root);

        Assert.Equal(["Notes", "a/dump.jsonl:1", "a/dump.jsonl:2", "a/page.html", "a/z/deep.md", "b.txt"], results.Select(r => Rel(r.Input)));
        Assert.All(results, r => Assert.True(r.Succeeded, r.Error));
    }

    [Fact]
    public void Globs_match_within_a_folder_and_across_folders()
    {
        _dir.Write("x1.txt", TextArticle);
        _dir.Write("x22.txt", TextArticle);
        _dir.Write("sub/x3.txt", TextArticle);
        _dir.Write("sub/deeper/x4.txt", TextArticle);
        _dir.Write("sub/x5.html", HtmlArticle);

        Assert.Equal(["x1.txt", "x22.txt"], Read(_dir.PathOf("*.txt")).Select(r => Rel(r.Input)));
        Assert.Equal(["x1.txt"], Read(_dir.PathOf("x?.txt")).Select(r => Rel(r.Input)));
        Assert.Equal(["sub/deeper/x4.txt", "sub/x3.txt", "x1.txt", "x22.txt"], Read(_dir.PathOf("**/*.txt")).Select(r => Rel(r.Input)));
        Assert.Equal(["sub/x3.txt", "sub/x5.html"], Read(_dir.PathOf("sub/*")).Select(r => Rel(r.Input)));
    }

    [Fact]
    public void A_relative_glob_is_resolved_against_the_current_directory()
    {
        _dir.Write("rel/one.txt", TextArticle);
        var previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = _dir.Root;
        try
        {
            Assert.Equal(["rel/one.txt"], Read("rel/*.txt").Select(r => r.Input));
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }
    }

    [Fact]
    public void Inputs_that_lead_nowhere_fail_with_the_input_named()
    {
        Directory.CreateDirectory(_dir.PathOf("empty/.git"));
        _dir.Write("empty/.git/HEAD.txt", "ref");
        _dir.Write("only-images/pic.png", [0x89, 0x50, 0x4E, 0x47, 0x00]);
        var missing = _dir.PathOf("nope.txt");
        var noMatch = _dir.PathOf("*.nothing");

        Assert.Equal(
            [
                IngestResult.Fail(missing, "no such file or directory"),
                IngestResult.Fail(noMatch, "no files match"),
                IngestResult.Fail(_dir.PathOf("empty"), "no article files in directory"),
                IngestResult.Fail(_dir.PathOf("only-images"), "no article files in directory"),
            ],
            Read(missing, noMatch, _dir.PathOf("empty"), _dir.PathOf("only-images")));
    }

    [Theory]
    [InlineData("blob.bin", new byte[] { 0x01, 0x00, 0x02 }, "binary file, not an article (unknown format)")]
    [InlineData("empty.txt", new byte[] { }, "empty file")]
    [InlineData("latin1.txt", new byte[] { 0x54, 0x0A, 0x0A, 0x63, 0x61, 0x66, 0xE9 }, "not valid UTF-8 (first bad byte at offset 6)")]
    [InlineData("blank.html", new byte[] { 0x20, 0x0A }, "empty file")]
    [InlineData("bad.txt.gz", new byte[] { 0x68, 0x65, 0x6C, 0x6C, 0x6F, 0x0A, 0x77, 0x6F, 0x72, 0x6C, 0x64 }, "not a valid gzip file")]
    [InlineData("data.bin.gz", new byte[] { 0x1F, 0x8B }, "compressed file of unknown format")]
    public void A_named_file_that_is_not_an_article_fails_with_a_reason(string name, byte[] bytes, string expectedError)
    {
        var path = _dir.Write(name, bytes);

        Assert.Equal([IngestResult.Fail(path, expectedError)], Read(path));
    }

    [Fact]
    public void A_named_file_of_unknown_extension_that_is_text_is_read_as_plain_text()
    {
        var path = _dir.Write("story.log", TextArticle);

        Assert.Equal("The pier reopened after repairs.", Read(path).Single().Article?.Text);
    }

    [Fact]
    public void A_document_over_the_limit_is_refused_without_being_read()
    {
        var path = _dir.PathOf("huge.txt");
        using (var fs = new FileStream(path, FileMode.CreateNew)) fs.SetLength(50L * 1024 * 1024); // sparse: no disk used

        Assert.Equal([IngestResult.Fail(path, "file too large: 50.0 MB (limit 16.0 MB)")], Read(path));
    }

    [Fact]
    public void Gzipped_files_are_decompressed_by_their_inner_extension()
    {
        var txt = _dir.WriteGzip("a.txt.gz", TextArticle);
        var html = _dir.WriteGzip("b.html.gz", HtmlArticle);
        var jsonl = _dir.WriteGzip("c.jsonl.gz", JsonLinesArticles);

        var results = Read(txt, html, jsonl);

        Assert.Equal([txt, html, jsonl + ":1", jsonl + ":2"], results.Select(r => r.Input));
        Assert.Equal(["Pier reopens", "Pier reopens", "A", "B"], results.Select(r => r.Article?.Title));
    }

    [Fact]
    public void A_gzipped_document_over_the_limit_once_decompressed_is_refused()
    {
        var path = _dir.WriteGzip("bomb.txt.gz", "Title\n\n" + new string('x', 5000));

        var results = ArticleSource.Read([path], new ArticleSourceOptions(MaxDocumentBytes: 1024)).ToList();

        Assert.Equal([IngestResult.Fail(path, "file too large: over 1.0 KB decompressed (limit 1.0 KB)")], results);
    }

    [Fact]
    public void A_bad_file_does_not_stop_the_ones_after_it()
    {
        var good = _dir.Write("good.txt", TextArticle);

        var results = Read(_dir.PathOf("missing.txt"), good);

        Assert.Equal([false, true], results.Select(r => r.Succeeded));
    }

    [Fact]
    public void Results_are_produced_lazily()
    {
        var path = _dir.Write("a.jsonl", JsonLinesArticles);

        using var results = ArticleSource.Read([path]).GetEnumerator();
        Assert.True(results.MoveNext());
        File.AppendAllText(path, "{\"title\":\"C\",\"text\":\"Third.\"}\n"); // written after reading began

        var rest = new List<IngestResult>();
        while (results.MoveNext()) rest.Add(results.Current);
        Assert.Equal(["B", "C"], rest.Select(r => r.Article?.Title));
    }

    [Fact]
    public void A_walk_skips_the_folders_own_documentation_but_a_named_file_is_read()
    {
        _dir.Write("story.txt", TextArticle);
        _dir.Write("README.md", "# About these files\n\nThey are samples.");
        _dir.Write("sub/LICENSE", "Permission is granted to read.\n\nNo warranty.");
        Assert.Equal(["story.txt"], Read(_dir.Root).Select(r => Rel(r.Input)));
        Assert.True(Read(Path.Combine(_dir.Root, "README.md")).Single().Succeeded);
    }
}
