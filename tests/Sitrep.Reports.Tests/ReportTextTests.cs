using Sitrep.Reports.Markdown;
using Sitrep.Reports.Sections;
using Xunit;

namespace Sitrep.Reports.Tests;

public class ReportTextTests
{
    [Theory]
    [InlineData("A.PCLI", "country")]
    [InlineData("A.PCLD", "country")]
    [InlineData("A.ADM1", "province")]
    [InlineData("A.ADM2", "district")]
    [InlineData("P.PPLC", "town")]
    [InlineData("P.PPL", "town")]
    [InlineData("H.STM", "H.STM")]
    public void Place_kind_follows_the_GeoNames_feature_class(string featureClass, string kind)
    {
        Assert.Equal(kind, ReportText.PlaceKind(featureClass));
    }

    [Theory]
    [InlineData("short", 20, "short")]
    [InlineData("  two\n\nlines\there ", 20, "two lines here")]
    [InlineData("the quick brown fox jumps", 12, "the quick…")]
    [InlineData("abcdefghijklmnopqrstuvwxyz", 10, "abcdefghi…")]
    public void Clip_flattens_and_cuts_at_a_word(string text, int max, string expected)
    {
        Assert.Equal(expected, ReportText.Clip(text, max));
    }

    [Theory]
    [InlineData(4000, "4,000")]
    [InlineData(2e12, "2,000,000,000,000")]
    [InlineData(85.5, "85.5")]
    [InlineData(0.25, "0.25")]
    public void Numbers_have_thousands_separators(double value, string expected)
    {
        Assert.Equal(expected, ReportText.Number(value));
    }

    [Theory]
    [InlineData("a | b", @"a \| b")]
    [InlineData("*not bold* _nor_ `code`", @"\*not bold\* \_nor\_ \`code\`")]
    [InlineData("# not a heading", @"\# not a heading")]
    [InlineData("- not a list", @"\- not a list")]
    [InlineData("x - y # z", "x - y # z")]
    [InlineData("<b>[link](x)</b>", @"\<b>\[link\](x)\</b>")]
    public void Markdown_text_escapes_markup(string text, string expected)
    {
        Assert.Equal(expected, MarkdownText.Escape(text));
    }

    [Theory]
    [InlineData("https://news.example/a", "<https://news.example/a>")]
    [InlineData("javascript:alert(1)", "javascript:alert(1)")]
    [InlineData("file:///etc/passwd", "file:///etc/passwd")]
    public void Only_web_addresses_become_links(string url, string expected)
    {
        Assert.Equal(expected, MarkdownText.Link(url));
    }
}
