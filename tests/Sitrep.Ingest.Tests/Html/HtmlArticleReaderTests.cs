using System.Text;
using Sitrep.Articles;
using Sitrep.Ingest.Html;
using Sitrep.Ingest.Sources;
using Xunit;

namespace Sitrep.Ingest.Tests.Html;

public class HtmlArticleReaderTests
{
    private const string StoryParagraphs =
        "<p>The city council voted on Tuesday to rebuild the old tram depot as a public library and a covered market.</p>\n"
        + "<p>Work is due to start next spring, and the first reading rooms should open within two years of that.</p>\n";

    private const string StoryText =
        "The city council voted on Tuesday to rebuild the old tram depot as a public library and a covered market.\n\n"
        + "Work is due to start next spring, and the first reading rooms should open within two years of that.";

    private static IngestResult Read(string html) => HtmlArticleReader.Read("page.html", Encoding.UTF8.GetBytes(html));

    private static Article ReadArticle(string html)
    {
        var result = Read(html);
        Assert.Null(result.Error);
        return result.Article!;
    }

    [Fact]
    public void Metadata_comes_from_json_ld_and_open_graph()
    {
        var html = """
            <!doctype html><html lang="de-AT"><head>
            <title>Depot becomes library | Riverside Courier</title>
            <meta property="og:title" content="Old tram depot to become a library">
            <meta property="og:site_name" content="Riverside Courier">
            <meta property="og:url" content="https://courier.example/depot">
            <script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"Riverside Courier"},
              {"@type":"NewsArticle","headline":"Depot","datePublished":"2023-11-07T08:30:00+01:00",
               "author":[{"@type":"Person","name":"Ilse Morgen"},{"@type":"Person","name":"Second Author"}],
               "publisher":{"@type":"Organization","name":"Courier Media"}}]}
            </script>
            </head><body><article>
            """ + StoryParagraphs + "</article></body></html>";

        var article = ReadArticle(html);

        Assert.Equal(
            Article.Create("Old tram depot to become a library", StoryText, new PartialDate(2023, 11, 7), path: "page.html",
                url: "https://courier.example/depot", site: "Riverside Courier", author: "Ilse Morgen", language: "de",
                authors: ["Ilse Morgen", "Second Author"]),
            article);
    }

    [Theory]
    [InlineData("<meta property=\"article:published_time\" content=\"2022-05-01T10:00:00Z\">", "", "2022-05-01")]
    [InlineData("<meta property=\"og:published_time\" content=\"2022-05\">", "", "2022-05")]
    [InlineData("<meta name=\"date\" content=\"2022-05-03\">", "", "2022-05-03")]
    [InlineData("<meta name=\"pubdate\" content=\"2022-05-04\">", "", "2022-05-04")]
    [InlineData("<meta name=\"DC.date\" content=\"2022-05-05\">", "", "2022-05-05")]
    [InlineData("", "<time datetime=\"2022-05-06T07:00\">6 May</time>", "2022-05-06")]
    [InlineData("<meta name=\"date\" content=\"not a date\">", "<time datetime=\"2022-05-07\">7 May</time>", "2022-05-07")]
    [InlineData("", "", null)]
    public void Published_date_falls_back_through_meta_tags_then_time(string head, string body, string? expected)
    {
        var html = $"<html><head><title>Depot</title>{head}</head><body><article>{body}{StoryParagraphs}</article></body></html>";

        Assert.Equal(expected, ReadArticle(html).Published?.ToString());
    }

    [Theory]
    [InlineData("<meta name=\"author\" content=\"Pat Lind\">", "", "Pat Lind")]
    [InlineData("", "<a rel=\"author\" href=\"/pat\">Pat Lind</a>", "Pat Lind")]
    [InlineData("", "<p class=\"byline\">By Pat Lind | 7 May 2022</p>", "Pat Lind")]
    [InlineData("", "<span class=\"author\">Pat Lind</span>", "Pat Lind")]
    public void Author_falls_back_through_meta_rel_and_byline(string head, string body, string expected)
    {
        var html = $"<html><head><title>Depot</title>{head}</head><body><article>{body}{StoryParagraphs}</article></body></html>";

        var article = ReadArticle(html);

        Assert.Equal(expected, article.Author);
        Assert.Equal(StoryText, article.Text.Replace("Pat Lind\n\n", ""));
    }

    [Theory]
    [InlineData("<title>Depot becomes library | Riverside Courier</title><meta property=\"og:site_name\" content=\"Riverside Courier\">", "Depot becomes library")]
    [InlineData("<title>Depot becomes library - riverside courier</title><meta property=\"og:site_name\" content=\"Riverside Courier\">", "Depot becomes library")]
    [InlineData("<title>Depot - a new life | Other Site</title><meta property=\"og:site_name\" content=\"Riverside Courier\">", "Depot - a new life | Other Site")]
    [InlineData("<title>Depot becomes library | Riverside Courier</title>", "Depot becomes library | Riverside Courier")]
    [InlineData("", "Headline from the page")]
    public void Title_falls_back_to_title_element_then_h1(string head, string expected)
    {
        var html = $"<html><head>{head}</head><body><h1>Headline from the page</h1><article>{StoryParagraphs}</article></body></html>";

        Assert.Equal(expected, ReadArticle(html).Title);
    }

    [Fact]
    public void Url_comes_from_the_canonical_link_first()
    {
        var html = "<html><head><title>T</title><link rel=\"canonical\" href=\"https://a.example/x\">"
            + "<meta property=\"og:url\" content=\"https://b.example/y\"></head><body><article>" + StoryParagraphs + "</article></body></html>";

        Assert.Equal("https://a.example/x", ReadArticle(html).Url);
    }

    [Fact]
    public void Page_furniture_is_removed_and_the_story_container_is_chosen()
    {
        var html = """
            <html><head><title>Depot</title><style>p { color: red }</style></head><body>
            <header><p>Riverside Courier — all the news from the river towns, every single morning.</p></header>
            <nav><ul><li><a href="/">Home</a></li><li><a href="/city">City</a></li></ul></nav>
            <div id="main"><div class="story-body">
            """ + StoryParagraphs + """
            <h2>What happens to the trams</h2>
            <p>The remaining trams will be moved to the northern yard, the council said in a short statement.</p>
            <ul><li>Line 3 keeps running.</li><li>Line 5 is <b>paused</b> for a month.</li></ul>
            <div class="share-buttons"><p>Share this story with your friends on every network you use today.</p></div>
            <div class="newsletter-signup"><p>Sign up now and get the morning briefing delivered to your inbox.</p></div>
            </div>
            <section class="related-stories"><p><a href="/a">Council approves the new bus lanes on the harbour road</a></p></section>
            <div id="comments"><p>I think this is a great idea and should have been done ten years ago, frankly.</p></div>
            </div>
            <aside><p>Most read: a very long list of other stories that have nothing to do with this one at all.</p></aside>
            <footer><p>© Riverside Courier. All rights reserved. Reproduction without permission is prohibited.</p></footer>
            <script>console.log("tracking");</script>
            </body></html>
            """;

        var article = ReadArticle(html);

        Assert.Equal(StoryText + "\n\nWhat happens to the trams\n\n"
            + "The remaining trams will be moved to the northern yard, the council said in a short statement.\n\n"
            + "• Line 3 keeps running.\n\n• Line 5 is paused for a month.", article.Text);
    }

    [Fact]
    public void With_several_articles_the_densest_prose_wins_over_link_lists()
    {
        var teaser = "<article><p><a href=\"/t\">A teaser headline that links to some other story on this site today</a></p></article>";
        var html = $"<html><head><title>T</title></head><body>{teaser}<article><div>{StoryParagraphs}</div></article>{teaser}</body></html>";

        Assert.Equal(StoryText, ReadArticle(html).Text);
    }

    [Fact]
    public void Without_an_article_element_the_div_with_most_paragraph_text_wins()
    {
        var html = "<html><head><title>T</title></head><body><div class=\"menu\"><p><a href=\"/x\">Link one to somewhere else on the site</a></p></div>"
            + "<div class=\"content\"><div class=\"text\">" + StoryParagraphs + "</div></div></body></html>";

        Assert.Equal(StoryText, ReadArticle(html).Text);
    }

    [Fact]
    public void Tail_junk_inside_the_story_container_is_cleaned_like_plain_text()
    {
        var html = "<html><head><title>T</title></head><body><article>" + StoryParagraphs
            + "<p>Mira Santos</p><h3>Related Posts</h3><p>Another story about trams that someone may like to read.</p>"
            + "<h3>Leave a Reply</h3><p>Your email address will not be published.</p></article></body></html>";

        var article = ReadArticle(html);

        Assert.Equal(StoryText, article.Text);
        Assert.Equal("Mira Santos", article.Author);
    }

    [Fact]
    public void Line_breaks_and_quotes_and_preformatted_blocks_are_kept()
    {
        var html = "<html><head><title>T</title></head><body><article>" + StoryParagraphs
            + "<blockquote>We will    open on time.</blockquote><p>First line<br>second   line</p>"
            + "<pre>  col1  col2\n  1     2</pre></article></body></html>";

        Assert.Equal(StoryText + "\n\nWe will open on time.\n\nFirst line\nsecond line\n\n  col1  col2\n  1     2", ReadArticle(html).Text);
    }

    [Theory]
    [InlineData("<html><head><title>T</title><body><article><p>The city council voted on Tuesday to rebuild the old tram depot as a public library and a covered market.<p>Work is due to start next spring, and the first reading rooms should open within two years of that.</div></span>")]
    [InlineData("<title>T</title><div><p>The city council voted on Tuesday to rebuild the old tram depot as a public library and a covered market.</p></b></i><p>Work is due to start next spring, and the first reading rooms should open within two years of that.")]
    public void Malformed_html_is_read_leniently(string html)
    {
        var article = ReadArticle(html);

        Assert.Equal("T", article.Title);
        Assert.Equal(StoryText, article.Text);
    }

    [Theory]
    [InlineData("<meta charset=\"windows-1252\">")]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">")]
    public void A_legacy_charset_declared_in_meta_is_honoured(string charsetMeta)
    {
        // 0x93/0x94 are curly quotes and 0xE9 is "é" in windows-1252; none of them is valid UTF-8 on its own.
        var head = Encoding.ASCII.GetBytes($"<html><head>{charsetMeta}<title>Caf");
        byte[] html =
        [
            .. head, 0xE9, .. Encoding.ASCII.GetBytes("</title></head><body><article><p>"), 0x93,
            .. Encoding.ASCII.GetBytes("It will be a quiet place to read,"), 0x94,
            .. Encoding.ASCII.GetBytes(" said the librarian who will run the new reading rooms at the depot.</p></article></body></html>"),
        ];

        var article = HtmlArticleReader.Read("old.html", html).Article!;

        Assert.Equal("Café", article.Title);
        Assert.Equal("“It will be a quiet place to read,” said the librarian who will run the new reading rooms at the depot.", article.Text);
    }

    [Fact]
    public void Undeclared_bytes_that_are_not_utf8_are_read_as_windows_1252()
    {
        byte[] html = [.. Encoding.ASCII.GetBytes("<title>Caf"), 0xE9, .. Encoding.ASCII.GetBytes("</title><p>Un caf"), 0xE9,
            .. Encoding.ASCII.GetBytes(" au coin de la rue, ouvert depuis hier matin pour tout le quartier.</p>")];

        Assert.Equal("Café", HtmlArticleReader.Read("x.html", html).Article?.Title);
    }

    [Theory]
    [InlineData("<html><head><title>Nothing</title></head><body><nav><p>Home and some other rather long link text here</p></nav></body></html>", "no article text found in the HTML")]
    [InlineData("<html><body><script>var a = 1;</script></body></html>", "no article text found in the HTML")]
    [InlineData("   \n ", "empty file")]
    [InlineData("<p>A page with a real paragraph of text but with no title of any kind anywhere in it.</p>", "no title found in the HTML")]
    public void Pages_without_an_article_fail_clearly(string html, string expectedError)
    {
        Assert.Equal(IngestResult.Fail("page.html", expectedError), Read(html));
    }

    [Fact]
    public void Broken_json_ld_does_not_cost_the_page_its_text()
    {
        var html = "<html><head><title>T</title><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", </script></head><body><article>"
            + StoryParagraphs + "</article></body></html>";

        var article = ReadArticle(html);

        Assert.Equal(StoryText, article.Text);
        Assert.Null(article.Published);
    }
}
