using Sitrep.Articles;
using Sitrep.News.Times;
using Sitrep.Nlp.Tokens;
using Xunit;
using Sitrep.News.Documents;

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
    // The wire's four-digit clock with its zone is a time, not a year.
    [InlineData("Trading halted at 1630 GMT on the exchange.", "1987-03-02", "1630 GMT", TimeType.Time, "1987-03-02T16:30", null)]
    [InlineData("The ceasefire begins at 2300 local time.", "2021-07-22", "2300 local time", TimeType.Time, "2021-07-22T23:00", null)]
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
    // Tense cues: irregular past forms, "since", intent as a verb but not as a noun, adjectives after a determiner.
    [InlineData("Since KKR bought the chain in February, it has sold units.", "1989-10-30", "February", TimeType.Date, "1989-02", null)]
    [InlineData("The thrift announced the plan Aug. 21.", "1989-10-27", "Aug. 21", TimeType.Date, "1989-08-21", null)]
    [InlineData("The firm expects to release results in mid-November.", "1989-10-27", "mid-November", TimeType.Date, "1989-11", "MID")]
    [InlineData("The reduced dividend is payable Jan. 2.", "1989-11-02", "Jan. 2", TimeType.Date, "1990-01-02", null)]
    [InlineData("Protesters planned a march in the city on Saturday.", "2000-01-07", "Saturday", TimeType.Date, "2000-01-08", null)]
    [InlineData("He and the prime minister meet separately Monday with the envoy.", "1998-05-01", "Monday", TimeType.Date, "1998-05-04", null)]
    // A forecast quarter does not stop the next quarter named from being the one reported.
    [InlineData("Losses may last into the third quarter of 1990. Third-quarter sales fell to $1.2 billion from $1.4 billion a year ago.", "1989-10-26", "a year ago", TimeType.Date, "1988-Q3", null)]
    // A month and no tense cue: the past one unless the coming one is much nearer.
    [InlineData("Shares rose to a high in June from a low in March.", "1989-10-30", "March", TimeType.Date, "1989-03", null)]
    [InlineData("A vote on the budget in December is likely.", "2021-11-10", "December", TimeType.Date, "2021-12", null)]
    // A month with a relative year; a quarter of next year; halves in other words; the latest period.
    [InlineData("In January this year, police searched the farm.", "1998-02-19", "January this year", TimeType.Date, "1998-01", null)]
    [InlineData("In June last year, the leaders fell out.", "1998-02-19", "June last year", TimeType.Date, "1997-06", null)]
    [InlineData("The split could take effect in next year's first quarter.", "1989-10-31", "next year's first quarter", TimeType.Date, "1990-Q1", null)]
    [InlineData("Earnings will be lower for the last half of 1989.", "1989-10-26", "the last half of 1989", TimeType.Date, "1989-H2", null)]
    [InlineData("The slump should last through the first two quarters of 1990.", "1989-10-26", "the first two quarters of 1990", TimeType.Date, "1990-H1", null)]
    [InlineData("Third-quarter sales dropped 11%.", "1989-10-26", "Third-quarter", TimeType.Date, "1989-Q3", null)]
    [InlineData("The bank announced a loss for the third quarter of $226.3 million.", "1989-10-26", "the third quarter", TimeType.Date, "1989-Q3", null)]
    [InlineData("Revenue in the latest period rose 13%.", "1989-11-02", "the latest period", TimeType.Date, "1989-Q3", null)]
    // Counts: two-word numbers, halves, "N more".
    [InlineData("Stocks fell in the last twenty four hours.", "1998-01-08", "the last twenty four hours", TimeType.Duration, "PT24H", null)]
    [InlineData("The refugees stayed in camps for 2 1/2 years.", "1998-02-27", "2 1/2 years", TimeType.Duration, "P2Y6M", null)]
    [InlineData("She spent 5 1/2 hours on the ground.", "1998-08-17", "5 1/2 hours", TimeType.Duration, "PT5H30M", null)]
    [InlineData("The talks took two and a half days.", "1998-08-17", "two and a half days", TimeType.Duration, "P2DT12H", null)]
    [InlineData("The boy will stay for two more weeks.", "2000-06-01", "two more weeks", TimeType.Duration, "P2W", null)]
    // Fuzzy references: recent spans, "recent" before a noun, coming months, the past, the near term, year-end.
    [InlineData("Officials voiced concern in recent months.", "1998-04-02", "recent months", TimeType.Duration, "PXM", null)]
    [InlineData("The recent closing of a bakery cut jobs.", "1989-11-02", "recent", TimeType.Date, "PAST_REF", null)]
    [InlineData("The economy should slow in coming months.", "1998-02-06", "coming months", TimeType.Date, "FUTURE_REF", null)]
    [InlineData("In the past it considered buying the company.", "1989-10-30", "the past", TimeType.Date, "PAST_REF", null)]
    [InlineData("We face challenges in the near term.", "1989-10-30", "the near term", TimeType.Date, "FUTURE_REF", null)]
    [InlineData("The deal should close by year-end.", "1989-11-02", "year-end", TimeType.Date, "1989", "END")]
    [InlineData("The index has risen 4% since year-end.", "1989-10-30", "year-end", TimeType.Date, "1988", "END")]
    // Years said in words; holidays.
    [InlineData("In nineteen seventy-nine the army invaded.", "1998-01-21", "nineteen seventy-nine", TimeType.Date, "1979", null)]
    [InlineData("January nineteen ninety-seven. Atlanta again.", "1998-02-27", "January nineteen ninety-seven", TimeType.Date, "1997-01", null)]
    [InlineData("Prices matched the winter of nineteen ninety-four.", "1998-02-23", "the winter of nineteen ninety-four", TimeType.Date, "1994-WI", null)]
    [InlineData("He promised full employment by the year two thousand.", "1998-02-05", "the year two thousand", TimeType.Date, "2000", null)]
    [InlineData("The boy was found on Thanksgiving Day at sea.", "2000-01-07", "Thanksgiving Day", TimeType.Date, "1999-11-25", null)]
    [InlineData("He was rescued last Thanksgiving.", "2000-02-10", "last Thanksgiving", TimeType.Date, "1999-11-25", null)]
    [InlineData("The campaign runs from now to Election Day.", "1998-10-26", "Election Day", TimeType.Date, "1998-11-03", null)]
    [InlineData("Crowds prayed as Easter week began.", "2000-04-17", "Easter week", TimeType.Date, "2000-W16", null)]
    [InlineData("The troops were home by Christmas 2007.", "2009-12-19", "Christmas 2007", TimeType.Date, "2007-12-25", null)]
    [InlineData("The shops will close on Good Friday.", "2024-03-20", "Good Friday", TimeType.Date, "2024-03-29", null)]
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
