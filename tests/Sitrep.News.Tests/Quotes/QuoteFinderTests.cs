using Sitrep.News.Documents;
using Sitrep.News.Tests.Pipeline;
using Xunit;

namespace Sitrep.News.Tests.Quotes;

public class QuoteFinderTests
{
    [Theory]
    [InlineData("“We will not leave before the talks end,” said Ahmad Karimi, a local official.", "We will not leave before the talks end,", "Ahmad Karimi", "said")]
    [InlineData("Ahmad Karimi said: “The road is closed to all traffic.”", "The road is closed to all traffic.", "Ahmad Karimi", "said")]
    [InlineData("“There is no agreement yet on any timetable,” a NATO official confirmed.", "There is no agreement yet on any timetable,", "a NATO official", "confirmed")]
    [InlineData("According to the ministry, “all crossings will reopen next week.”", "all crossings will reopen next week.", "the ministry", "according to")]
    [InlineData("\"The convoy reached the border at dawn,\" the governor told reporters.", "The convoy reached the border at dawn,", "the governor", "told")]
    public void Finds_quote_speaker_and_cue(string text, string quote, string speaker, string cue)
    {
        var q = SharedPipeline.Analyze(Layers.Quotes, text).Quotes.Single();
        Assert.Equal((quote, speaker, cue), (q.Text, q.SpeakerText, q.Cue));
    }

    [Fact]
    public void A_pronoun_speaker_is_the_last_person_named()
    {
        var a = SharedPipeline.Analyze(Layers.Quotes, "Analyst Ahmad Karimi met reporters in Herat. “We need more time to rebuild the bridges,” he said.");
        var q = a.Quotes.Single();
        var karimi = a.Mentions.First(m => m.Text == "Ahmad Karimi");
        Assert.Equal(("he", karimi.Key), (q.SpeakerText, q.SpeakerKey));
    }

    [Fact]
    public void A_quote_that_runs_over_two_paragraphs_is_one_quote()
    {
        const string text = "“The first part of the statement is long enough.\n\nAnd the second part closes it here,” Karimi said.";
        var q = SharedPipeline.Analyze(Layers.Quotes, text).Quotes.Single();
        Assert.StartsWith("The first part", q.Text);
        Assert.EndsWith("closes it here,", q.Text);
        Assert.Equal("Karimi", q.SpeakerText);
    }

    [Fact]
    public void Scare_quotes_are_not_quotes() =>
        Assert.Empty(SharedPipeline.Analyze(Layers.Quotes, "The so-called “caliphate” has no future, experts say.").Quotes);

    [Fact]
    public void Quotes_in_one_long_sentence_each_take_the_nearest_cue_before_them()
    {
        // No full stop between them: the search for a cue before each quote goes on from the last one.
        const string text = "Ahmad Karimi said “the road to the north is closed again” while the convoy waited at the border for hours "
            + "and then Maria Zakharova told reporters “the talks will go on next week in Doha” while according to the ministry "
            + "“all crossings will reopen by Friday” and";
        var quotes = SharedPipeline.Analyze(Layers.Quotes, text).Quotes;
        Assert.Equal([("Ahmad Karimi", "said"), ("Maria Zakharova", "told"), ("the ministry", "according to")],
            quotes.Select(q => (q.SpeakerText, q.Cue)));
    }

    [Fact]
    public void A_second_quote_with_no_cue_of_its_own_takes_the_cue_before_the_first()
    {
        const string text = "Ahmad Karimi said “the road to the north is closed again” and “the bridge will take months to rebuild” and";
        var quotes = SharedPipeline.Analyze(Layers.Quotes, text).Quotes;
        Assert.Equal([("Ahmad Karimi", "said"), ("Ahmad Karimi", "said")], quotes.Select(q => (q.SpeakerText, q.Cue)));
    }
}
