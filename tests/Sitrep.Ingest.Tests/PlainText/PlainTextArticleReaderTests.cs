using System.Text;
using Sitrep.Articles;
using Sitrep.Ingest.Language;
using Sitrep.Ingest.PlainText;
using Xunit;

namespace Sitrep.Ingest.Tests.PlainText;

public class PlainTextArticleReaderTests
{
    private const string Sample = "2 March 2024\n\nNew bridge opens\n\nThe bridge opened to traffic at noon.\n\nLeo Brandt\n\nRelated Articles";

    [Fact]
    public void Reads_a_clean_article_with_date_and_author()
    {
        var result = PlainTextArticleReader.Read("in/bridge.txt", Encoding.UTF8.GetBytes(Sample));

        var article = Assert.IsType<Article>(result.Article);
        Assert.Equal("in/bridge.txt", result.Input);
        Assert.Equal(
            ArticleLanguage.Settle(Article.Create("New bridge opens", "The bridge opened to traffic at noon.", new PartialDate(2024, 3, 2),
                path: "in/bridge.txt", author: "Leo Brandt")),
            article);
    }

    public static TheoryData<string, byte[]> Encodings => new()
    {
        { "utf-8 with BOM", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Sample)] },
        { "utf-16 LE with BOM", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Sample)] },
        { "utf-16 BE with BOM", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Sample)] },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Decodes_unicode_with_a_byte_order_mark(string _, byte[] bytes)
    {
        var result = PlainTextArticleReader.Read("a.txt", bytes);

        Assert.Equal("New bridge opens", result.Article?.Title);
        Assert.Equal("The bridge opened to traffic at noon.", result.Article?.Text);
    }

    [Theory]
    [InlineData(new byte[] { 0x48, 0x69, 0x0A, 0x0A, 0x63, 0x61, 0x66, 0xE9, 0x0A }, "not valid UTF-8 (first bad byte at offset 7)")]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x41, 0x0A, 0x0A, 0xFF }, "not valid UTF-8 (first bad byte at offset 6)")]
    [InlineData(new byte[] { 0x41, 0x0A, 0x0A, 0x42, 0xE2, 0x82 }, "not valid UTF-8 (first bad byte at offset 4)")]
    [InlineData(new byte[] { }, "empty file")]
    [InlineData(new byte[] { 0x20, 0x0A, 0x09, 0x0D, 0x0A }, "empty file")]
    [InlineData(new byte[] { 0x4F, 0x6E, 0x6C, 0x79, 0x0A, 0x0A }, "no article text after the title")]
    public void Bad_input_fails_with_a_clear_reason(byte[] bytes, string expectedError)
    {
        var result = PlainTextArticleReader.Read("x.txt", bytes);

        Assert.Equal(IngestResultFail("x.txt", expectedError), result);
    }

    [Fact]
    public void A_title_with_only_junk_under_it_has_no_article_text()
    {
        var result = PlainTextArticleReader.Read("x.txt", Encoding.UTF8.GetBytes("Title\n\nLeave a Reply\n\nYour email address will not be published."));

        Assert.Equal("no article text after the title", result.Error);
    }

    private static Sitrep.Ingest.Sources.IngestResult IngestResultFail(string input, string reason) =>
        Sitrep.Ingest.Sources.IngestResult.Fail(input, reason);
}
