using System.Text;
using Sitrep.Ingest.Html;
using Sitrep.Ingest.Tests.Support;
using Xunit;

namespace Sitrep.Ingest.Tests.Html;

/// <summary>
/// A mutation harness over the HTML reader: well-formed seed pages are cut, spliced, sprinkled with
/// stray markup and broken bytes, and every mutant must come back as a page or as an error, never as
/// an exception. Seeds are fixed, so a failure replays exactly.
/// </summary>
public class HtmlPageReaderFuzzTests
{
    private static readonly string[] Seeds =
    [
        """
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Depot | Courier</title>
        <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-11-07","articleBody":"The council voted."}</script>
        <meta property="og:title" content="Depot"></head><body><nav><a href="/">Home</a></nav>
        <article><h1>Depot</h1><p class="byline">By Pat Lind</p><p>The council voted on Tuesday to rebuild the depot.</p>
        <ul><li>One</li><li>Two <b>bold</b></li></ul><table><tr><td>a</td><td>b</td></tr></table><pre>x  y</pre></article>
        <div class="related"><a href="/x">More</a></div><footer>(c)</footer></body></html>
        """,
        """
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head>
        <body><div id="main"><div class="story-body"><p>Первый абзац.</p><p>Second &amp; third &#x2014; &nbsp; end.</p></div></div></body></html>
        """,
    ];

    private static readonly string[] Fragments =
    [
        "<div>", "</div>", "<p>", "</p>", "<!--", "-->", "<![CDATA[", "]]>", "<script>", "</script>", "<style>", "<table><tr><td>",
        "&#x", "&#99999999;", "&", "<", ">", "\"", "'", "<a href=\"", "<meta charset=\"utf-16\">", "<meta charset=\"bogus\">",
        "<time datetime=\"9999-99-99\">", "<span class=\"date\">31.02.2021</span>", "{\"@type\":", "<br/>", "<pre>", "<li>", "\0", "\uFFFD",
        "<script type=\"application/ld+json\">{\"@graph\":[[[{\"articleBody\":", "<svg><foreignObject><p>", "<template>", "<noscript><p>",
    ];

    private static readonly Mutator Mutations = new(Fragments, maxEdits: 12);

    [Fact]
    public void Mutated_pages_never_throw()
    {
        var random = new Random(20261122);
        for (int i = 0; i < 1500; i++)
        {
            var bytes = Mutations.Mutate(Encoding.UTF8.GetBytes(Seeds[i % Seeds.Length]), random);
            AssertReadsOrFails(bytes);
        }
    }

    [Fact]
    public void Random_bytes_never_throw()
    {
        foreach (var bytes in Mutator.RandomInputs(seed: 7, count: 200)) AssertReadsOrFails(bytes);
    }

    [Theory]
    [InlineData("<div>", 100_000)]
    [InlineData("<span>", 100_000)]
    [InlineData("<table><tr><td>", 20_000)]
    [InlineData("<ul><li>", 50_000)]
    public void Pathological_nesting_is_read_or_refused_without_running_out_of_stack(string open, int times)
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat(open, times)) + "<p>The council voted on Tuesday to rebuild the depot as a library.</p></body></html>";

        var page = HtmlPageReader.Read(Encoding.UTF8.GetBytes(html), out var error);

        Assert.True(page is not null ^ error is not null);
    }

    [Fact]
    public void A_large_single_line_page_is_read()
    {
        var paragraph = "<p>The council voted on Tuesday to rebuild the old depot as a library and a covered market.</p>";
        var html = "<html><body><article>" + string.Concat(Enumerable.Repeat(paragraph, 40_000)) + "</article></body></html>";

        var page = HtmlPageReader.Read(Encoding.UTF8.GetBytes(html), out var error);

        Assert.Null(error);
        Assert.StartsWith("The council voted", page!.Text);
    }

    private static void AssertReadsOrFails(byte[] bytes)
    {
        var page = HtmlPageReader.Read(bytes, out var error);
        Assert.True(page is not null ^ error is not null, "a page or an error, never both or neither");
        var result = HtmlArticleReader.Read("page.html", bytes);
        Assert.True(result.Succeeded ^ result.Error is not null);
    }
}
