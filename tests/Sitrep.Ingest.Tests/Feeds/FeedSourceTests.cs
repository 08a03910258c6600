using Sitrep.Ingest.Sources;
using Sitrep.Ingest.Tests.Support;
using Sitrep.Tests.Support;
using Xunit;

namespace Sitrep.Ingest.Tests.Feeds;

/// <summary>Feeds and sitemaps among other inputs: how they are recognised, and what reading them gives.</summary>
public sealed class FeedSourceTests : IDisposable
{
    private const string Rss = """
        <?xml version="1.0"?>
        <rss version="2.0"><channel><title>Gazette</title>
          <item><title>One</title><description>First story.</description></item>
          <item><title>Two</title><description>Second story.</description></item>
        </channel></rss>
        """;

    private const string JsonFeed = """
        {"version": "https://jsonfeed.org/version/1", "title": "Log", "items": [{"id": "1", "title": "Ice", "content_text": "Ice formed."}]}
        """;

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static List<IngestResult> Read(params string[] inputs) => ArticleSource.Read(inputs).ToList();

    [Fact]
    public void Items_without_text_are_one_note_after_the_articles()
    {
        var path = _dir.Write("mixed.rss", """
            <?xml version="1.0"?>
            <rss version="2.0"><channel><title>Gazette</title>
              <item><title>One</title><description>First story.</description></item>
              <item><title>Photo</title><link>https://gazette.example/p1</link></item>
              <item><title>Video</title><description>   </description></item>
            </channel></rss>
            """);

        var results = Read(path);

        Assert.Equal(2, results.Count);
        Assert.Equal("One", results[0].Article!.Title);
        Assert.Equal(("2 items skipped (no text)", (string?)null), (results[1].Note, results[1].Error));
        Assert.All(results, r => Assert.True(r.IsWellFormed));
    }

    [Theory]
    [InlineData("news.rss")]
    [InlineData("news.atom")]
    [InlineData("news.xml")]
    public void An_rss_file_gives_one_result_per_item(string name)
    {
        var path = _dir.Write(name, Rss);

        var results = Read(path);

        Assert.Equal(["One", "Two"], results.Select(r => r.Article!.Title));
        Assert.All(results, r => Assert.Equal(path, r.Input));
    }

    [Fact]
    public void A_json_feed_and_a_gzipped_feed_are_recognised_by_content()
    {
        var json = _dir.Write("log.json", JsonFeed);
        var gz = _dir.WriteGzip("news.xml.gz", Rss);

        var results = Read(json, gz);

        Assert.Equal(["Ice", "One", "Two"], results.Select(r => r.Article!.Title));
    }

    [Fact]
    public void A_json_feed_with_escaped_slashes_is_recognised()
    {
        var path = _dir.Write("log.json", JsonFeed.Replace("https://jsonfeed.org/version/1", "https:\\/\\/jsonfeed.org\\/version\\/1"));

        Assert.Equal("Ice", Assert.Single(Read(path)).Article!.Title);
    }

    [Fact]
    public void Xml_and_json_files_that_are_not_feeds_are_read_as_before()
    {
        var xml = _dir.Write("notes.xml", "<notes>Pier reopens</notes>\n\nThe pier reopened after repairs.");
        var json = _dir.Write("data.json", "{\"title\": \"Pier\"}\n\nThe pier reopened after repairs.");

        var results = Read(xml, json);

        Assert.All(results, r => Assert.True(r.Succeeded, r.Error));
    }

    [Fact]
    public void A_sitemap_is_one_error_line_saying_how_many_urls_it_lists()
    {
        var path = _dir.Write("sitemap.xml", """
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <url><loc>https://example.org/a</loc></url><url><loc>https://example.org/b</loc></url>
            </urlset>
            """);

        var result = Assert.Single(Read(path));

        Assert.Equal(path, result.Input);
        Assert.Equal("sitemap: 2 URLs (its pages are fetched only by the sitrep command)", result.Error);
    }

    [Fact]
    public void A_truncated_feed_is_one_error_naming_it_and_the_other_inputs_are_read()
    {
        var bad = _dir.Write("a.rss", Rss[..(Rss.Length / 2)]);
        var good = _dir.Write("b.rss", Rss);

        var results = Read(bad, good);

        Assert.Equal(3, results.Count);
        Assert.Equal(bad, results[0].Input);
        Assert.StartsWith("XML ends before the document is complete (truncated?)", results[0].Error);
        Assert.All(results.Skip(1), r => Assert.True(r.Succeeded));
    }

    [Fact]
    public void A_feed_whose_items_have_no_text_is_one_error()
    {
        var path = _dir.Write("empty.rss", "<rss version=\"2.0\"><channel><title>T</title><item><title>Only</title></item></channel></rss>");

        Assert.Equal("feed has 1 item, none with text", Assert.Single(Read(path)).Error);
    }

    [SharedDataFact(SharedData.FeedRsFolder)]
    public void Every_shared_feed_file_yields_articles_or_one_clear_error()
    {
        var folder = SharedData.Find(SharedData.FeedRsFolder)!;

        foreach (var file in Directory.GetFiles(folder).Order(StringComparer.Ordinal))
        {
            var results = Read(file);
            Assert.NotEmpty(results);
            if (results.Any(r => !r.Succeeded))
            {
                var error = Assert.Single(results);
                Assert.False(string.IsNullOrWhiteSpace(error.Error), file);
            }
            else
            {
                Assert.All(results, r => Assert.False(string.IsNullOrWhiteSpace(r.Article!.Text), file));
            }
        }
    }
}
