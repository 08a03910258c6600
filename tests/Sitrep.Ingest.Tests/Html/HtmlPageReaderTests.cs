using System.Text;
using Sitrep.Ingest.Html;
using Xunit;

namespace Sitrep.Ingest.Tests.Html;

public class HtmlPageReaderTests
{
    private const string First = "The harbour board agreed on Monday to dredge the eastern channel before the winter storms arrive in force.";
    private const string Second = "Fishing crews had asked for the work for three years, saying the silted channel closed at every low tide.";
    private const string Third = "The board expects the dredgers to finish by the end of October, weather permitting, at a cost of two million.";

    private static HtmlPage Read(string html, string? url = null) => Read(Encoding.UTF8.GetBytes(html), url);

    private static HtmlPage Read(byte[] bytes, string? url = null)
    {
        var page = HtmlPageReader.Read(bytes, out var error, url);
        Assert.Null(error);
        return page!;
    }

    [Fact]
    public void Page_furniture_is_removed_and_paragraphs_are_kept()
    {
        var html = $$"""
            <html><head><title>Channel to be dredged</title></head><body>
            <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
            <div class="cookie-banner">We use cookies to improve your experience on our site. By continuing you accept them.</div>
            <div class="page"><div class="story-body">
              <h1>Channel to be dredged</h1>
              <div class="social-share"><a href="#">Share on a network</a> <a href="#">Email this</a></div>
              <p>{{First}}</p>
              <figure><img src="d.jpg"><figcaption>A dredger at work in the harbour mouth last spring.</figcaption></figure>
              <p>{{Second}}</p>
              <div class="newsletter-signup"><p>Sign up to our morning newsletter and get the news in your inbox every day.</p></div>
              <h2>Cost</h2>
              <p>{{Third}}</p>
            </div>
            <div class="related-stories"><h3>Related</h3><ul>
              <li><a href="/a">Harbour fees to rise next year as the board looks for new money</a></li>
              <li><a href="/b">Lifeboat crew rescues two from the eastern channel after a storm</a></li></ul></div>
            <section id="comments"><p>I have fished here for forty years and the channel has never been this bad, it is a disgrace.</p></section>
            </div>
            <footer><p>Copyright the Harbour Gazette. All rights reserved. Registered in the county.</p></footer>
            </body></html>
            """;

        Assert.Equal($"{First}\n\n{Second}\n\nCost\n\n{Third}", Read(html).Text);
    }

    [Fact]
    public void Line_breaks_lists_and_table_rows_keep_their_shape()
    {
        var html = $"""
            <html><body><article>
            <p>{First}</p>
            <p>Opening hours:<br>Monday to Friday<br>Saturday mornings</p>
            <ul><li>The eastern channel first</li><li>The inner basin after that</li></ul>
            <table><tr><td>Eastern</td><td>2.1 m</td></tr><tr><td>Inner</td><td>1.4 m</td></tr></table>
            <p>{Second}</p>
            </article></body></html>
            """;

        Assert.Equal(
            $"{First}\n\nOpening hours:\nMonday to Friday\nSaturday mornings\n\n• The eastern channel first\n\n• The inner basin after that\n\n"
            + $"Eastern 2.1 m\n\nInner 1.4 m\n\n{Second}",
            Read(html).Text);
    }

    [Fact]
    public void A_whole_json_ld_article_body_picks_the_story_among_prose_blocks()
    {
        var teaser = "An unrelated feature about the coastal path, with a long summary that reads like prose and could pass for a story.";
        var html = $$"""
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","articleBody":"{{First}} {{Second}} {{Third}} {{Third}} {{Third}} {{Third}} {{Third}}"}</script></head>
            <body><div><p>{{teaser}}</p><p>{{teaser}} Again.</p><p>{{teaser}} Once more.</p></div>
            <div><p>{{First}}</p><p>{{Second}}</p></div></body></html>
            """;

        Assert.Equal($"{First}\n\n{Second}", Read(html).Text);
    }

    [Fact]
    public void Windows_1251_declared_in_meta_is_decoded()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var story = "Городской совет решил во вторник перестроить старое трамвайное депо в библиотеку и крытый рынок для жителей.";
        var html = $"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"><title>Депо</title></head><body><article><p>{story}</p></article></body></html>";

        Assert.Equal(story, Read(Encoding.GetEncoding(1251).GetBytes(html)).Text);
    }

    [Fact]
    public void Iso_8859_1_declared_in_meta_is_read_as_windows_1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var story = "Der Stadtrat beschloss am Dienstag, das alte Straßenbahndepot zu einer Bücherei umzubauen – „endlich“, sagen Anwohner.";
        var html = $"<html><head><meta charset=\"ISO-8859-1\"><title>Depot</title></head><body><article><p>{story}</p></article></body></html>";

        Assert.Equal(story, Read(Encoding.GetEncoding(1252).GetBytes(html)).Text);
    }

    [Fact]
    public void A_byte_order_mark_wins_over_a_wrong_declaration()
    {
        var story = "Le conseil municipal a décidé mardi de transformer l'ancien dépôt de tramways en bibliothèque et en marché couvert.";
        var html = $"<html><head><meta charset=\"windows-1252\"></head><body><article><p>{story}</p></article></body></html>";
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(html)).ToArray();

        Assert.Equal(story, Read(bytes).Text);
    }

    [Theory]
    [InlineData("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2021-08-16T09:00:00+04:30\"}</script>", "", null, "2021-08-16")]
    [InlineData("<meta property=\"article:published_time\" content=\"2021-08-17T10:00:00Z\">", "", null, "2021-08-17")]
    [InlineData("<meta name=\"dc.date.issued\" content=\"2021-08-18\">", "", null, "2021-08-18")]
    [InlineData("", "<span itemprop=\"datePublished\" content=\"2021-08-19\">19 August</span>", null, "2021-08-19")]
    [InlineData("", "<time datetime=\"2021-08-20T07:00\">Friday</time>", null, "2021-08-20")]
    [InlineData("", "", "https://news.example/2021/08/21/depot-plan", "2021-08-21")]
    [InlineData("", "<div class=\"post-meta\">Posted on August 22, 2021 by Pat Lind</div>", null, "2021-08-22")]
    [InlineData("", "<p class=\"byline\">Von Pat Lind, 23. August 2021</p>", null, "2021-08-23")]
    [InlineData("", "<span class=\"date\">24.08.2021</span>", null, "2021-08-24")]
    [InlineData("", "<span class=\"date\">10:30 AM</span>", null, null)]
    public void Publication_date_comes_from_each_source(string head, string body, string? url, string? expected)
    {
        var html = $"<html><head><title>Depot</title>{head}</head><body>{body}<article><p>{First}</p></article></body></html>";

        Assert.Equal(expected, Read(html, url).Published?.ToString());
    }

    [Theory]
    [InlineData("<span property=\"schema:datePublished\" content=\"2021-08-25T12:00:00+00:00\"></span>", "2021-08-25")]
    [InlineData("<span class=\"post-date\">26.08.21</span>", "2021-08-26")]
    [InlineData("<span class=\"meta\">Version 12.10.19.4</span>", null)]
    [InlineData("<h1>Depot plan</h1><p>Hamburg, 27. August 2021</p>", "2021-08-27")]
    [InlineData("<p>28.08.2021 10:16 - Port news</p><h1>Depot plan</h1>", "2021-08-28")]
    [InlineData("<dl><dt>Datum</dt><dd>29.08.2021</dd></dl>", "2021-08-29")]
    [InlineData("<p>Mise en ligne</p><p>30 août 2021</p>", "2021-08-30")]
    [InlineData("<p>Published</p><p>in the weekly harbour bulletin, as every year, and read on 31.08.2021</p>", null)]
    [InlineData("<h1>Depot plan</h1><script>var built = \"01.09.2021\";</script>", null)]
    public void Publication_date_comes_from_the_visible_text_when_the_markup_has_none(string body, string? expected)
    {
        var html = $"<html><head><title>Depot</title></head><body>{body}<article><p>{First}</p></article></body></html>";

        Assert.Equal(expected, Read(html).Published?.ToString());
    }

    [Theory]
    [InlineData("<aside><time datetime=\"2021-07-01\">1 July</time></aside><h1>Depot plan</h1><p class=\"byline\">2 August 2021</p>", "2021-08-02")]
    [InlineData("<h1>Depot plan</h1><p>Stand: 04.08.2021</p><div class=\"comments\"><span class=\"comment-date\">03.09.2021</span></div>", "2021-08-04")]
    [InlineData("<h1>Depot plan</h1><p>Posted 5 August 2021</p><ul><li><a href=\"/other\">Ferry timetable changes for the winter season</a> <time datetime=\"2021-06-30\">30 June</time></li></ul>", "2021-08-05")]
    [InlineData("<div class=\"wrap sidebar-right\"><h1>Depot plan</h1><span class=\"date\">06.08.2021</span></div>", "2021-08-06")]
    public void Dates_of_asides_comments_and_teasers_are_not_the_story_date(string body, string expected)
    {
        var html = $"<html><head><title>Depot</title></head><body>{body}<article><p>{First}</p></article></body></html>";

        Assert.Equal(expected, Read(html).Published?.ToString());
    }

    [Theory]
    [InlineData("<meta name=\"date\" content=\"2021-08-20\">", "<h1>Depot plan</h1><p>Veröffentlicht am 12.08.2021</p>", "2021-08-12")]
    [InlineData("<meta name=\"date\" content=\"2021-08-20\">", "<h1>Depot plan</h1>", "2021-08-20")]
    [InlineData("", "<h4>Zuletzt geändert am:</h4><ul><li class=\"timestamp\">20.08.2021</li></ul><p>Erschienen am 13.08.2021</p>", "2021-08-13")]
    [InlineData("<title>Channel to be dredged next spring - Harbour Weekly</title>", "<p>14.08.2021</p><h3>Channel to be dredged next spring</h3>", "2021-08-14")]
    [InlineData("<meta property=\"og:image\" content=\"https://img.example/photos/2021/08/15/dredger.jpg\">", "", "2021-08-15")]
    [InlineData("<meta property=\"og:image\" content=\"https://img.example/large/20210816120909561.jpg\">", "", "2021-08-16")]
    [InlineData("", "<p class=\"postmetadata\">This entry was posted on Tuesday, 17 August 2021 and is filed under Harbour, Shipping, Weather, Ferries, Port authority, Dredging, Channels, Tides, Fishing. You can follow any responses to this entry through the feed.</p>", "2021-08-17")]
    public void Publication_date_prefers_what_the_page_shows_as_published(string head, string body, string expected)
    {
        var html = $"<html><head>{head}</head><body>{body}<article><p>{First}</p></article></body></html>";

        Assert.Equal(expected, Read(html).Published?.ToString());
    }

    [Theory]
    [InlineData("Harbour Weekly » Channel to be dredged", "Channel to be dredged", "Channel to be dredged")]
    [InlineData("Channel to be dredged: the plan | Ports", "Channel to be dredged", "Channel to be dredged")]
    [InlineData("Channel to be dredged", "Latest news", "Channel to be dredged")]
    public void The_headline_drops_the_decoration_of_the_page_title(string title, string headline, string expected)
    {
        var html = $"<html><head><title>{title}</title></head><body><h1>{headline}</h1><article><p>{First}</p></article></body></html>";

        Assert.Equal(expected, Read(html).Title);
    }

    [Fact]
    public void A_utc_timestamp_a_day_off_the_url_date_yields_to_the_url()
    {
        var html = $"<html><head><meta property=\"article:published_time\" content=\"2021-08-17T02:00:00Z\"></head><body><article><p>{First}</p></article></body></html>";

        Assert.Equal("2021-08-16", Read(html, "https://news.example/2021/08/16/depot").Published?.ToString());
    }

    [Fact]
    public void Modification_date_comes_from_json_ld_or_meta()
    {
        var html = $"<html><head><meta property=\"article:modified_time\" content=\"2021-09-01T12:00:00Z\"></head><body><article><p>{First}</p></article></body></html>";

        Assert.Equal("2021-09-01", Read(html).Modified?.ToString());
    }

    [Fact]
    public void A_page_over_the_size_limit_is_refused_with_a_reason()
    {
        var bytes = new byte[HtmlPageReader.MaxPageBytes + 1];
        Array.Fill(bytes, (byte)'a');

        Assert.Null(HtmlPageReader.Read(bytes, out var error));
        Assert.Contains("limit", error);
    }
}
