using Sitrep.News.Documents;
using Sitrep.News.Tests.Pipeline;
using Xunit;

namespace Sitrep.News.Tests.Actors;

/// <summary>Groups and offices named without a name: their codes, and an office read as its holder on the article's date.</summary>
public class AgentFinderTests
{
    private static List<string> Agents(string text, string? published = "2021-06-01") =>
        SharedPipeline.Analyze(Layers.Mentions, text, published).Agents.Select(a => $"{a.Text}|{a.Code}|{a.ActorId}").ToList();

    [Theory]
    [InlineData("Afghan security forces pulled back from the district overnight.", "Afghan security forces|AFGMIL|")]
    [InlineData("A senior NATO official said the convoy had left.", "NATO official|IGOWSTNAT|")]
    [InlineData("Local people said militants had blocked the road.", "militants|---UAF|")]
    [InlineData("Russia's army held drills near the border.", "Russia's army|RUSMIL|")]
    [InlineData("Tajik soldiers closed the crossing.", "Tajik soldiers|TJKMIL|")]
    [InlineData("American troops left the base at dawn.", "American troops|USAMIL|")]
    [InlineData("A Taliban spokesman denied the claim.", "Taliban spokesman|AFGINS|")]
    [InlineData("Talks with the president of Uzbekistan went on late.", "president of Uzbekistan|UZBGOV|")]
    public void Codes_an_agent_by_the_country_or_actor_it_serves(string text, string expected) => Assert.Contains(expected, Agents(text));

    [Fact]
    public void The_Taliban_code_changes_with_the_fall_of_Kabul()
    {
        Assert.Contains("Taliban fighters|AFGINS|", Agents("Taliban fighters entered the town.", "2021-08-01"));
        Assert.Contains("Taliban fighters|AFGGOV|", Agents("Taliban fighters entered the town.", "2021-09-01"));
    }

    [Theory]
    [InlineData("2021-06-01", "joe-biden")]
    [InlineData("2019-06-01", "donald-trump")]
    [InlineData("2025-06-01", "donald-trump")]
    public void A_country_office_is_its_holder_on_the_day(string published, string holder)
    {
        var a = SharedPipeline.Analyze(Layers.Mentions, "The US President told reporters the pullout would go ahead.", published);
        var agent = Assert.Single(a.Agents);
        Assert.Equal(("US President", holder), (agent.Text, agent.ActorId));
        Assert.Contains(a.Mentions, m => m.Text == "US President" && m.Key == "actor:" + holder);
    }

    [Theory]
    [InlineData("The former US President told reporters the pullout would go ahead.")]
    [InlineData("The president told reporters the pullout would go ahead.")]
    public void An_office_without_a_country_or_a_former_one_names_no_one(string text)
    {
        var a = SharedPipeline.Analyze(Layers.Mentions, text, "2021-06-01");
        Assert.All(a.Agents, g => Assert.Null(g.ActorId));
        Assert.DoesNotContain(a.Mentions, m => m.Key == "actor:joe-biden");
    }

    [Theory]
    [InlineData("Deputy Foreign Minister Andrey Rudenko spoke to reporters.")]
    [InlineData("President Joe Biden spoke to reporters.")]
    public void A_title_before_a_name_is_no_agent(string text) => Assert.Empty(Agents(text));

    [Theory]
    [InlineData("The region was quiet on Wednesday.")]
    [InlineData("People crossed the border at dawn.")]
    public void Nouns_that_code_nothing_are_no_agents(string text) => Assert.Empty(Agents(text));

    [Theory]
    [InlineData("The North Atlantic Treaty Organization said it would keep advisers in Kabul. The alliance has trained Afghan forces for years.", "The alliance|IGOWSTNAT|nato")]
    [InlineData("The Taliban rejected the plan. A spokesman said the movement would not talk.", "the movement|AFGINS|taliban")]
    [InlineData("Taliban fighters took two districts. The group also seized a border post.", "The group|AFGINS|taliban")]
    public void A_short_form_stands_for_the_organisation_named_last_that_it_fits(string text, string expected) =>
        Assert.Contains(expected, Agents(text));

    [Theory]
    [InlineData("The Taliban said the alliance had failed.")]                 // an alliance word, but the Taliban are no IGO
    [InlineData("NATO met on Monday. The group of seven said it would help.")] // "group of" is a name's start
    [InlineData("The talks went on. Much later, in a new year and a new place, officials met. Nothing was said. Then more. The alliance met.")]
    public void A_short_form_without_a_fitting_organisation_nearby_stands_for_nothing(string text) =>
        Assert.DoesNotContain(Agents(text), a => a.StartsWith("the alliance", StringComparison.OrdinalIgnoreCase) || a.StartsWith("The group", StringComparison.Ordinal));

    [Fact]
    public void A_short_form_is_a_mention_of_the_organisation_but_not_its_alias()
    {
        var a = SharedPipeline.Analyze(Layers.Mentions, "The North Atlantic Treaty Organization said it would stay. The alliance has trained Afghan forces.", "2021-07-01");
        Assert.Equal(["North Atlantic Treaty Organization|nato", "The alliance|nato"],
            a.Mentions.Where(m => m.Type == Sitrep.News.Documents.MentionType.Organization).Select(m => $"{m.Text}|{m.ActorId}"));
    }
}
