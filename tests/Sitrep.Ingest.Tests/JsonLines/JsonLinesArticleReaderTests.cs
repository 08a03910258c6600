using System.Text;
using Sitrep.Articles;
using Sitrep.Ingest.JsonLines;
using Sitrep.Ingest.Sources;
using Xunit;

namespace Sitrep.Ingest.Tests.JsonLines;

public class JsonLinesArticleReaderTests
{
    private static List<IngestResult> Read(string content) =>
        JsonLinesArticleReader.Read("dump.jsonl", new MemoryStream(Encoding.UTF8.GetBytes(content))).ToList();

    [Fact]
    public void Each_line_becomes_an_article_named_by_file_and_line()
    {
        var results = Read("""
            {"title":"Dam inspection","text":"Engineers inspected the dam.\n\nNo cracks were found.","published":"2020-04-02","url":"https://x.example/1","site":"Valley News","author":"Rin Sato","language":"FR"}
            {"title":"Second","text":"Another short report."}
            """);

        Assert.Equal(
            [
                IngestResult.Ok("dump.jsonl:1", Article.Create("Dam inspection", "Engineers inspected the dam.\n\nNo cracks were found.",
                    new PartialDate(2020, 4, 2), path: "dump.jsonl:1", url: "https://x.example/1", site: "Valley News", author: "Rin Sato", language: "fr")),
                IngestResult.Ok("dump.jsonl:2", Article.Create("Second", "Another short report.", path: "dump.jsonl:2")),
            ],
            results);
    }

    [Theory]
    [InlineData("\"2021\"", "2021")]
    [InlineData("2021", "2021")]
    [InlineData("\"2021-07\"", "2021-07")]
    [InlineData("\"2021-07-22\"", "2021-07-22")]
    [InlineData("\"2021-07-22T23:10:00Z\"", "2021-07-22")]
    [InlineData("\"yesterday\"", null)]
    [InlineData("null", null)]
    public void Published_accepts_partial_dates_and_timestamps(string json, string? expected)
    {
        var result = Read($$"""{"title":"T","text":"Body.","published":{{json}}}""").Single();

        Assert.Equal(expected, result.Article?.Published?.ToString());
    }

    [Fact]
    public void A_truncated_line_is_an_error_naming_file_and_line_and_reading_goes_on()
    {
        var results = Read("{\"title\":\"A\",\"text\":\"One.\"}\n{\"title\":\"B\",\"text\":\"Tw\n{\"title\":\"C\",\"text\":\"Three.\"}\n");

        Assert.Equal(3, results.Count);
        Assert.Equal(IngestResult.Fail("dump.jsonl:2", "invalid JSON: line ends before the JSON value is complete (truncated?)"), results[1]);
        Assert.Equal("Three.", results[2].Article?.Text);
    }

    [Theory]
    [InlineData("{\"title\":\"A\" \"text\":\"x\"}", "invalid JSON: unexpected character at byte 14 of the line")]
    [InlineData("[1, 2]", "invalid JSON: a line must hold one object")]
    [InlineData("{\"title\":\"A\"}", "no \"text\" field")]
    [InlineData("{\"title\":\"A\",\"text\":42}", "no \"text\" field")]
    [InlineData("{\"title\":\"A\",\"text\":\"  \"}", "no \"text\" field")]
    [InlineData("{\"title\":\"A\",\"text\":\"Leave a Reply\"}", "empty \"text\" field")]
    public void Bad_lines_fail_with_a_reason(string line, string expectedError)
    {
        Assert.Equal([IngestResult.Fail("dump.jsonl:1", expectedError)], Read(line));
    }

    [Fact]
    public void Blank_lines_are_skipped_but_still_counted()
    {
        var results = Read("\n  \n{\"title\":\"A\",\"text\":\"One.\"}\r\n\r\n{\"title\":\"B\",\"text\":\"Two.\"}");

        Assert.Equal(["dump.jsonl:3", "dump.jsonl:5"], results.Select(r => r.Input));
        Assert.All(results, r => Assert.True(r.Succeeded));
    }

    [Fact]
    public void A_file_with_no_lines_is_reported_as_empty()
    {
        Assert.Equal([IngestResult.Fail("dump.jsonl", "empty file")], Read("\n \n"));
    }

    [Fact]
    public void Text_gets_the_body_cleanup_and_a_missing_title_comes_from_the_first_line()
    {
        var text = "Flood barriers were raised overnight.\\n\\nThe river peaked at dawn.\\n\\nNoor Haddad\\n\\n\\nKai said...\\n\\nStay safe everyone!";

        var article = Read($$"""{"text":"{{text}}"}""").Single().Article!;

        Assert.Equal("Flood barriers were raised overnight.", article.Title);
        Assert.Equal("Flood barriers were raised overnight.\n\nThe river peaked at dawn.", article.Text);
        Assert.Equal("Noor Haddad", article.Author);
    }

    [Fact]
    public void Results_stream_one_line_at_a_time()
    {
        var stream = new MemoryStream(Encoding.UTF8.GetBytes("{\"text\":\"One.\"}\n{\"text\":\"Two.\"}\n"));

        using var e = JsonLinesArticleReader.Read("dump.jsonl", stream).GetEnumerator();
        Assert.True(e.MoveNext());

        Assert.Equal("One.", e.Current.Article?.Text);
        Assert.True(stream.CanRead); // the caller's stream is not closed by the reader
    }
}
