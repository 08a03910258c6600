using System.Text;
using Sitrep.Ingest.Html;
using Xunit;

namespace Sitrep.Ingest.Tests.Html;

/// <summary>Main-text rules of the extractor, each on a small page written for it.</summary>
public class MainTextExtractorTests
{
    private const string First = "The harbour board agreed on Monday to dredge the eastern channel before the winter storms arrive in force.";
    private const string Second = "Fishing crews had asked for the work for three years, saying the silted channel closed at every low tide.";
    private const string Third = "The board expects the dredgers to finish by the end of October, weather permitting, at a cost of two million.";

    private static string Text(string body)
    {
        var page = HtmlPageReader.Read(Encoding.UTF8.GetBytes($"<html><head><title>Channel</title></head><body>{body}</body></html>"), out var error);
        Assert.Null(error);
        return page!.Text;
    }

    [Theory]
    [InlineData("Mehr zum Thema")]
    [InlineData("Related articles")]
    [InlineData("Temas relacionados")]
    [InlineData("À lire aussi")]
    [InlineData("Verwandte Beiträge")]
    public void A_box_of_other_stories_is_left_out_with_its_heading(string heading)
    {
        var body = $"""
            <div class="main"><div class="text">
              <p>{First}</p>
              <p>{Second}</p>
              <div class="box"><h3>{heading}</h3>
                <div class="teaser"><span>Harbour</span> <a href="/a">Fees to rise next year</a></div>
                <div class="teaser"><span>Storm</span> <a href="/b">Lifeboat crew rescues two fishermen</a></div>
                <div class="teaser"><span>Council</span> <a href="/c">New quay opens in the spring</a></div>
              </div>
              <p>{Third}</p>
            </div></div>
            """;

        Assert.Equal($"{First}\n\n{Second}\n\n{Third}", Text(body));
    }

    [Fact]
    public void A_related_heading_in_the_flow_of_the_story_takes_only_the_links_after_it()
    {
        var body = $"""
            <article>
              <p>{First}</p>
              <h2>Related</h2>
              <ul><li><a href="/a">Fees to rise next year</a></li><li><a href="/b">Lifeboat crew rescues two</a></li></ul>
              <p>{Second}</p>
              <p>{Third}</p>
            </article>
            """;

        Assert.Equal($"{First}\n\n{Second}\n\n{Third}", Text(body));
    }

    [Fact]
    public void A_heading_left_with_nothing_under_it_is_dropped()
    {
        var body = $"""
            <article>
              <h2>Cost</h2>
              <p>{First}</p>
              <p>{Second}</p>
              <h4>Timing</h4>
              <h2>Next steps</h2>
              <p>{Third}</p>
              <h2>Share your view</h2>
            </article>
            """;

        Assert.Equal($"Cost\n\n{First}\n\n{Second}\n\nNext steps\n\n{Third}", Text(body));
    }

    [Fact]
    public void Subheadings_of_the_same_rank_and_a_closing_pull_quote_stay()
    {
        var body = $"""
            <article>
              <h4>A long summer of work ahead</h4>
              <h4>The eastern channel</h4>
              <p>{First}</p>
              <p>{Second}</p>
              <h4>The channel closes at every low tide.</h4>
            </article>
            """;

        Assert.Equal($"A long summer of work ahead\n\nThe eastern channel\n\n{First}\n\n{Second}\n\nThe channel closes at every low tide.", Text(body));
    }

    [Fact]
    public void A_figure_holding_paragraphs_or_a_table_is_read_but_its_caption_is_not()
    {
        var body = $"""
            <article>
              <p>{First}</p>
              <figure><table><tr><td>Depth before</td><td>1.4 m</td></tr></table><figcaption>Depths in the channel.</figcaption></figure>
              <figure><img src="a.jpg"><figcaption>A dredger at work in the harbour mouth last spring.</figcaption></figure>
              <p>{Second}</p>
            </article>
            """;

        Assert.Equal($"{First}\n\nDepth before 1.4 m\n\n{Second}", Text(body));
    }

    [Theory]
    [InlineData("node node--type-article node--promoted")]
    [InlineData("elementor-element elementor-widget elementor-widget-text-editor")]
    public void Class_names_that_say_how_a_block_is_built_or_listed_do_not_make_it_furniture(string classes)
    {
        var body = $"""
            <div class="page">
              <div class="{classes}"><p>{First}</p><p>{Second}</p></div>
              <div class="more"><p>{Third}</p><p>{Third} Again.</p><p>{Third} Once more.</p></div>
            </div>
            """;

        Assert.Contains($"{First}\n\n{Second}", Text(body));
    }

    [Theory]
    [InlineData("Anzeige - Heute mal essen gehen? Wie wäre es mit:")]
    [InlineData("Quelle: Landesregierung")]
    [InlineData("Titelbild:")]
    [InlineData("Abbildung 4: Der Hafen bei Ebbe")]
    [InlineData("Harbour Authority/Getty Images")]
    [InlineData("© 2020 Harbour Gazette")]
    [InlineData("23.10.2018")]
    [InlineData("4 Min Read")]
    [InlineData("Lesezeit: 3 min")]
    [InlineData("Rezept drucken")]
    [InlineData("Kategorie: News, Hafen")]
    [InlineData("Derzeit noch keine Kommentare")]
    [InlineData("Gefällt dir unser Hafenmagazin? Wir haben entschieden, keine Bezahlschranke einzuführen. Unterstütze uns mit einer Spende!")]
    [InlineData("Never miss the latest harbour news by signing up to our newsletter today!")]
    [InlineData("Follow the Harbour Gazette on Twitter and Instagram @gazette and on Facebook. Send us a message or email the editors.")]
    [InlineData("To view the full story, please subscribe to the Harbour Gazette. You can choose an annual subscription or a weekly pass.")]
    [InlineData("Copyright © 2020 by: harbour-gazette.example • Design by a studio")]
    [InlineData("aja/PAP")]
    public void Labels_credits_and_stamps_inside_the_story_are_left_out(string line)
    {
        var body = $"<article><p>{First}</p><p>{line}</p><p>{Second}</p></article>";

        Assert.Equal($"{First}\n\n{Second}", Text(body));
    }

    [Theory]
    [InlineData("Fotos zeigen den Hafen bei Ebbe.")]
    [InlineData("Kontaktieren Sie uns.")]
    [InlineData("Copyright law was not at issue in the dispute over the channel, the board said.")]
    [InlineData("Follow the channel markers on the way in, the harbour master told the crews.")]
    public void Short_sentences_that_start_like_a_label_stay(string line)
    {
        var body = $"<article><p>{First}</p><p>{line}</p><p>{Second}</p></article>";

        Assert.Equal($"{First}\n\n{line}\n\n{Second}", Text(body));
    }

    // Links the wrapper holds besides the story, so that the story's own element is the container.
    private const string Links = """<ul class="list"><li><a href="/1">Harbour board meeting minutes</a></li><li><a href="/2">Eastern channel dredging history</a></li><li><a href="/3">Fishing crews and the low tide</a></li><li><a href="/4">Winter storms on the coast</a></li></ul>""";
    private const string Lead = "Dredging the eastern channel will start in September, the harbour board said after a long and heated meeting.";

    [Fact]
    public void A_standfirst_between_the_headline_and_the_story_is_read_first()
    {
        var body = $"""
            <div class="news">
              <h1>Channel to be dredged</h1>
              <div class="date">08.12.2022</div>
              <div class="teaser-text"><p>{Lead}</p></div>
              <div class="news-text"><p>{First}</p><p>{Second}</p><p>{Third}</p></div>
              {Links}
            </div>
            """;

        Assert.Equal($"{Lead}\n\n{First}\n\n{Second}\n\n{Third}", Text(body));
    }

    [Theory]
    [InlineData("<h2>Background</h2>")]
    [InlineData("<p>Harbour</p><p>News</p><p>Port</p><p>Weather</p><p>Ships</p><p>Tides</p><p>Jobs</p><p>Events</p>")]
    public void No_standfirst_is_taken_across_a_heading_or_far_from_the_headline(string between)
    {
        var body = $"""
            <div class="news">
              <h1>Channel to be dredged</h1>
              {between}
              <div class="teaser-text"><p>{Lead}</p></div>
              <div class="news-text"><p>{First}</p><p>{Second}</p><p>{Third}</p></div>
              {Links}
            </div>
            """;

        Assert.Equal($"{First}\n\n{Second}\n\n{Third}", Text(body));
    }

    [Fact]
    public void A_container_the_page_names_as_the_story_body_takes_no_standfirst()
    {
        var body = $"""
            <div class="article">
              <h1>Channel to be dredged</h1>
              <p class="lead">{Lead}</p>
              <div class="article-body"><p>{First}</p><p>{Second}</p><p>{Third}</p></div>
              {Links}
            </div>
            """;

        Assert.Equal($"{First}\n\n{Second}\n\n{Third}", Text(body));
    }

    [Theory]
    [InlineData("imagedescription")]
    [InlineData("postmetadata")]
    [InlineData("entry-utility")]
    public void Picture_descriptions_and_filed_under_lines_are_furniture(string classes)
    {
        var body = $"<article><p>{First}</p><p class=\"{classes}\">The harbour at low tide, seen from the lighthouse on the northern mole.</p><p>{Second}</p></article>";

        Assert.Equal($"{First}\n\n{Second}", Text(body));
    }

    [Fact]
    public void A_story_split_into_sections_around_a_box_of_other_stories_is_read_whole()
    {
        var body = $"""
            <div class="page">
              <div class="row"><div class="column"><div class="story-text"><p>{Lead}</p><p>{First}</p></div></div></div>
              <div class="row"><div class="column"><aside class="enhancement"><p>Harbour</p><p>Ships</p><p>Tides</p></aside></div></div>
              <div class="row"><div class="column"><div class="story-text"><p>{Second}</p><p>{Third}</p><p>{Third} Again.</p><p>{Third} Once more.</p></div></div></div>
              <div class="row"><div class="column"><div class="story-text"><p>{Third} The board has a note.</p></div></div></div>
              {Links}{Links}{Links}{Links}
            </div>
            """;

        Assert.Equal($"{Lead}\n\n{First}\n\n{Second}\n\n{Third}\n\n{Third} Again.\n\n{Third} Once more.", Text(body));
    }

    [Fact]
    public void A_single_paragraph_is_read_with_the_rest_of_its_post()
    {
        var body = $"""
            <div class="post">
              <div class="entry"><p>{First} {Second}</p><p>A good day at the harbour, all in all!</p>
                <div class="taglinks"><a href="/t">Tags</a>: <a href="/a">Harbour</a>, <a href="/b">Channel</a>, <a href="/c">Board</a>, <a href="/d">Dredging works</a>, <a href="/e">Eastern channel</a>, <a href="/f">Fishing crews</a>, <a href="/g">Winter storms</a></div>
              </div>
            </div>
            """;

        Assert.Equal($"{First} {Second}\n\nA good day at the harbour, all in all!", Text(body));
    }
}
