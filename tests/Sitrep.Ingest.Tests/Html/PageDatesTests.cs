using System.Text;
using Sitrep.Ingest.Html;
using Xunit;

namespace Sitrep.Ingest.Tests.Html;

/// <summary>The publication-date rules of <c>PageDates</c>, <c>TextDates</c> and <c>DateText</c>, one page per case.</summary>
public class PageDatesTests
{
    private const string Story = "The harbour board agreed on Monday to dredge the eastern channel before the winter storms arrive in force.";

    private static string? Published(string head, string body, string? url = null)
    {
        var html = $"<html><head><title>Depot plan</title>{head}</head><body>{body}<article><p>{Story}</p></article></body></html>";
        var page = HtmlPageReader.Read(Encoding.UTF8.GetBytes(html), out var error, url);
        Assert.Null(error);
        return page!.Published?.ToString();
    }

    private const string Revised = "<meta property=\"article:published_time\" content=\"2021-03-08T11:15:28Z\"><meta property=\"article:modified_time\" content=\"2021-03-14T20:10:50Z\">";

    [Theory]
    // The page shows only the revision: that is its date as readers know it.
    [InlineData("<h1>Depot plan</h1><p class=\"stand\">Stand: 14.03.2021, 21:10 Uhr</p>", "2021-03-14")]
    // It shows the publication day too, or no day at all: the publication stands.
    [InlineData("<h1>Depot plan</h1><p class=\"byline\">8 March 2021, updated 14 March 2021</p>", "2021-03-08")]
    [InlineData("<h1>Depot plan</h1>", "2021-03-08")]
    public void A_revision_the_page_shows_instead_of_the_publication_is_its_date(string body, string expected) =>
        Assert.Equal(expected, Published(Revised, body));

    [Fact]
    public void A_wiki_page_shows_its_revision_day_in_its_footer() =>
        Assert.Equal("2020-04-07", Published(
            "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"datePublished\":\"2005-07-26T16:22:26-07:00\",\"dateModified\":\"2020-04-07T12:33:32-07:00\"}</script>",
            "<h1>Depot plan</h1><div id=\"footer\"><p>This page was last edited on 7 April 2020, at 05:33.</p></div>"));

    [Theory]
    [InlineData("<meta name=\"citation_publication_date\" content=\"2017/01\"><meta name=\"dc.date\" content=\"2017-01-30\">", "2017-01-30")]
    [InlineData("<meta name=\"citation_publication_date\" content=\"2017/01\">", "2017-01")]
    public void A_stated_year_and_month_is_not_the_first_of_the_month(string head, string expected) =>
        Assert.Equal(expected, Published(head, ""));

    [Theory]
    [InlineData("<time datetime=\"01-11-2023 10:29\">1. November 2023 10:29</time>", "2023-11-01")]
    [InlineData("<time datetime=\"02.03.2023\">Thursday</time>", "2023-03-02")]
    public void A_year_last_date_with_dots_or_dashes_is_read_day_first(string body, string expected) =>
        Assert.Equal(expected, Published("", body));

    [Theory]
    [InlineData("https://blog.example/home/2017/7/12/depot-plan", "2017-07-12")]
    [InlineData("https://blog.example/2017/07/12/depot-plan", "2017-07-12")]
    public void A_stated_day_later_than_the_urls_is_a_republication(string url, string expected) =>
        Assert.Equal(expected, Published("<meta property=\"article:published_time\" content=\"2019-06-17T09:00:00+02:00\">", "", url));

    [Theory]
    // 22:04 UTC is already the next day where the page shows "19. Oktober 2019 00:04 Uhr".
    [InlineData("2019-10-18T22:04:00Z", "<h1>Depot plan</h1><span class=\"datum\">19. Oktober 2019 00:04 Uhr</span>", "2019-10-19")]
    // At noon UTC the stated day stands, whatever else the page shows.
    [InlineData("2019-10-18T12:04:00Z", "<h1>Depot plan</h1><span class=\"datum\">19. Oktober 2019</span>", "2019-10-18")]
    // A timestamp with the publisher's own offset is its own day.
    [InlineData("2019-10-18T23:04:00+02:00", "<h1>Depot plan</h1><span class=\"datum\">19. Oktober 2019</span>", "2019-10-18")]
    public void A_utc_timestamp_near_midnight_yields_to_the_neighbouring_day_the_page_shows(string stamp, string body, string expected) =>
        Assert.Equal(expected, Published($"<meta property=\"article:published_time\" content=\"{stamp}\">", body));

    [Fact]
    public void An_rdf_description_in_a_comment_dates_the_page() =>
        Assert.Equal("2020-07-03", Published("",
            "<!-- <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><rdf:Description rdf:about=\"https://blog.example/e/5d8c\" dc:title=\"Depot plan (7/2)\" dc:date=\"2020-07-03T17:16:22+09:00\" /></rdf:RDF> -->" +
            "<h1>Depot plan (2020/7/2)</h1>"));

    [Theory]
    [InlineData("<script>var product = {\"title\":\"Sidamo\",\"published_at\":\"2019-03-02T06:22:28+01:00\"};</script>", "2019-03-02")]
    [InlineData("<script>dataLayer.push({'publishdate': '2019-10-19', 'author': 'Pat Lind'});</script>", "2019-10-19")]
    [InlineData("<script>var build = {\"version\":\"2019-03-02\"};</script>", null)]
    public void A_date_the_scripts_state_is_a_last_resort(string body, string? expected) =>
        Assert.Equal(expected, Published("", body));

    [Theory]
    [InlineData("<footer><p>Copyright © 19.12.2019 - 12:14 h by Depot GmbH</p></footer>", "2019-12-19")]
    [InlineData("<footer><p>© 2019 Depot GmbH</p></footer>", null)]
    public void A_copyright_line_gives_its_stamped_day_but_not_its_year(string body, string? expected) =>
        Assert.Equal(expected, Published("", body));

    [Fact]
    public void A_date_like_element_without_a_day_is_read_for_its_tooltip() =>
        Assert.Equal("2020-09-20", Published("", "<h1>Depot plan</h1><div class=\"news-time-ago\" title=\"2020-09-20T14:20:02Z\">15 minutes ago</div>"));

    [Fact]
    public void A_pictures_caption_is_not_the_dateline() =>
        Assert.Equal("2020-01-18", Published("",
            "<h1>Depot plan</h1><div><img src=\"/pic.jpg\">The mayor at the harbour, January 16, 2020. Photo: Pat Lind</div><p>January 18, 2020</p>"));

    [Theory]
    [InlineData("<p class=\"time\">Aktuelle Zeit: 14.10.2020, 12:18</p><h2>Depot plan</h2><p class=\"author\">von Pat » 21.01.2009, 05:42</p>", "2009-01-21")]
    [InlineData("<p class=\"date\">It is currently Wed Oct 14, 2020 12:18 pm</p>", null)]
    public void The_readers_clock_is_not_the_publication_and_an_authors_line_is_date_like(string body, string? expected) =>
        Assert.Equal(expected, Published("", body));

    [Fact]
    public void Markup_indentation_does_not_push_a_dateline_out_of_the_headlines_surroundings() =>
        Assert.Equal("2012-02-14", Published("",
            "<div class=\"boxHeader\"><span>14. Februar 2012</span>" + new string(' ', 400) + "<ul><li><a href=\"/print\">Drucken</a></li></ul></div>" +
            new string(' ', 400) + "<span class=\"category\">Politik</span>\n" + new string(' ', 200) + "<h1>Depot plan</h1>"));

    [Theory]
    [InlineData("4.\u20092.\u20092022", "2022-02-04")]
    [InlineData("4. 2. 2022", "2022-02-04")]
    [InlineData("4.2.2022", "2022-02-04")]
    public void A_numeric_day_with_spaces_after_its_dots_is_read(string shown, string expected) =>
        Assert.Equal(expected, Published("", $"<h1>Depot plan</h1><p>Deutscher Depot-Bund {shown}. The match on 4. und 5. März 2022 in Rio.</p>"));

    [Theory]
    [InlineData("تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً", "2020-04-24")]
    [InlineData("الأحد 3 تشرين الأول 2021", "2021-10-03")]
    [InlineData("5 يناير 2019", "2019-01-05")]
    public void A_day_with_an_arabic_month_name_is_read(string shown, string expected) =>
        Assert.Equal(expected, Published("", $"<h1>Depot plan</h1><div class=\"article_created\">{shown}</div>"));

    [Theory]
    // A sticky column that repeats the headline is the story's header.
    [InlineData("<h1>Harbour depot plan agreed</h1><div class=\"sidebar\"><p class=\"h1\">Harbour depot plan agreed</p><p>" + Story + " " + Story + " " + Story + "</p><time datetime=\"2022-01-28\">28. Januar 2022</time></div>", "2022-01-28")]
    // Another story's box does not.
    [InlineData("<h1>Harbour depot plan agreed</h1><p>" + Story + " " + Story + " " + Story + " " + Story + "</p><div class=\"sidebar\"><p>Ferry fares rise</p><time datetime=\"2022-01-20\">20. Januar 2022</time></div>", null)]
    public void A_sidebar_that_repeats_the_headline_is_the_storys_header(string body, string? expected) =>
        Assert.Equal(expected, Published("", body));

    [Theory]
    [InlineData("<p><strong>01.02.2022</strong> „Der Hafen ist gut in das Jahr gestartet.“</p>", "2022-02-01")]
    // A date inside the paragraph is no dateline.
    [InlineData("<p>Der Hafen plant für den 01.02.2022 eine Feier.</p>", null)]
    public void A_paragraph_that_opens_with_a_date_is_a_dateline(string paragraph, string? expected) =>
        Assert.Equal(expected, Published("", "<h1>Depot plan</h1><p>" + Story + " " + Story + " " + Story + "</p>" + paragraph));

    [Theory]
    [InlineData("<div class=\"newsSingleHeader\"><b>Hafen</b><br><span class=\"blue\">01.02.2022</span> Kategorie: Hafen</div>", "2022-02-01")]
    // Another story's teaser in a list is not the page's.
    [InlineData("<ul><li><a href=\"/ferry\">Ferry fares rise again for the winter season</a> <span>20.01.2022</span></li></ul>", null)]
    public void An_element_holding_only_a_date_is_a_last_resort(string block, string? expected) =>
        Assert.Equal(expected, Published("", "<h1>Quicklinks</h1><p>" + Story + " " + Story + " " + Story + "</p>" + block));

    [Theory]
    // The site header's "today" beside a logo heading is not the story's date.
    [InlineData("<header><h1><a href=\"/\" class=\"logo\">Depot Radio</a></h1><span class=\"site-date\">26.02.2020</span></header><h2>Harbour depot plan agreed</h2><p class=\"date\">01.05.2017</p>", "2017-05-01")]
    // A headline that links to its own story is the headline.
    [InlineData("<header><h1><a href=\"/2017/depot-plan\">Harbour depot plan agreed</a></h1><span class=\"date\">01.05.2017</span></header>", "2017-05-01")]
    public void A_logo_heading_is_not_the_headline_and_its_header_is_the_sites(string body, string expected) =>
        Assert.Equal(expected, Published("", body));

    [Theory]
    [InlineData("<div id=\"navwrap\"><div class=\"navtop\"><time datetime=\"2023-11-01T13:56:20+01:00\">Mittwoch, 01. November 2023</time></div></div>")]
    [InlineData("<div class=\"splide__slide\"><h3><a href=\"/other\">Another column</a></h3><div class=\"date\">24. Oktober 2023</div></div>")]
    public void A_navigation_bar_or_a_slider_does_not_date_the_story(string box) =>
        Assert.Equal("2023-10-31", Published("", box + "<h2>Queer Royal</h2><p>Im Schlepptau</p><p><span class=\"text_datum\">31. Oktober 2023.</span> " + Story + "</p>"));

    [Fact]
    public void A_sidebar_that_only_links_to_the_story_is_no_header_of_it() =>
        // The widget lists this very story among its recent posts: a link, so the sidebar stays an aside.
        Assert.Equal("2017-08-08", Published("",
            "<div class=\"sidebar\"><a href=\"/p/1\">Depot plan approved for the harbour</a><span class=\"widget-date\">14.06.2019</span></div>"
            + "<h1>Depot plan approved for the harbour</h1><p class=\"date\">08.08.2017</p>"));

    [Fact]
    public void Without_an_h1_the_heading_the_title_repeats_marks_the_story_for_asides()
    {
        // The story sits in a wrapper named for its sidebar; the <h3> the title repeats says the wrapper is the story's.
        var filler = string.Concat(Enumerable.Repeat("<p>Other news from the county and its many villages, told at some length.</p>", 12));
        var html = "<html><head><title>Depot plan approved for the harbour – Blog</title></head><body>"
            + "<div class=\"content-sidebar-wrap\"><h3>Depot plan approved for the harbour</h3><span class=\"entry-date\">08.08.2017</span><p>" + Story + "</p></div>"
            + "<div class=\"footer\"><span class=\"date\">14.06.2019</span>" + filler + "</div></body></html>";
        var page = HtmlPageReader.Read(Encoding.UTF8.GetBytes(html), out var error, null);
        Assert.Null(error);
        Assert.Equal("2017-08-08", page!.Published?.ToString());
    }
}
