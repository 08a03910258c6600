using Sitrep.News.Documents;
using Sitrep.News.Tests.Pipeline;
using Xunit;

namespace Sitrep.News.Tests.Mentions;

/// <summary>Within one article: later mentions of a name link to the entity its first, fuller mention named.</summary>
public class LinkingTests
{
    private static List<string> Keys(string text, string? published = "2021-06-01") =>
        SharedPipeline.Analyze(Layers.Mentions, text, published).Mentions.Where(m => m.Type != Sitrep.News.Documents.MentionType.Place).Select(m => $"{m.Text}|{m.Key}").ToList();

    [Fact]
    public void A_title_and_a_bare_surname_link_to_the_actor()
    {
        Assert.Equal(["Biden|actor:joe-biden", "Biden|actor:joe-biden"], Keys("President Biden flew to Geneva on Tuesday. Biden met no one there."));
    }

    [Fact]
    public void A_full_title_and_name_then_the_surname()
    {
        Assert.Equal(["Sergey Lavrov|actor:sergey-lavrov", "Lavrov|actor:sergey-lavrov"],
            Keys("Foreign Minister Sergey Lavrov received the envoys. Lavrov offered them tea."));
    }

    [Fact]
    public void A_full_name_found_by_rules_then_its_surname()
    {
        Assert.Equal(["Gulnora Saidova|person:gulnora saidova", "Saidova|person:gulnora saidova"],
            Keys("Economist Gulnora Saidova expects prices to rise. Saidova says bread will cost more."));
    }

    [Fact]
    public void An_acronym_defined_in_the_text_is_its_long_form()
    {
        var keys = Keys("The Pamir Water Council (PWC) met on Friday. The PWC voted to ration water.");
        Assert.Equal(["Pamir Water Council|org:pamir water council", "PWC|org:pamir water council", "PWC|org:pamir water council"], keys);
    }

    [Fact]
    public void A_mistranslated_long_form_still_takes_the_known_acronyms_actor()
    {
        var keys = Keys("Troops of the North Atlantic Alliance Organisation (NATO) left. NATO did not comment.");
        Assert.All(keys, k => Assert.EndsWith("|actor:nato", k));
        Assert.Equal(3, keys.Count);
    }

    [Fact]
    public void A_demonym_is_no_name_but_codes_the_group_it_qualifies()
    {
        var a = SharedPipeline.Analyze(Layers.Mentions, "Afghan officials said Tajik troops had reinforced the crossing.", "2021-06-01");
        Assert.DoesNotContain(a.Mentions, m => m.Text is "Afghan" or "Tajik");
        Assert.Equal(["Afghan officials|AFG", "Tajik troops|TJKMIL"], a.Agents.Select(g => $"{g.Text}|{g.Code}"));
    }
}
