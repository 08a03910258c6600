using System.Text;
using Sitrep.Articles;
using Sitrep.Ingest.Csv;
using Sitrep.Ingest.Fields;
using Sitrep.Ingest.Sources;
using Sitrep.Ingest.Tests.Support;
using Xunit;

namespace Sitrep.Ingest.Tests.Csv;

public sealed class CsvArticleReaderTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static List<IngestResult> Read(string csv, char separator = ',', FieldMapping? fields = null) =>
        CsvArticleReader.Read("news.csv", new MemoryStream(Encoding.UTF8.GetBytes(csv)), separator, fields).ToList();

    private static FieldMapping Map(string spec)
    {
        Assert.True(FieldMapping.TryParse(spec, out var mapping, out var error), error);
        return mapping;
    }

    [Fact]
    public void Common_header_names_fill_the_article()
    {
        var results = Read("""
            ID,Headline,Body,Publish_Date,Link,Byline,Source,Lang
            7,Ferry resumes,The ferry to the island runs again.,2024-03-14,https://news.example/ferry,Ana Ruiz,Island Post,ES
            """);

        var article = Assert.Single(results).Article!;
        Assert.Equal("news.csv:2", article.Path);
        Assert.Equal("Ferry resumes", article.Title);
        Assert.Equal("The ferry to the island runs again.", article.Text);
        Assert.Equal(new PartialDate(2024, 3, 14), article.Published);
        Assert.Equal("https://news.example/ferry", article.Url);
        Assert.Equal("Ana Ruiz", article.Author);
        Assert.Equal("Island Post", article.Site);
        Assert.Equal("es", article.Language);
    }

    [Fact]
    public void Quoted_fields_hold_separators_quotes_and_line_breaks_and_rows_are_named_by_their_first_line()
    {
        var results = Read("title,text\n\"Pier, north\",\"He said \"\"open\"\".\nIt opened.\"\nMarket,The market hall opened late.\n");

        Assert.Equal(["news.csv:2", "news.csv:4"], results.Select(r => r.Input));
        Assert.Equal("Pier, north", results[0].Article!.Title);
        Assert.Equal("He said \"open\".\nIt opened.", results[0].Article!.Text);
        Assert.Equal("Market", results[1].Article!.Title);
    }

    [Fact]
    public void Bad_rows_are_one_error_each_and_the_rest_continues()
    {
        var results = Read("title,text\nOne,First row.\nTwo,Second,extra field\nThree,\nFour,Fourth row.\nFive,\"never closed\n");

        Assert.Equal(
        [
            ("news.csv:2", "First row.", null),
            ("news.csv:3", null, "wrong number of fields (the header has 2)"),
            ("news.csv:4", null, "no \"text\" field"),
            ("news.csv:5", "Fourth row.", null),
            ("news.csv:6", null, "a quoted field is never closed"),
        ], results.Select(r => (r.Input, r.Article?.Text, r.Error)));
    }

    [Fact]
    public void A_file_without_a_text_column_or_rows_is_one_error()
    {
        Assert.Equal([IngestResult.Fail("news.csv", "no \"text\" column in the header (name, when)")], Read("name,when\nx,y\n"));
        Assert.Equal([IngestResult.Fail("news.csv", "no rows under the header")], Read("title,text\n"));
        Assert.Equal([IngestResult.Fail("news.csv", "empty file")], Read(""));
    }

    [Fact]
    public void A_user_mapping_overrides_the_default_names()
    {
        var csv = "text,story,hed,pubdate\nnot this,The story text.,The headline,2023-05-01\n";

        var article = Assert.Single(Read(csv, fields: Map("text=story, title=hed, date=pubdate"))).Article!;

        Assert.Equal("The story text.", article.Text);
        Assert.Equal("The headline", article.Title);
        Assert.Equal(new PartialDate(2023, 5, 1), article.Published);
        Assert.Equal([IngestResult.Fail("news.csv:2", "no \"story\" field")], Read("story,title\n,x\n", fields: Map("text=story")));
    }

    [Fact]
    public void Tsv_and_gzipped_csv_are_read_through_the_article_source()
    {
        var tsv = _dir.Write("a.tsv", "title\ttext\nTabbed\tA tab-separated row, with a comma.\n");
        var gz = _dir.WriteGzip("b.csv.gz", "title,text\nZipped,A gzipped row.\n");

        var results = ArticleSource.Read([tsv, gz]).ToList();

        Assert.Equal([$"{tsv}:2", $"{gz}:2"], results.Select(r => r.Input));
        Assert.Equal("A tab-separated row, with a comma.", results[0].Article!.Text);
        Assert.Equal("Zipped", results[1].Article!.Title);
    }

    [Fact]
    public void The_mapping_of_the_options_applies_to_json_lines_too()
    {
        var path = _dir.Write("d.jsonl", "{\"hed\":\"Mapped\",\"story\":\"Mapped text.\",\"Text\":\"not this\"}\n");
        var options = new ArticleSourceOptions { Fields = Map("title=hed,text=story") };

        var article = Assert.Single(ArticleSource.Read([path], options)).Article!;

        Assert.Equal(("Mapped", "Mapped text."), (article.Title, article.Text));
    }

    [Fact]
    public void A_row_over_the_size_limit_ends_the_file_with_one_error()
    {
        var csv = "title,text\nOne,First row.\nTwo,\"" + new string('x', 300_000) + "\"\n";

        var results = CsvArticleReader.Read("news.csv", new MemoryStream(Encoding.UTF8.GetBytes(csv)), ',', null, maxRowBytes: 100_000).ToList();

        Assert.Equal("First row.", results[0].Article?.Text);
        Assert.Equal(IngestResult.Fail("news.csv:3", "bad CSV: Record 3 is longer than MaxRecordSize (100000 bytes); the rest of the file is not read"), results[^1]);
    }
}
