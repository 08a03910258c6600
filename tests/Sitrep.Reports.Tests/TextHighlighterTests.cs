using Sitrep.Reports.Html;
using Xunit;

namespace Sitrep.Reports.Tests;

public class TextHighlighterTests
{
    // Spans are written "kind start end": Q a quote (rank 0), P a person (rank 1), T a time (rank 2).
    [Theory]
    [InlineData("Ann met Bo", "", "Ann met Bo")]
    [InlineData("Ann met Bo", "P 0 3", "<mark class=\"person\" title=\"P\">Ann</mark> met Bo")]
    [InlineData("Ann met Bo", "P 8 10, P 0 3", "<mark class=\"person\" title=\"P\">Ann</mark> met <mark class=\"person\" title=\"P\">Bo</mark>")]
    // Contained spans nest; the longer one goes outside.
    [InlineData("say Ann now", "P 4 7, Q 0 11", "<span class=\"quoted\" title=\"Q\">say <mark class=\"person\" title=\"P\">Ann</mark> now</span>")]
    // Same extent: the lower rank goes outside.
    [InlineData("May", "T 0 3, Q 0 3", "<span class=\"quoted\" title=\"Q\"><span class=\"time\" title=\"T\">May</span></span>")]
    // A span crossing an open one is dropped rather than breaking the nesting.
    [InlineData("ab cd ef", "Q 0 5, T 3 8", "<span class=\"quoted\" title=\"Q\">ab cd</span> ef")]
    // Adjacent spans do not nest.
    [InlineData("abcd", "P 0 2, T 2 4", "<mark class=\"person\" title=\"P\">ab</mark><span class=\"time\" title=\"T\">cd</span>")]
    // Out of range, empty and reversed spans are ignored.
    [InlineData("abc", "P 2 9, P 1 1, P 2 1, P -1 2", "abc")]
    // Text and titles are encoded.
    [InlineData("<b>&\"", "X 0 3", "<mark class=\"person\" title=\"a&quot;&lt;b&gt;\">&lt;b&gt;</mark>&amp;&quot;")]
    // A span must not split a surrogate pair (U+1F600 is two UTF-16 code units).
    [InlineData("x\U0001F600y", "P 0 2", "x&#128512;y")]
    public void Renders_spans_as_nested_elements(string text, string spans, string expected)
    {
        var highlights = spans.Split(", ", StringSplitOptions.RemoveEmptyEntries).Select(Parse);
        Assert.Equal(expected, TextHighlighter.Render(text, highlights));
    }

    private static Highlight Parse(string spec)
    {
        var f = spec.Split(' ');
        int start = int.Parse(f[1]), end = int.Parse(f[2]);
        return f[0] switch
        {
            "Q" => new(start, end, "span", "quoted", "Q", 0),
            "P" => new(start, end, "mark", "person", "P", 1),
            "T" => new(start, end, "span", "time", "T", 2),
            _ => new(start, end, "mark", "person", "a\"<b>", 1),
        };
    }
}
