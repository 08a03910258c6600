using Sitrep.Articles;
using Sitrep.Corpus.Timelines;
using Sitrep.News.Documents;
using Xunit;

namespace Sitrep.Corpus.Tests.Timelines;

public class TimelineBuilderTests
{
    /// <summary>An article whose times are the given expressions, found in its text: "phrase=VALUE".</summary>
    private static ArticleAnalysis Article(string title, string text, params string[] times) => new()
    {
        Article = Sitrep.Articles.Article.Create(title, text),
        Times = times.Select(t =>
        {
            var (phrase, value) = (t[..t.IndexOf('=')], t[(t.IndexOf('=') + 1)..]);
            int at = text.IndexOf(phrase, StringComparison.Ordinal);
            return new TimeExpression(at, at + phrase.Length, phrase, value.StartsWith('P') ? TimeType.Duration : TimeType.Date, value);
        }).ToList(),
    };

    public static TheoryData<string, string[], string[]> Cases => new()
    {
        // text, times, expected entries "date|sentence"
        { "The bridge closed in May 2021. It reopened on 2 June 2021.", ["May 2021=2021-05", "2 June 2021=2021-06-02"],
            ["2021-05|The bridge closed in May 2021.", "2021-06-02|It reopened on 2 June 2021."] },
        // Sorted by the first day of the value; the wider value first on a tie.
        { "Talks began on 1 March 2021. The year 2021 was hard.", ["1 March 2021=2021-03-01", "The year 2021=2021"],
            ["2021|The year 2021 was hard.", "2021-03-01|Talks began on 1 March 2021."] },
        // Values that cannot be placed stay out: no year, fuzzy, durations.
        { "On 9 May crowds gathered. Years ago it was calm. It lasted three days.", ["9 May=XXXX-05-09", "Years ago=PAST_REF", "three days=P3D"], [] },
        // One entry per sentence and value, even when the sentence repeats the date.
        { "On 4 July 2021, and again on 4 July 2021, ships left.", ["4 July 2021=2021-07-04"], ["2021-07-04|On 4 July 2021, and again on 4 July 2021, ships left."] },
        // Weeks and decades with a year are placed.
        { "Shipments rose in the 1990s. Prices fell in week 11 of 2024.", ["the 1990s=199", "week 11 of 2024=2024-W11"],
            ["2024-W11|Prices fell in week 11 of 2024."] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Builds_the_timeline(string text, string[] times, string[] expected)
    {
        var entries = TimelineBuilder.Build([Article("T", text, times)]);
        Assert.Equal(expected, entries.Select(e => $"{e.Date}|{e.Text}"));
        foreach (var e in entries) Assert.Equal(e.Text, text[e.Start..e.End]);
    }

    [Fact]
    public void Entries_of_one_day_are_ordered_by_article_then_position()
    {
        var a = Article("A", "Rain fell on 3 May 2021. Floods came on 3 May 2021 too.", "3 May 2021=2021-05-03");
        var b = Article("B", "Roads shut on 3 May 2021.", "3 May 2021=2021-05-03");
        var entries = TimelineBuilder.Build([b, a]);
        var first = string.CompareOrdinal(a.Article.Id, b.Article.Id) < 0 ? a : b;
        Assert.Equal(first.Article.Id, entries[0].Article);
        Assert.Equal(["2021-05-03", "2021-05-03"], entries.Take(2).Select(e => e.Date));
    }

    [Theory]
    [InlineData("2021", true)]
    [InlineData("2021-07-08", true)]
    [InlineData("2024-W11", true)]
    [InlineData("XXXX-05", false)]
    [InlineData("2021-XX-03", false)]
    [InlineData("PAST_REF", false)]
    [InlineData("P3D", false)]
    [InlineData("199", false)]
    public void Places_only_values_with_a_known_year(string value, bool placeable) =>
        Assert.Equal(placeable, TimelineBuilder.IsPlaceable(value));
}
