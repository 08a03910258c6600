using Sitrep.Ingest.Articles;
using Sitrep.News.Times;
using Sitrep.Nlp.Tokens;
using Xunit;

namespace Sitrep.News.Tests.Times;

/// <summary>
/// The kinds issue 4 names beyond plain dates: clock times on a named day, day ranges, ranges and
/// deadlines, numeric dates by locale, ISO weeks, decades and centuries, fuzzy references, mods,
/// tense cues, and the story's time in narratives.
/// </summary>
public class TimeFeatureTests
{
    /// <summary>A history: far years only, nothing that speaks from the DCT.</summary>
    private const string History =
        "The war began in 1914. Fighting spread in 1915 and 1916. By 1917 both sides were exhausted, and in 1918 the front " +
        "collapsed. On 11 November the guns fell silent. At the same time the fleet mutinied. Their spring offensive had failed.";

    private static string Show(TimeExpression t) => $"{t.Text}|{t.Type}|{t.Value}|{t.Mod}";

    [Theory]
    // A clock time takes the day named after it.
    [InlineData("The convoy left at 9 a.m. Tuesday.", "2021-07-22", "9 a.m. Tuesday", TimeType.Time, "2021-07-20T09:00", null)]
    [InlineData("The deadline will expire at noon Friday.", "2021-07-22", "noon Friday", TimeType.Time, "2021-07-23T12:00", null)]
    [InlineData("The blast struck at 10:35 a.m. (0735 GMT) Friday.", "2021-07-24", "10:35 a.m.", TimeType.Time, "2021-07-23T10:35", null)]
    [InlineData("Talks will open at 4 a.m. EDT Thursday.", "2021-07-20", "4 a.m. EDT Thursday", TimeType.Time, "2021-07-22T04:00", null)]
    [InlineData("The strike began at 5:34 AM local time on March 20, 2003.", "2009-12-19", "5:34 AM local time", TimeType.Time, "2003-03-20T05:34", null)]
    [InlineData("Militia crossed the bridge on the night of April 18, 1775.", null, "the night of April 18, 1775", TimeType.Time, "1775-04-18TNI", null)]
    [InlineData("The raids always came at night.", "2021-07-22", "at night", TimeType.Time, "XXXX-XX-XXTNI", null)]
    // Day ranges: each end is a TIMEX3 with the month and year.
    [InlineData("The battle raged on 22-25 April 1951 near the river.", null, "22", TimeType.Date, "1951-04-22", null)]
    [InlineData("The battle raged on 22-25 April 1951 near the river.", null, "25 April 1951", TimeType.Date, "1951-04-25", null)]
    [InlineData("Talks were held March 5-9, 1918 in the city.", null, "March 5", TimeType.Date, "1918-03-05", null)]
    [InlineData("Talks were held March 5-9, 1918 in the city.", null, "9, 1918", TimeType.Date, "1918-03-09", null)]
    [InlineData("The fair runs April 13-15 in the park.", "2021-07-22", "15", TimeType.Date, "2021-04-15", null)]
    [InlineData("The offensive ran from 15 to 22 February 1984.", null, "15", TimeType.Date, "1984-02-15", null)]
    [InlineData("Two armies gave up on May 4 and 5, 1865.", null, "May 4", TimeType.Date, "1865-05-04", null)]
    [InlineData("Two armies gave up on May 4 and 5, 1865.", null, "5, 1865", TimeType.Date, "1865-05-05", null)]
    // A year after a comma, "of", an era or "of that year".
    [InlineData("In January, 1918, the army withdrew.", null, "January, 1918", TimeType.Date, "1918-01", null)]
    [InlineData("Xerxes crossed into Europe in April 480 BC.", null, "April 480 BC", TimeType.Date, "BC0480-04", null)]
    [InlineData("The war ended in 1918. In October of that year the fleet mutinied.", null, "October of that year", TimeType.Date, "1918-10", null)]
    [InlineData("A crowd marched on June 20 of 1792.", null, "June 20 of 1792", TimeType.Date, "1792-06-20", null)]
    // ISO weeks, decades, centuries.
    [InlineData("Deliveries resume in week 32.", "2021-07-22", "week 32", TimeType.Date, "2021-W32", null)]
    [InlineData("Sales peaked in week 5 of 2020.", "2021-07-22", "week 5 of 2020", TimeType.Date, "2020-W05", null)]
    [InlineData("The plan covers 2021-W32 only.", "2021-07-22", "2021-W32", TimeType.Date, "2021-W32", null)]
    [InlineData("The canal was dug in the 19th century.", "2021-07-22", "the 19th century", TimeType.Date, "18", null)]
    [InlineData("Mills spread in the early 19th century.", "2021-07-22", "the early 19th century", TimeType.Date, "18", "START")]
    [InlineData("Rents doubled in the 1980s.", "2021-07-22", "the 1980s", TimeType.Date, "198", null)]
    [InlineData("The market boomed in the '90s.", "2021-07-22", "the '90s", TimeType.Date, "199", null)]
    [InlineData("Exports fell in the late 1990s.", "2021-07-22", "the late 1990s", TimeType.Date, "199", "END")]
    // Fuzzy references and quantity mods.
    [InlineData("More troops will arrive in the coming weeks.", "2021-07-22", "the coming weeks", TimeType.Date, "FUTURE_REF", null)]
    [InlineData("Attacks have grown in recent years.", "2021-07-22", "recent years", TimeType.Date, "PAST_REF", null)]
    [InlineData("The envoy recently met the elders.", "2021-07-22", "recently", TimeType.Date, "PAST_REF", null)]
    [InlineData("Fuel prices are high these days.", "2021-07-22", "these days", TimeType.Date, "PRESENT_REF", null)]
    [InlineData("The siege lasted more than a month.", "2021-07-22", "more than a month", TimeType.Duration, "P1M", "MORE_THAN")]
    [InlineData("The pause will last no more than two weeks.", "2021-07-22", "no more than two weeks", TimeType.Duration, "P2W", "EQUAL_OR_LESS")]
    [InlineData("They joined less than a decade after the fall.", "2021-07-22", "less than a decade", TimeType.Duration, "P1DE", "LESS_THAN")]
    [InlineData("The talks lasted at least three days.", "2021-07-22", "at least three days", TimeType.Duration, "P3D", "EQUAL_OR_MORE")]
    [InlineData("The mission ran for nearly 20 years.", "2021-07-22", "nearly 20 years", TimeType.Duration, "P20Y", "APPROX")]
    [InlineData("Work stops by the middle of next month.", "2021-07-22", "the middle of next month", TimeType.Date, "2021-08", "MID")]
    [InlineData("Fighting eased at the beginning of 2020.", "2021-07-22", "the beginning of 2020", TimeType.Date, "2020", "START")]
    // Tense: a schedule reported in the past, look-ahead phrases, the present perfect.
    [InlineData("The offer was extended to Nov. 6.", "2021-10-30", "Nov. 6", TimeType.Date, "2021-11-06", null)]
    [InlineData("The firm said it would pay the dividend Dec. 15.", "2021-10-26", "Dec. 15", TimeType.Date, "2021-12-15", null)]
    [InlineData("Elections were held on Oct. 30.", "2021-11-02", "Oct. 30", TimeType.Date, "2021-10-30", null)]
    [InlineData("The envoy could arrive as soon as Tuesday.", "2021-07-22", "Tuesday", TimeType.Date, "2021-07-27", null)]
    [InlineData("The talks are set to resume Monday.", "2021-07-22", "Monday", TimeType.Date, "2021-07-26", null)]
    [InlineData("Police have searched the hills since Oct. 23.", "2021-05-06", "Oct. 23", TimeType.Date, "2020-10-23", null)]
    // Narratives: the story's time, a year that does not move it back, a glance back that does not move it.
    [InlineData(History, "2009-12-19", "the same time", TimeType.Date, "1918-11-11", null)]
    [InlineData(History, "2009-12-19", "spring", TimeType.Date, "1918-SP", null)]
    [InlineData("The fleet sailed on December 8, 1941. By the end of 1941 it was back. In January the allies met.", null, "January", TimeType.Date, "1942-01", null)]
    [InlineData("The plant opened on 3 May 1950. The previous year it had been bombed. In June the first trains ran.", null, "June", TimeType.Date, "1950-06", null)]
    [InlineData("The plant opened on 3 May 1950. The previous year it had been bombed. In June the first trains ran.", null, "The previous year", TimeType.Date, "1949", null)]
    public void Tags_and_normalizes(string text, string? dct, string span, TimeType type, string value, string? mod)
    {
        var found = TimeTaggerTests.Tag(text, dct);
        Assert.Contains($"{span}|{type}|{value}|{mod}", found.Select(Show));
    }

    [Theory]
    [InlineData("Troops will leave by 9/11.", "9/11", TimeBound.Deadline)]
    [InlineData("The truce holds until September 11.", "September 11", TimeBound.Deadline)]
    [InlineData("Funds must be spent no later than June 30.", "June 30", TimeBound.Deadline)]
    [InlineData("There will be no withdrawal by the end of next April.", "the end of next April", TimeBound.Deadline)]
    [InlineData("The war lasted from 1861 to 1865.", "1861", TimeBound.RangeStart)]
    [InlineData("The war lasted from 1861 to 1865.", "1865", TimeBound.RangeEnd)]
    [InlineData("Talks ran from May to July.", "May", TimeBound.RangeStart)]
    [InlineData("Talks ran from May to July.", "July", TimeBound.RangeEnd)]
    [InlineData("The fighting of 1861-1865 left the valley empty.", "1865", TimeBound.RangeEnd)]
    [InlineData("The battle raged on 22-25 April 1951.", "22", TimeBound.RangeStart)]
    [InlineData("The battle raged on 22-25 April 1951.", "25 April 1951", TimeBound.RangeEnd)]
    [InlineData("Prices rose between 1990 and 2000.", "1990", TimeBound.RangeStart)]
    [InlineData("The offer runs from Monday until Friday.", "Friday", TimeBound.RangeEnd)]
    [InlineData("The plant closed in 2015.", "2015", TimeBound.None)]
    public void Records_ranges_and_deadlines(string text, string span, TimeBound bound)
    {
        var found = TimeTaggerTests.Tag(text, "2021-07-22");
        Assert.Equal(bound, Assert.Single(found, t => t.Text == span).Bound);
    }

    [Theory]
    [InlineData("The decree of 7/8/2021 set the terms.", NumericDateOrder.MonthFirst, "2021-07-08")]
    [InlineData("The decree of 7/8/2021 set the terms.", NumericDateOrder.DayFirst, "2021-08-07")]
    [InlineData("The decree of 22/07/2021 set the terms.", NumericDateOrder.MonthFirst, "2021-07-22")]
    [InlineData("The decree of 7/22/2021 set the terms.", NumericDateOrder.DayFirst, "2021-07-22")]
    [InlineData("The decree of 03/04/21 set the terms.", NumericDateOrder.DayFirst, "2021-04-03")]
    public void Reads_numeric_dates_in_the_locale_order(string text, NumericDateOrder order, string value)
    {
        var tokens = Tokenizer.Tokenize(text);
        var tagger = new TimeTagger { NumericDates = order };
        var found = tagger.Tag(text, tokens, SentenceSplitter.Split(text, tokens), new PartialDate(2021, 7, 22));
        Assert.Equal(value, Assert.Single(found).Value);
    }
}
