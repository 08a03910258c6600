using Sitrep.News.Documents;
using Sitrep.News.Tests.Pipeline;
using Xunit;

namespace Sitrep.News.Tests.Events;

/// <summary>
/// Gold examples for the event coder, written for these tests: a sentence and the (source code, CAMEO code, target code)
/// triples a reader would code from it ("-" for a side the sentence does not name), then the details — negation,
/// modality, who reports it, its date and place.
/// </summary>
public class EventCoderTests
{
    private static ArticleAnalysis Analyze(string text) => SharedPipeline.Analyze(Layers.Events, text, "2021-07-01");

    private static string Triples(ArticleAnalysis a) =>
        string.Join("; ", a.Events.Select(e => $"{e.Source?.Code ?? "-"} {e.Cameo} {e.Target?.Code ?? "-"}"));

    [Theory]
    [InlineData("Pakistan accused India of shelling villages near the border.", "PAK 112 IND")]
    // "US" the country is no "us".
    [InlineData("The US accused Russia of hacking.", "USA 112 RUS")]
    [InlineData("Russia could impose sanctions on Ukraine.", "RUS 163 UKR")]
    [InlineData("President Vladimir Putin met Chinese President Xi Jinping in Beijing.", "RUSGOV 040 CHNGOV")]
    [InlineData("Turkey will send troops to Libya.", "TUR 062 LBY")]
    [InlineData("NATO promised to help the Afghan army.", "IGOWSTNAT 030 AFGMIL")]
    [InlineData("Afghanistan asked European countries to stop deporting migrants.", "AFG 020 EUR")]
    [InlineData("The Taliban took control of Garmsir district on Sunday.", "AFGINS 192 AFG")]
    // A paired code: the visitor visits (042), the host hosts (043).
    [InlineData("Russian President Vladimir Putin visited Turkey on Monday.", "RUSGOV 042 TUR; TUR 043 RUSGOV")]
    // A sentence misread as a noun phrase ("advisor" the root, "met" a modifier): the noun is the subject.
    [InlineData("Iraq's national security advisor met with Syrian President Bashar Assad on Tuesday.", "IRQGOVMIL 040 SYRGOV")]
    // A dateline is no subject.
    [InlineData("JERUSALEM (AP) -- Israeli troops raided a Palestinian village on Monday.", "ISRMIL 190 PSECVL")]
    // Passive: the "by" phrase acts on the subject.
    [InlineData("Kunduz was seized by the Taliban on August 8, 2021.", "AFGINS 171 AFG")]
    // Coordinated subjects of a cooperative act with no target: each acts on the other.
    [InlineData("Iran and Iraq signed a security agreement in Baghdad on Monday.", "IRN 057 IRQ; IRQ 057 IRN")]
    // A refusal is the event, not the refused meeting.
    [InlineData("The Taliban refused to meet the government in Kabul.", "AFGINS 125 ---GOV")]
    // A threat to attack is a threat of force.
    [InlineData("The Taliban threatened to attack the capital.", "AFGINS 138 ---GOV")]
    // Noun events: "X's attack on Y", "the withdrawal of X from Y".
    [InlineData("Russia's attack on Ukraine began at dawn.", "RUS 190 UKR")]
    [InlineData("The withdrawal of US troops from Afghanistan began in May.", "USAMIL 0874 AFG")]
    // A subject "it" stands for the subject named before it in the sentence.
    [InlineData("Russia supports the Afghan government, but it rejected Washington's allegations of arms supplies.", "RUS 050 AFGGOV; RUS 016 USA")]
    public void Codes_who_did_what_to_whom(string text, string triples) => Assert.Equal(triples, Triples(Analyze(text)));

    [Theory]
    // Nobody named on either side: no event. A statement alone is not a happening.
    [InlineData("Officials said the situation was calm.")]
    [InlineData("He went home after the meeting.")]
    // A thing as the doer is no actor: no event.
    [InlineData("The bridge links Uzbekistan with Afghanistan.")]
    // A first or second person is nobody the sentence names; a command is no happening.
    [InlineData("You agree to the terms of the Sitrep Forum.")]
    [InlineData("Resign now and leave Egypt!")]
    // "think" states an opinion (removed from the dictionary by the reviewed overlay).
    [InlineData("NATO thinks the Taliban are stronger now.")]
    public void Codes_nothing_where_nothing_happened(string text) => Assert.Empty(Analyze(text).Events);

    [Fact]
    public void A_negated_event_is_kept_and_flagged()
    {
        var e = Analyze("The Taliban will not attack foreign troops, a spokesman said.").Events.Single();
        Assert.Equal(("190", true, EventModality.Planned, "a spokesman"), (e.Cameo, e.Negated, e.Modality, e.ReportedBy?.Text));
    }

    [Theory]
    [InlineData("Russia could impose sanctions on Ukraine.", EventModality.Possible)]
    [InlineData("Turkey will send troops to Libya.", EventModality.Planned)]
    [InlineData("Pakistan accused India of shelling villages near the border.", EventModality.Asserted)]
    [InlineData("It was reported that Iran attacked Iraq.", EventModality.Reported)]
    public void Reads_modality(string text, EventModality modality) => Assert.Equal(modality, Analyze(text).Events.Single().Modality);

    [Fact]
    public void A_condition_is_no_fact()
    {
        var attack = Analyze("NATO will respond if Russia attacks Ukraine.").Events.Single(e => e.Trigger == "attacks");
        Assert.Equal(("RUS", "UKR", EventModality.Possible), (attack.Source?.Code, attack.Target?.Code, attack.Modality));
    }

    [Fact]
    public void A_pronoun_outside_a_coordinated_or_reported_clause_is_never_guessed()
    {
        // "they" is the United States, not the Taliban who warned: the coder does not guess, and with no doer it codes nothing.
        var a = Analyze("The Taliban warned the United States of consequences if they did not withdraw all troops from Afghanistan.");
        Assert.DoesNotContain(a.Events, e => e.Trigger == "withdraw" && e.Source?.Code == "AFGINS");
    }

    [Fact]
    public void A_pronoun_subject_of_a_reported_clause_is_the_speaker()
    {
        var e = Analyze("The Iraqi military says it has seized the oil fields near Kirkuk.").Events.Single();
        Assert.Equal(("IRQMIL", EventModality.Reported), (e.Source?.Code, e.Modality));
    }

    [Fact]
    public void A_reported_event_names_its_reporter_and_never_makes_the_speaker_its_source()
    {
        var e = Analyze("According to the ministry, Taliban fighters shelled Lashkar Gah on Tuesday.").Events.Single();
        Assert.Equal(("AFGINS", "AFG", "ministry", EventModality.Reported), (e.Source?.Code, e.Target?.Code, e.ReportedBy?.Text, e.Modality));
    }

    [Fact]
    public void The_date_is_the_event_own_time_expression_else_the_article_date()
    {
        var a = Analyze("Kunduz was seized by the Taliban on August 8, 2021. Pakistan accused India of shelling villages near the border.");
        var (seized, accused) = (a.Events[0], a.Events[1]);
        Assert.Equal(("2021-08-08", EventDateSource.Text, "August 8, 2021"), (seized.Date?.ToString(), seized.DateSource, seized.DateText));
        Assert.Equal(("2021-07-01", EventDateSource.Article, null), (accused.Date?.ToString(), accused.DateSource, accused.DateText));
    }

    [Theory]
    [InlineData("Iran and Iraq signed a security agreement in Baghdad on Monday.", "Baghdad")]
    [InlineData("The Taliban took control of Garmsir district on Sunday.", "Garmsir")]
    // A capital that stands for its government is no place of the event.
    [InlineData("Moscow rejected Washington's allegations of arms supplies.", null)]
    public void The_place_is_where_the_sentence_puts_the_action(string text, string? place) =>
        Assert.Equal(place, Analyze(text).Events.First().Place?.Text);

    [Fact]
    public void Every_event_carries_its_evidence()
    {
        var a = Analyze("Russia could impose sanctions on Ukraine.");
        var e = a.Events.Single();
        Assert.Equal("impose", e.Trigger);
        Assert.Equal(a.Text, a.Text[e.Start..e.End]);
        Assert.Equal("verb 'impose' (IMPOSE), pattern \"- * sanctions [163]\"", e.Rule);
        Assert.Equal(("Russia", "Ukraine"), (e.Source!.Text, e.Target!.Text));
        // The PLOVER table puts sanctions under COERCE (mode restrict), not SANCTION.
        Assert.Equal(("COERCE", "restrict", 4, -8.0), (e.Plover, e.PloverMode, e.QuadClass, e.Goldstein));
    }

    [Fact]
    public void A_flattened_table_is_not_coded_and_costs_no_parse()
    {
        // 10,000 tokens with no sentence end: the splitter caps sentences, and the coder skips any over its limit.
        var text = "Russia attacked Ukraine " + string.Join(' ', Enumerable.Repeat("12 34 Kabul 56 attacked", 2000));
        var a = Analyze(text);
        Assert.DoesNotContain(a.Events, e => e.End - e.Start > 2000);
    }
}
