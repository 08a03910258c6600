using System.Net;
using System.Text.RegularExpressions;
using Sitrep.News.Mentions;
using Sitrep.News.Times;
using Xunit;
using Sitrep.News.Documents;

namespace Sitrep.Reports.Tests;

public partial class HtmlReportTests
{
    private static readonly string Page = HtmlReport.Render(SampleSituation.Create());

    [GeneratedRegex("""<div class="article-text">(.*?)</div>""", RegexOptions.Singleline)]
    private static partial Regex ArticleText();

    [GeneratedRegex("""(?:src|href)\s*=\s*["']?([^"'\s>]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex Reference();

    [GeneratedRegex("""<(/?)([a-z]+)[^>]*>""")]
    private static partial Regex Tag();

    [Theory]
    [InlineData("<!DOCTYPE html>\n<html lang=\"en\">")]
    [InlineData("<meta charset=\"utf-8\">")]
    [InlineData("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")]
    [InlineData("<title>Situation report</title>")]
    [InlineData("@media (prefers-color-scheme: dark)")]
    [InlineData("@media print")]
    [InlineData("position: sticky")]
    [InlineData("overflow-x: auto")]
    [InlineData("font: 16px/1.5 system-ui")]
    public void Page_is_a_responsive_self_styled_document(string expected)
    {
        Assert.Contains(expected, Page);
    }

    [Fact]
    public void Page_loads_nothing_from_elsewhere()
    {
        Assert.DoesNotContain("url(", Page);
        Assert.DoesNotContain("@import", Page);
        Assert.DoesNotContain("<link", Page);
        var external = Reference().Matches(Page).Select(m => m.Groups[1].Value).Where(v => !v.StartsWith('#')).ToList();
        // The only address that is not an anchor in the page is the article's own URL, shown as a link.
        Assert.Equal(["https://news.example/lendport-bridge"], external);
        Assert.Contains("<a href=\"https://news.example/lendport-bridge\">https://news.example/lendport-bridge</a>", Page);
    }

    [Fact]
    public void Nav_links_to_every_section_present()
    {
        foreach (var id in new[] { "disagreements", "timeline", "quotes", "actors", "places", "numbers", "articles" })
        {
            Assert.Contains($"<a href=\"#{id}\">", Page);
            Assert.Contains($"<section id=\"{id}\">", Page);
        }
        var noQuotes = HtmlReport.Render(SampleSituation.Build([SampleSituation.BridgeAnalysis with { Quotes = [] }], []));
        Assert.DoesNotContain("#quotes", noQuotes);
        Assert.DoesNotContain("Who said what", noQuotes);
    }

    [Fact]
    public void Article_text_with_markup_stays_inert()
    {
        Assert.DoesNotContain("<script>alert", Page);
        Assert.Contains("Lendport | repairs &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; may slip", Page);
        Assert.Single(Regex.Matches(Page, "<script"));
    }

    [Fact]
    public void Only_web_addresses_become_links()
    {
        var article = SampleSituation.BridgeAnalysis with { Article = SampleSituation.Bridge with { Url = "javascript:alert(1)" } };
        var page = HtmlReport.Render(SampleSituation.Build([article], []));
        Assert.DoesNotContain("href=\"javascript", page);
        Assert.Contains("javascript:alert(1)", page);
    }

    [Fact]
    public void Every_author_is_named_and_the_lead_image_is_a_link_not_a_fetch()
    {
        var article = SampleSituation.BridgeAnalysis with
        {
            Article = SampleSituation.Bridge with { Author = "Jane Doe", Authors = ["Jane Doe", "Sam Roe"], Image = "https://img.example/bridge.jpg" },
        };
        var page = HtmlReport.Render(SampleSituation.Build([article], []));
        Assert.Contains("Jane Doe, Sam Roe", page);
        Assert.Contains("<a href=\"https://img.example/bridge.jpg\">lead image</a>", page);
        Assert.DoesNotContain("<img", page);
    }

    [Fact]
    public void Highlighted_text_is_the_article_text_exactly()
    {
        var texts = ArticleText().Matches(Page).Select(m => WebUtility.HtmlDecode(Tag().Replace(m.Groups[1].Value, ""))).ToList();
        Assert.Equal([SampleSituation.BridgeText, SampleSituation.DelayText], texts);
    }

    [Fact]
    public void Article_tags_nest_properly()
    {
        foreach (Match m in ArticleText().Matches(Page)) AssertNested(m.Groups[1].Value);
    }

    [Theory]
    [InlineData("<mark class=\"person\" title=\"Mara Quell (XYZGOV)\">Mara Quell</mark>")]
    [InlineData("<mark class=\"org\" title=\"Harbour Authority\">Harbour Authority</mark>")]
    [InlineData("<mark class=\"place\" title=\"Lendport (town, XL)\">LENDPORT</mark>")]
    [InlineData("<mark class=\"org\" title=\"Engineers (organisation, unresolved)\">Engineers</mark>")]
    [InlineData("<span class=\"time\" title=\"2024-02-26\">on Monday</span>")]
    [InlineData("<span class=\"time\" title=\"P6W\">six weeks</span>")]
    [InlineData("<span class=\"quoted\" title=\"Mara Quell (XYZGOV), told\">We expect traffic back on the bridge by <span class=\"time\" title=\"2024-05-12 (BEFORE)\">12 May</span>,</span>")]
    [InlineData("<span class=\"quoted\" title=\"Unattributed\">Nobody told us,</span>")]
    public void Spans_are_marked_with_class_and_title(string expected)
    {
        Assert.Contains(expected, Page);
    }

    [Fact]
    public void Crossing_spans_keep_the_text_whole_and_the_nesting_valid()
    {
        const string text = "Rell Osk said \"Osk arrives Friday\" then left on Friday night.";
        var (qs, qe) = SampleSituation.Find(text, "Osk arrives Friday");
        var analysis = SampleSituation.BridgeAnalysis with
        {
            Article = Sitrep.Articles.Article.Create("Crossing", text),
            Mentions = [new(0, 8, "Rell Osk", MentionType.Person, "p"), new(5, 8, "Osk", MentionType.Person, "p"), new(qs, qs + 3, "Osk", MentionType.Person, "p")],
            // "Friday\" then" crosses the end of the quote; "said \"Osk" crosses its start.
            Times = [new(qs + 12, qe + 6, "Friday\" then", TimeType.Date, "X"), new(9, qs + 3, "said \"Osk", TimeType.Date, "Y"), new(qs + 12, qe, "Friday", TimeType.Date, "Z")],
            Quotes = [new(qs, qe, "Osk arrives Friday", "p", "Rell Osk", "said")],
            Quantities = [],
            Events = [],
        };
        var page = HtmlReport.Render(SampleSituation.Build([analysis], []));
        var inner = ArticleText().Match(page).Groups[1].Value;
        AssertNested(inner);
        Assert.Equal(text, WebUtility.HtmlDecode(Tag().Replace(inner, "")));
        Assert.Contains("title=\"Z\"", inner);
    }

    [Fact]
    public void Rendering_twice_gives_identical_output()
    {
        Assert.Equal(Page, HtmlReport.Render(SampleSituation.Create()));
    }

    private static void AssertNested(string html)
    {
        var open = new Stack<string>();
        foreach (Match t in Tag().Matches(html))
        {
            if (t.Groups[1].Value == "/") Assert.Equal(open.Pop(), t.Groups[2].Value);
            else open.Push(t.Groups[2].Value);
        }
        Assert.Empty(open);
    }
}
