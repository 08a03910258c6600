using Sitrep.Articles;
using Sitrep.News.Times;
using Sitrep.Nlp.Tokens;
using Xunit;
using Sitrep.News.Documents;

namespace Sitrep.News.Tests.Times;

public class TimeTaggerTests
{
    private static readonly TimeTagger Tagger = new();

    internal static IReadOnlyList<TimeExpression> Tag(string text, string? dct)
    {
        var tokens = Tokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, tokens);
        PartialDate? date = null;
        if (dct is not null)
        {
            Assert.True(PartialDate.TryParse(dct, out var d));
            date = d;
        }
        return Tagger.Tag(text, tokens, sentences, date);
    }

    private static string Show(TimeExpression t) => $"{t.Text}|{t.Type}|{t.Value}|{t.Mod}";

    [Theory]
    // Full dates.
    [InlineData("The withdrawal is to end on the 20th anniversary of the September 11, 2001 terrorist attack.", "2021-04-15", "September 11, 2001", TimeType.Date, "2001-09-11", null)]
    [InlineData("The order was signed on July 22, 2021 in Kabul.", "2021-07-23", "July 22, 2021", TimeType.Date, "2021-07-22", null)]
    [InlineData("The statement is dated Thursday, July 22, 2021.", null, "Thursday, July 22, 2021", TimeType.Date, "2021-07-22", null)]
    [InlineData("Talks resumed on 22 July 2021 in Doha.", "2021-07-30", "22 July 2021", TimeType.Date, "2021-07-22", null)]
    [InlineData("The report was published 2021-07-22 by the ministry.", null, "2021-07-22", TimeType.Date, "2021-07-22", null)]
    [InlineData("The decree of 7/22/2021 set the terms.", null, "7/22/2021", TimeType.Date, "2021-07-22", null)]
    [InlineData("The decree of 22/7/2021 set the terms.", null, "22/7/2021", TimeType.Date, "2021-07-22", null)]
    [InlineData("Fighting broke out on Sept. 3, 2019 near the border.", null, "Sept. 3, 2019", TimeType.Date, "2019-09-03", null)]
    [InlineData("The convoy left on the 3rd of March 2020.", null, "the 3rd of March 2020", TimeType.Date, "2020-03-03", null)]
    // Month and day without a year: the DCT's year, moved by tense.
    [InlineData("Reuters on January 31 quoted four unnamed senior NATO officials.", "2021-02-02", "January 31", TimeType.Date, "2021-01-31", null)]
    [InlineData("The first unit arrived on July 8 at the base.", "2021-07-22", "July 8", TimeType.Date, "2021-07-08", null)]
    [InlineData("On June 8 the envoy met tribal elders.", "2021-07-22", "June 8", TimeType.Date, "2021-06-08", null)]
    [InlineData("The governor said elections were held on December 28.", "2021-01-05", "December 28", TimeType.Date, "2020-12-28", null)]
    [InlineData("The summit will open on January 10.", "2020-12-28", "January 10", TimeType.Date, "2021-01-10", null)]
    [InlineData("All troops will be withdrawn from the Central Asian country by 9/11.", "2021-04-15", "9/11", TimeType.Date, "2021-09-11", null)]
    [InlineData("All troops will be withdrawn by 9/11.", null, "9/11", TimeType.Date, "XXXX-09-11", null)]
    [InlineData("The ceasefire holds until 12 August.", "2021-07-22", "12 August", TimeType.Date, "2021-08-12", null)]
    // Months and month + year.
    [InlineData("Coalition forces will not leave Afghanistan in May.", "2021-02-02", "May", TimeType.Date, "2021-05", null)]
    [InlineData("The US President in December announced a drawdown.", "2021-02-02", "December", TimeType.Date, "2020-12", null)]
    [InlineData("Prices rose in March, officials said.", "2021-07-22", "March", TimeType.Date, "2021-03", null)]
    [InlineData("The last patrol ran in December 2020.", "2021-07-22", "December 2020", TimeType.Date, "2020-12", null)]
    [InlineData("The base closed in May.", null, "May", TimeType.Date, "XXXX-05", null)]
    [InlineData("There will be no complete withdrawal of troops from the allies by the end of next April.", "2021-02-02", "the end of next April", TimeType.Date, "2021-04", "END")]
    [InlineData("Aid deliveries stopped last December.", "2021-02-02", "last December", TimeType.Date, "2020-12", null)]
    [InlineData("Similar claims were made in the province of Faryab in early July.", "2021-07-22", "early July", TimeType.Date, "2021-07", "START")]
    [InlineData("The offensive stalled in mid-June.", "2021-07-22", "mid-June", TimeType.Date, "2021-06", "MID")]
    // Years.
    [InlineData("The Taliban were ousted in late 2001.", "2021-07-22", "late 2001", TimeType.Date, "2001", "END")]
    [InlineData("The mission has been running since 2001.", "2021-07-22", "2001", TimeType.Date, "2001", null)]
    [InlineData("The pact expires by the end of 2024.", "2021-07-22", "the end of 2024", TimeType.Date, "2024", "END")]
    [InlineData("Output is expected to recover by mid-2022.", "2021-07-22", "mid-2022", TimeType.Date, "2022", "MID")]
    [InlineData("In 2014, the coalition ended combat operations.", null, "2014", TimeType.Date, "2014", null)]
    [InlineData("Casualties fell from 2018 to 2020.", null, "2020", TimeType.Date, "2020", null)]
    [InlineData("Between 1996 and 2001 the Taliban ruled Kabul.", null, "1996", TimeType.Date, "1996", null)]
    [InlineData("Between 1996 and 2001 the Taliban ruled Kabul.", null, "2001", TimeType.Date, "2001", null)]
    [InlineData("The budget runs out by the end of the year.", "2021-07-22", "the end of the year", TimeType.Date, "2021", "END")]
    [InlineData("The coalition invaded in 2001 after the September 11 attack.", "2019-09-01", "September 11", TimeType.Date, "2001-09-11", null)]
    [InlineData("The United States led the international intervention in Afghanistan in 2001 after the September 11 attack by al-Qaeda, and the Taliban have been accused of sheltering it.", "2019", "September 11", TimeType.Date, "2001-09-11", null)]
    [InlineData("A plan approved in 2017 that set no quota, the agency had bought 500 units through Sept. 29.", "2019-10-30", "Sept. 29", TimeType.Date, "2019-09-29", null)]
    [InlineData("Officials met in 2020 and will meet again on June 8.", "2021-05-01", "June 8", TimeType.Date, "2021-06-08", null)]
    // Decades and centuries.
    [InlineData("Soviet troops fought there in the 1980s.", "2021-07-22", "the 1980s", TimeType.Date, "198", null)]
    [InlineData("The militia dates back to the '90s.", null, "the '90s", TimeType.Date, "199", null)]
    [InlineData("Warlords ruled the province in the 90s.", null, "the 90s", TimeType.Date, "199", null)]
    [InlineData("The fort was built in the 20th century.", null, "the 20th century", TimeType.Date, "19", null)]
    [InlineData("Opium output surged in the early 2000s.", null, "the early 2000s", TimeType.Date, "200", "START")]
    // Deictic days and weekdays.
    [InlineData("The minister resigned today.", "2021-07-22", "today", TimeType.Date, "2021-07-22", null)]
    [InlineData("Two rockets hit the airport yesterday.", "2021-07-22", "yesterday", TimeType.Date, "2021-07-21", null)]
    [InlineData("The talks resume tomorrow.", "2021-07-22", "tomorrow", TimeType.Date, "2021-07-23", null)]
    [InlineData("The spokesman said on Wednesday that the road was open.", "2019-08-09", "Wednesday", TimeType.Date, "2019-08-07", null)]
    [InlineData("On Tuesday, officials announced new curfews.", "2019-08-09", "Tuesday", TimeType.Date, "2019-08-06", null)]
    [InlineData("The delegation will travel to Doha on Tuesday.", "2019-08-09", "Tuesday", TimeType.Date, "2019-08-13", null)]
    [InlineData("Protests continued on Friday.", "2019-08-09", "Friday", TimeType.Date, "2019-08-09", null)]
    [InlineData("A meeting is planned for next Monday.", "2019-08-09", "next Monday", TimeType.Date, "2019-08-12", null)]
    [InlineData("The spokesman said on Wednesday that the road was open.", null, "Wednesday", TimeType.Date, "XXXX-WXX-3", null)]
    [InlineData("The spokesman said on Wednesday that the road was open.", "2019", "Wednesday", TimeType.Date, "2019-WXX-3", null)]
    [InlineData("Shelling resumed Friday morning.", "2019-08-09", "Friday morning", TimeType.Date, "2019-08-09", null)]
    [InlineData("He arrived last Wednesday.", "2021-07-22", "last Wednesday", TimeType.Date, "2021-07-21", null)]
    [InlineData("Today the border reopened.", "2021", "Today", TimeType.Date, "2021-XX-XX", null)]
    // Relative periods.
    [InlineData("Kabul did not honour the agreement signed last year.", "2021-02-02", "last year", TimeType.Date, "2020", null)]
    [InlineData("Growth will slow this year.", "2021-07-22", "this year", TimeType.Date, "2021", null)]
    [InlineData("Elections are due next year.", "2021-07-22", "next year", TimeType.Date, "2022", null)]
    [InlineData("Elections are due next year.", null, "next year", TimeType.Date, "FUTURE_REF", null)]
    [InlineData("Kabul did not honour the agreement signed last year.", null, "last year", TimeType.Date, "PAST_REF", null)]
    [InlineData("Fuel prices doubled last month.", "2021-01-15", "last month", TimeType.Date, "2020-12", null)]
    [InlineData("Fuel prices doubled last month.", "2021", "last month", TimeType.Date, "2021-XX", null)]
    [InlineData("Talks will continue next week.", "2021-07-15", "next week", TimeType.Date, "2021-W29", null)]
    [InlineData("The envoy visited Kabul this week.", "2021-07-22", "this week", TimeType.Date, "2021-W29", null)]
    [InlineData("The market reopened this weekend.", "2021-07-24", "this weekend", TimeType.Date, "2021-W29-WE", null)]
    [InlineData("The convoy was ambushed two days ago.", "2021-07-22", "two days ago", TimeType.Date, "2021-07-20", null)]
    [InlineData("The bridge collapsed three weeks ago.", "2021-07-22", "three weeks ago", TimeType.Date, "2021-W26", null)]
    [InlineData("The project will be finished in two years.", "2021-07-22", "in two years", TimeType.Date, "2023", null)]
    [InlineData("Drought hit the north last summer.", "2021-07-22", "last summer", TimeType.Date, "2020-SU", null)]
    [InlineData("Profits fell in the first quarter of 2021.", null, "the first quarter of 2021", TimeType.Date, "2021-Q1", null)]
    [InlineData("Profits fell in the fourth quarter of last year.", "2021-07-22", "the fourth quarter of last year", TimeType.Date, "2020-Q4", null)]
    [InlineData("The offensive began in the summer of 2019.", null, "the summer of 2019", TimeType.Date, "2019-SU", null)]
    // Durations.
    [InlineData("Foreign troops have been there for nearly 20 years.", "2021-04-15", "nearly 20 years", TimeType.Duration, "P20Y", "APPROX")]
    [InlineData("The siege lasted 20 years.", null, "20 years", TimeType.Duration, "P20Y", null)]
    [InlineData("The Taliban took control over Garmsir district over the past 24 hours.", "2021-07-22", "the past 24 hours", TimeType.Duration, "PT24H", null)]
    [InlineData("Prices will be frozen over the next three months.", "2021-07-22", "the next three months", TimeType.Duration, "P3M", null)]
    [InlineData("The minister began a two-day visit to Tashkent.", null, "two-day", TimeType.Duration, "P2D", null)]
    [InlineData("The minister began a two days visit to Tashkent.", null, "two days", TimeType.Duration, "P2D", null)]
    [InlineData("A 24-hour curfew was imposed.", null, "24-hour", TimeType.Duration, "PT24H", null)]
    [InlineData("There is not more than a month left before the deadline.", null, "not more than a month", TimeType.Duration, "P1M", "EQUAL_OR_LESS")]
    [InlineData("The region has been at war for decades.", null, "decades", TimeType.Duration, "PXDE", null)]
    [InlineData("The talks could take a few weeks.", null, "a few weeks", TimeType.Duration, "PXW", null)]
    [InlineData("Dozens died in the past week.", "2021-07-22", "the past week", TimeType.Duration, "P1W", null)]
    [InlineData("For years, the town was quiet.", null, "years", TimeType.Duration, "PXY", null)]
    [InlineData("Refugees waited for more than six hours at the crossing.", null, "more than six hours", TimeType.Duration, "PT6H", "MORE_THAN")]
    [InlineData("The ceasefire lasted about a week.", null, "about a week", TimeType.Duration, "P1W", "APPROX")]
    // Fuzzy references.
    [InlineData("The group has recently expanded its operations.", "2021-07-22", "recently", TimeType.Date, "PAST_REF", null)]
    [InlineData("The road is now open to traffic.", "2021-07-22", "now", TimeType.Date, "PRESENT_REF", null)]
    [InlineData("About 2,500 troops are currently deployed.", "2021-07-22", "currently", TimeType.Date, "PRESENT_REF", null)]
    [InlineData("More troops will leave in the coming weeks.", "2021-07-22", "the coming weeks", TimeType.Date, "FUTURE_REF", null)]
    [InlineData("A reporter met him the other day in Herat.", "2021-07-22", "the other day", TimeType.Date, "PAST_REF", null)]
    [InlineData("Earlier, the governor had denied the reports.", "2021-07-22", "Earlier", TimeType.Date, "PAST_REF", null)]
    [InlineData("Such attacks were rare in the past.", "2021-07-22", "the past", TimeType.Date, "PAST_REF", null)]
    // Clock times and parts of the day.
    [InlineData("The blast happened at 10:30 a.m. near the gate.", "2021-07-22", "10:30 a.m.", TimeType.Time, "2021-07-22T10:30", null)]
    [InlineData("On July 20 at 9 p.m. the convoy left.", "2021-07-22", "9 p.m.", TimeType.Time, "2021-07-20T21:00", null)]
    [InlineData("Curfew starts at 22:00 in the capital.", "2021-07-22", "22:00", TimeType.Time, "2021-07-22T22:00", null)]
    [InlineData("Gunfire was heard this morning.", "2021-07-22", "this morning", TimeType.Time, "2021-07-22TMO", null)]
    [InlineData("Gunfire was heard this morning.", null, "this morning", TimeType.Time, "XXXX-XX-XXTMO", null)]
    [InlineData("Drones struck the camp last night.", "2021-07-22", "last night", TimeType.Time, "2021-07-21TNI", null)]
    // Sets.
    [InlineData("The council meets every year in Kabul.", null, "every year", TimeType.Set, "P1Y", null)]
    [InlineData("The figures are updated daily.", null, "daily", TimeType.Set, "P1D", null)]
    [InlineData("Elders gather every Monday.", null, "every Monday", TimeType.Set, "XXXX-WXX-1", null)]
    [InlineData("Inspectors visit the site twice a month.", null, "twice a month", TimeType.Set, "P1M", null)]
    public void Tags_and_normalizes(string text, string? dct, string span, TimeType type, string value, string? mod)
    {
        var found = Tag(text, dct);
        var match = found.FirstOrDefault(t => t.Text == span);
        string actual = match is null ? "not found; tagged: " + string.Join(" ; ", found.Select(Show)) : Show(match);
        Assert.Equal($"{span}|{type}|{value}|{mod}", actual);
        Assert.Equal(span, text[match!.Start..match.End]);
    }

    [Theory]
    [InlineData("The Taliban now control 174 areas of the country.", "174")]
    [InlineData("Moscow keeps 7,000 military personnel in the region.", "7,000")]
    [InlineData("The 201st Russian military base is in Tajikistan.", "201st")]
    [InlineData("Stoltenberg said more than 2,350 US soldiers had died.", "2,350")]
    [InlineData("The convoy carried 2000 tonnes of flour.", "2000")]
    [InlineData("Theresa May said the vote would go ahead.", "May")]
    [InlineData("May's government fell apart.", "May")]
    [InlineData("Half of the aid, 1/2 of the total, was lost.", "1/2")]
    [InlineData("The service runs 24/7 across the city.", "24/7")]
    [InlineData("He won a second term in the vote.", "a second")]
    [InlineData("The 9/11 attacks changed everything.", "9/11")]
    [InlineData("The commander said the first half of the campaign was over.", "the first half")]
    [InlineData("He arrived as soon as the road opened.", "soon")]
    [InlineData("A 20-year-old man was detained.", "20-year-old")]
    [InlineData("The Sunday Times reported the raid.", "Sunday")]
    [InlineData("Black Friday deals drew big crowds.", "Friday")]
    [InlineData("Since 9/11, the US has spent billions.", "9/11")]
    [InlineData("The ministry expects an answer soon.", "soon")]
    [InlineData("March on, the crowd chanted.", "March")]
    [InlineData("He moved to Kabul in his 20s.", "20s")]
    [InlineData("Now, he says, the talks are over.", "Now")]
    [InlineData("This time the vote passed easily.", "This time")]
    [InlineData("The hot spring water was safe.", "spring")]
    [InlineData("Prices will fall 13-15 percent.", "13")]
    public void Does_not_tag(string text, string phrase)
    {
        int start = text.IndexOf(phrase, StringComparison.Ordinal);
        int end = start + phrase.Length;
        var overlapping = Tag(text, "2021-07-22").Where(t => t.Start < end && t.End > start).Select(Show);
        Assert.Empty(overlapping);
    }

    [Fact]
    public void Anniversary_sentence_tags_the_date_only()
    {
        const string text = "The withdrawal is to end on the 20th anniversary of the September 11, 2001 terrorist attack.";
        Assert.Equal(["September 11, 2001|Date|2001-09-11|"], Tag(text, "2021-04-15").Select(Show));
    }

    [Fact]
    public void Spans_are_sorted_and_do_not_overlap()
    {
        const string text = "On Tuesday, July 20, 2021, at 10:30 a.m., officials said that for nearly 20 years, since late 2001, " +
                            "troops had stayed. They will leave by the end of next April. Talks resume next week, every Monday.";
        var found = Tag(text, "2021-07-22");
        Assert.Equal(
            ["Tuesday, July 20, 2021|Date|2021-07-20|", "10:30 a.m.|Time|2021-07-20T10:30|", "nearly 20 years|Duration|P20Y|APPROX",
             "late 2001|Date|2001|END", "the end of next April|Date|2022-04|END", "next week|Date|2021-W30|", "every Monday|Set|XXXX-WXX-1|"],
            found.Select(Show));
        for (int k = 1; k < found.Count; k++) Assert.True(found[k - 1].End <= found[k].Start);
    }
}
