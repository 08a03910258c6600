using System.Text;
using Sitrep.Ingest.Html;
using Xunit;

namespace Sitrep.Ingest.Tests.Html;

public class HtmlAuthorsAndImageTests
{
    private const string Story = "The harbour board agreed on Monday to dredge the eastern channel before the winter storms arrive in force.";

    private static HtmlPage Read(string head, string body, string? url = null) =>
        HtmlPageReader.Read(Encoding.UTF8.GetBytes($"<html><head><title>Depot</title>{head}</head><body>{body}<article><p>{Story}</p></article></body></html>"), out _, url)!;

    [Theory]
    [InlineData("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Doe\"},{\"@type\":\"Person\",\"name\":\"Sam Roe\"}]}</script>", "", "Jane Doe|Sam Roe")]
    [InlineData("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":{\"name\":\"Jane Doe and Sam Roe\"}}</script>", "", "Jane Doe|Sam Roe")]
    [InlineData("<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"Article\",\"author\":{\"@id\":\"#jane\"}},{\"@type\":\"Person\",\"@id\":\"#jane\",\"name\":\"Jane Doe\"}]}</script>", "", "Jane Doe")]
    [InlineData("<meta name=\"author\" content=\"Jane Doe\"><meta name=\"author\" content=\"Sam Roe\">", "", "Jane Doe|Sam Roe")]
    [InlineData("", "<div id=\"author_header\">Jane Doe</div>", "Jane Doe")]
    [InlineData("<meta name=\"author\" content=\"Dieter Maier\">", "", "Dieter Maier")]
    [InlineData("", "<p class=\"byline\">By Jane Doe and Sam Roe | 22 July 2021</p>", "Jane Doe|Sam Roe")]
    [InlineData("", "<span class=\"article-author\">Von Pat Lind und Kim Berg, 23.08.2021</span>", "Pat Lind|Kim Berg")]
    [InlineData("", "<a rel=\"author\" href=\"/rob\">Rob Picheta, CNN</a>", "Rob Picheta")]
    [InlineData("", "<span class=\"byline\">Doe, Jane</span>", "Doe, Jane")]
    [InlineData("", "<a class=\"author-link\">View all posts by Perry Bacon Jr.</a>", "Perry Bacon Jr.")]
    [InlineData("", "<p>No byline here.</p>", "")]
    public void Authors_come_from_json_ld_meta_tags_and_bylines(string head, string body, string expected)
    {
        var page = Read(head, body);

        Assert.Equal(expected, string.Join("|", page.Authors));
        Assert.Equal(page.Authors.FirstOrDefault(), page.Author);
    }

    [Theory]
    [InlineData("<meta property=\"og:image\" content=\"https://img.example/dredger.jpg\"><meta name=\"twitter:image\" content=\"https://img.example/card.jpg\">", "", "https://img.example/dredger.jpg")]
    [InlineData("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"image\":{\"@type\":\"ImageObject\",\"url\":\"https://img.example/ld.jpg\"}}</script>", "", "https://img.example/ld.jpg")]
    [InlineData("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"image\":[\"https://img.example/a.jpg\",\"https://img.example/b.jpg\"]}</script>", "", "https://img.example/a.jpg")]
    [InlineData("<meta name=\"twitter:image\" content=\"https://img.example/card.jpg\">", "", "https://img.example/card.jpg")]
    [InlineData("", "<figure><img src=\"/icons/share.png\" width=\"24\"><img src=\"/photos/dredger.jpg\" width=\"800\"></figure>", "https://news.example/photos/dredger.jpg")]
    [InlineData("", "<p>No picture.</p>", null)]
    public void The_lead_image_comes_from_open_graph_json_ld_twitter_or_the_first_large_figure(string head, string body, string? expected)
    {
        Assert.Equal(expected, Read(head, body, "https://news.example/2021/08/16/depot").Image);
    }

    [Fact]
    public void An_article_read_from_html_carries_every_author_and_the_image()
    {
        var html = "<html><head><title>Depot</title><meta property=\"og:image\" content=\"https://img.example/dredger.jpg\"></head><body>" +
            $"<h1>Depot</h1><p class=\"byline\">By Jane Doe and Sam Roe</p><article><p>{Story}</p></article></body></html>";

        var article = HtmlArticleReader.Read("depot.html", Encoding.UTF8.GetBytes(html)).Article!;

        Assert.Equal(["Jane Doe", "Sam Roe"], article.Authors);
        Assert.Equal("Jane Doe", article.Author);
        Assert.Equal("https://img.example/dredger.jpg", article.Image);
    }
}
