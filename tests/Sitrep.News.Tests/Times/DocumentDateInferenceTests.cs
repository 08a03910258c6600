using Sitrep.Articles;
using Sitrep.News.Times;
using Xunit;
using Sitrep.News.Documents;
using Sitrep.News.PublicationDates;

namespace Sitrep.News.Tests.Times;

public class DocumentDateInferenceTests
{
    [Theory]
    [InlineData("The order was signed on July 22, 2021. Fighting began in 2001. Talks resume on Friday.", "2021-07-22", "July 22, 2021")]
    [InlineData("The offensive began in May 2021 and peaked in 2021.", "2021-05", "May 2021")]
    [InlineData("The base opened in 1999; it was expanded in 2004.", "2004", "2004")]
    [InlineData("The decree of 22/7/2021 replaced the one of July 2021.", "2021-07-22", "22/7/2021")]
    public void Infers_the_latest_explicit_date(string text, string expected, string evidenceText)
    {
        var result = DocumentDateInference.Infer(TimeTaggerTests.Tag(text, null));
        Assert.NotNull(result);
        Assert.Equal(expected, result.Value.Date.ToString());
        Assert.Contains($"\"{evidenceText}\"", result.Value.Evidence);
    }

    [Theory]
    [InlineData("Talks resume on Friday, officials said last year, in May and in the 1990s.")]
    [InlineData("No date at all here.")]
    public void Returns_null_without_explicit_dates(string text) =>
        Assert.Null(DocumentDateInference.Infer(TimeTaggerTests.Tag(text, null)));

    [Fact]
    public void A_year_before_1900_or_after_next_year_is_not_evidence()
    {
        var times = new List<TimeExpression>
        {
            new(0, 4, "1000", TimeType.Date, "1000"),
            new(10, 14, "1885", TimeType.Date, "1885"),
            new(20, 24, "2999", TimeType.Date, "2999"),
        };

        Assert.Null(DocumentDateInference.Infer(times));
        Assert.Equal("1987", DocumentDateInference.Infer([.. times, new TimeExpression(30, 34, "1987", TimeType.Date, "1987")])!.Value.Date.ToString());
    }

    [Fact]
    public void Ignores_durations_and_sets() =>
        Assert.Null(DocumentDateInference.Infer([
            new TimeExpression(0, 8, "20 years", TimeType.Duration, "P20Y"),
            new TimeExpression(10, 20, "every year", TimeType.Set, "P1Y"),
        ]));

    [Fact]
    public void Only_expressions_that_write_their_year_are_evidence()
    {
        // "10:30 a.m." and "July 9" took their day from the text's other dates: circular without a DCT.
        var result = DocumentDateInference.Infer(
        [
            new TimeExpression(0, 14, "March 3, 2021", TimeType.Date, "2021-03-03"),
            new TimeExpression(20, 30, "10:30 a.m.", TimeType.Time, "2021-07-22T10:30"),
            new TimeExpression(40, 46, "July 9", TimeType.Date, "2021-07-09"),
        ]);
        Assert.Equal(new PartialDate(2021, 3, 3), result!.Value.Date);
        Assert.Null(DocumentDateInference.Infer([new TimeExpression(0, 10, "10:30 a.m.", TimeType.Time, "2021-07-22T10:30")]));
    }

    [Fact]
    public void A_day_bounds_the_window_a_week_later_and_a_year_leaves_it_open()
    {
        var day = PublicationWindow.After(new PartialDate(2021, 7, 22));
        Assert.Equal((new DateOnly(2021, 7, 22), new DateOnly(2021, 7, 29)), (day.Earliest, day.Latest!.Value));
        Assert.True(day.Contains(new DateOnly(2021, 7, 25)));
        Assert.False(day.Contains(new DateOnly(2021, 8, 5)));
        var year = PublicationWindow.After(new PartialDate(2019));
        Assert.Equal(new DateOnly(2019, 1, 1), year.Earliest);
        Assert.Null(year.Latest);
        Assert.True(year.Contains(new DateOnly(2024, 1, 1)));
    }
}
