using Sitrep.News.Times;
using Xunit;
using Sitrep.News.Documents;

namespace Sitrep.News.Tests.Times;

/// <summary>
/// Expressions that depend on the story's own time rather than the DCT alone: bare and BC years,
/// narratives, anaphoric days and years, quarters in company reports, weekends, seasons, parts of days.
/// </summary>
public class ReferenceTimeTests
{
    /// <summary>A history dated by its download: many far years, no word that speaks from the DCT.</summary>
    private const string History =
        "The war began in 1914. Fighting spread in 1915 and 1916. By 1917 both sides were exhausted, and in 1918 the front " +
        "collapsed. On 11 November the guns fell silent. The next day crowds filled the streets. In the spring the first " +
        "troops went home. Two days later the talks opened.";

    /// <summary>News that looks back over decades but still speaks from its date ("On Friday").</summary>
    private const string LookingBack =
        "On Friday officials recalled the floods of 1990, 1993, 1995, 1998 and 2003. In May the river rose again.";

    private static string Show(TimeExpression t) => $"{t.Text}|{t.Type}|{t.Value}|{t.Mod}";

    [Theory]
    // Bare years, year ranges and BC years.
    [InlineData("He died in 1793 in Paris.", null, "1793", TimeType.Date, "1793", null)]
    [InlineData("The 1996 campaign was the last one he ran.", "2021-07-22", "1996", TimeType.Date, "1996", null)]
    [InlineData("The 2003 invasion changed the region.", "2021-07-22", "2003", TimeType.Date, "2003", null)]
    [InlineData("The fighting of 1861-1865 left the valley empty.", null, "1861", TimeType.Date, "1861", null)]
    [InlineData("The fighting of 1861-1865 left the valley empty.", null, "1865", TimeType.Date, "1865", null)]
    [InlineData("Throughout 1915-17 the front barely moved.", null, "17", TimeType.Date, "1917", null)]
    [InlineData("The city fell in 490 BC after a siege.", null, "490 BC", TimeType.Date, "BC0490", null)]
    [InlineData("The revolt lasted from 499 to 493 BC.", null, "499", TimeType.Date, "BC0499", null)]
    [InlineData("The revolt lasted from 499 to 493 BC.", null, "493 BC", TimeType.Date, "BC0493", null)]
    [InlineData("The temple was rebuilt around 146 B.C. by the victors.", null, "146 B.C.", TimeType.Date, "BC0146", null)]
    [InlineData("In fiscal 2020, the company lost money.", "2021-07-22", "fiscal 2020", TimeType.Date, "2020", null)]
    // A narrative takes the story's year; news keeps the DCT's.
    [InlineData(History, "2009-12-19", "11 November", TimeType.Date, "1918-11-11", null)]
    [InlineData(History, "2009-12-19", "The next day", TimeType.Date, "1918-11-12", null)]
    [InlineData(History, "2009-12-19", "the spring", TimeType.Date, "1918-SP", null)]
    [InlineData(History, "2009-12-19", "Two days later", TimeType.Date, "1918-11-14", null)]
    [InlineData(History, null, "11 November", TimeType.Date, "1918-11-11", null)]
    [InlineData(LookingBack, "2021-07-22", "May", TimeType.Date, "2021-05", null)]
    [InlineData(LookingBack, "2021-07-22", "Friday", TimeType.Date, "2021-07-16", null)]
    // Anaphoric days, months and years in news.
    [InlineData("The talks opened on March 3, 2021. The next day the envoys left.", "2021-07-22", "The next day", TimeType.Date, "2021-03-04", null)]
    [InlineData("The next day, fighting resumed.", "2021-07-22", "The next day", TimeType.Date, "2021-07-23", null)]
    [InlineData("The plant closed in 2015. The following year it was sold.", "2021-07-22", "The following year", TimeType.Date, "2016", null)]
    [InlineData("The ceasefire was signed on May 4, 2020. That day the shelling stopped.", "2021-07-22", "That day", TimeType.Date, "2020-05-04", null)]
    [InlineData("Prices peaked in 2008. The previous year they had doubled.", "2021-07-22", "The previous year", TimeType.Date, "2007", null)]
    [InlineData("Aid arrived in June 2019; the following month it ran out.", "2021-07-22", "the following month", TimeType.Date, "2019-07", null)]
    [InlineData("The bridge was hit on 3 June 2020. Two days later it collapsed.", "2021-07-22", "Two days later", TimeType.Date, "2020-06-05", null)]
    [InlineData("The siege began in 2012. Three years earlier the town was calm.", "2021-07-22", "Three years earlier", TimeType.Date, "2009", null)]
    [InlineData("The vote was held on May 2, 2019. The next morning the results came in.", "2021-07-22", "The next morning", TimeType.Time, "2019-05-03TMO", null)]
    [InlineData("A few days later the convoy returned.", "2021-07-22", "A few days later", TimeType.Date, "FUTURE_REF", null)]
    [InlineData("Prices will be frozen over the next year.", "2021-07-22", "the next year", TimeType.Duration, "P1Y", null)]
    // Quarters and years in company reports.
    [InlineData("The firm posted a third-quarter loss.", "1989-11-02", "third-quarter", TimeType.Date, "1989-Q3", null)]
    [InlineData("The bank reported fourth-quarter profit on Tuesday.", "2021-02-10", "fourth-quarter", TimeType.Date, "2020-Q4", null)]
    [InlineData("Sales rose 5% in the quarter.", "2021-11-02", "the quarter", TimeType.Date, "2021-Q3", null)]
    [InlineData("The firm posted a second-quarter loss. Revenue fell in the latest quarter.", "2021-11-02", "the latest quarter", TimeType.Date, "2021-Q2", null)]
    [InlineData("Profit fell in the second quarter, compared with a gain a year earlier.", "2021-08-15", "a year earlier", TimeType.Date, "2020-Q2", null)]
    [InlineData("The bank earned $3 million in the third quarter, up from $2 million a year ago.", "2021-10-20", "a year ago", TimeType.Date, "2020-Q3", null)]
    [InlineData("Net income rose in the third quarter from the year-ago quarter.", "2021-10-20", "the year-ago quarter", TimeType.Date, "2020-Q3", null)]
    [InlineData("Wages were 3% higher than a year earlier.", "2021-10-20", "a year earlier", TimeType.Date, "2020", null)]
    [InlineData("Output will fall next quarter.", "2021-10-20", "next quarter", TimeType.Date, "2022-Q1", null)]
    [InlineData("Profit rose 8% last quarter.", "2021-10-20", "last quarter", TimeType.Date, "2021-Q3", null)]
    [InlineData("Spending will be cut over the next three quarters.", "2021-10-20", "the next three quarters", TimeType.Duration, "P9M", null)]
    [InlineData("Results for the year ended June 30 were weak.", "2021-10-20", "the year", TimeType.Duration, "P1Y", null)]
    [InlineData("Sales for the year rose 4%.", "2021-10-20", "the year", TimeType.Date, "2021", null)]
    [InlineData("Profits rose in the 2020 second quarter.", "2021-10-20", "the 2020 second quarter", TimeType.Date, "2020-Q2", null)]
    // Weekends, seasons, parts of named days.
    [InlineData("Protesters marched over the weekend.", "2021-07-19", "the weekend", TimeType.Date, "2021-W28-WE", null)]
    [InlineData("More rallies will be held on the weekend.", "2021-07-21", "the weekend", TimeType.Date, "2021-W29-WE", null)]
    [InlineData("Food prices climbed in the summer.", "2021-10-05", "the summer", TimeType.Date, "2021-SU", null)]
    [InlineData("The blast came Saturday night.", "2021-07-19", "Saturday night", TimeType.Date, "2021-07-17", null)]
    [InlineData("Talks resumed yesterday afternoon.", "2021-07-19", "yesterday afternoon", TimeType.Date, "2021-07-18", null)]
    // Fuzzy references.
    [InlineData("The current government fell.", "2021-07-19", "current", TimeType.Date, "PRESENT_REF", null)]
    [InlineData("Nobody knows what the future holds.", "2021-07-19", "the future", TimeType.Date, "FUTURE_REF", null)]
    [InlineData("Such raids may become common in the near future.", "2021-07-19", "the near future", TimeType.Date, "FUTURE_REF", null)]
    // A month and day without a year, tense unknown: the nearest one.
    [InlineData("Casualty figures for the Nov. 28 raid remain unclear.", "2022-01-10", "Nov. 28", TimeType.Date, "2021-11-28", null)]
    [InlineData("Officials expect the Jan. 14 deadline to hold.", "2021-12-20", "Jan. 14", TimeType.Date, "2022-01-14", null)]
    // Weekdays next to other capitalized words.
    [InlineData("Earlier Friday, the minister flew to Doha.", "2021-07-23", "Friday", TimeType.Date, "2021-07-23", null)]
    [InlineData("President Ghani Thursday named a new defence minister.", "2021-07-23", "Thursday", TimeType.Date, "2021-07-22", null)]
    public void Tags_and_normalizes(string text, string? dct, string span, TimeType type, string value, string? mod)
    {
        var found = TimeTaggerTests.Tag(text, dct);
        var match = found.FirstOrDefault(t => t.Text == span);
        string actual = match is null ? "not found; tagged: " + string.Join(" ; ", found.Select(Show)) : Show(match);
        Assert.Equal($"{span}|{type}|{value}|{mod}", actual);
    }

    [Theory]
    [InlineData("The army sent 2000 troops to the border.", "2000")]
    [InlineData("About 1500 men crossed the river.", "1500")]
    [InlineData("Resolution 1483 was adopted without a vote.", "1483")]
    [InlineData("A quarter of the votes were lost.", "A quarter")]
    [InlineData("Three quarters of the town fled.", "Three quarters")]
    [InlineData("Super Tuesday results came in late.", "Tuesday")]
    [InlineData("The fall of the city ended the war.", "fall")]
    public void Does_not_tag(string text, string phrase)
    {
        int start = text.IndexOf(phrase, StringComparison.Ordinal);
        int end = start + phrase.Length;
        Assert.Empty(TimeTaggerTests.Tag(text, "2021-07-22").Where(t => t.Start < end && t.End > start).Select(Show));
    }
}
