using Sitrep.News;
using Sitrep.Corpus.Situations;
using Sitrep.Articles;
using Sitrep.News.Pipeline;
using Xunit;
using Sitrep.News.Documents;

namespace Sitrep.Corpus.Tests.Entities;

/// <summary>Across articles: transliteration variants of one name merge; different people who share a name never do.</summary>
public class EntityResolverTests
{
    // What a situation reads: every layer but syntax.
    private static readonly Lazy<ArticlePipeline> Pipeline = new(() => DefaultPipeline.Builder().Serving(Layers.Mentions, Layers.Times, Layers.Quotes, Layers.Claims).Build());

    private static ArticleAnalysis Analyze(string text, string published) =>
        Pipeline.Value.Analyze(Article.Create("Report " + published + text.Length, text, PartialDate.TryParse(published, out var d) ? d : null));

    private static Situation Build(params string[] texts) =>
        SituationBuilder.CreateDefault().Build(texts.Select((t, i) => Analyze(t, $"2021-06-{i + 1:D2}")).ToList());

    private static List<string> People(Situation s) =>
        s.Entities.Where(e => e.Type == News.Documents.MentionType.Person).Select(e => e.Name).Order(StringComparer.Ordinal).ToList();

    [Theory]
    [InlineData("Analyst Mohammad Karimzada", "Analyst Muhammad Karimzadeh")]
    [InlineData("Analyst Mohammed Nurzai", "Analyst Muhammad Nurzai")]
    [InlineData("Commander Shahin Rasuli", "Commander Shaheen Rasuli")]
    [InlineData("Envoy Sergei Voronkov", "Envoy Sergey Voronkov")]
    public void Transliteration_variants_merge(string first, string second)
    {
        var s = Build($"{first} spoke in Kabul on Monday.", $"{second} left Kabul on Tuesday.");
        Assert.Single(People(s));
        Assert.Equal(2, s.Entities.Single(e => e.Type == News.Documents.MentionType.Person).Articles.Count);
    }

    [Theory]
    [InlineData("Analyst Rustam Nazarov", "Analyst Farhod Nazarov")]
    [InlineData("Analyst Rustam Nazarov", "Analyst Rustam Yusupov")]
    [InlineData("Analyst Mohammad Karimzada", "Analyst Mahmud Karimzada")]
    public void Different_people_sharing_a_given_or_family_name_stay_apart(string first, string second)
    {
        var s = Build($"{first} spoke in Kabul on Monday.", $"{second} left Kabul on Tuesday.");
        Assert.Equal(2, People(s).Count);
    }

    [Fact]
    public void A_lone_surname_shared_by_two_people_joins_neither()
    {
        var s = Build("Analyst Rustam Nazarov spoke in Kabul.", "Analyst Farhod Nazarov left Kabul.", "“The road is closed,” Nazarov said.");
        Assert.Equal(3, People(s).Count);
    }

    [Fact]
    public void A_rule_found_organisation_takes_the_code_of_its_demonym_and_agent()
    {
        var s = Build("The Tajik Army held drills near the border on Monday.");
        Assert.Equal("TJKMIL", s.Entities.Single(e => e.Name == "Tajik Army").Actor);
    }

    [Fact]
    public void An_actors_entity_lists_its_dated_roles()
    {
        var s = Build("The Taliban movement said its envoys had left for Doha.");
        var taliban = s.Entities.Single(e => e.Id == "taliban");
        Assert.Equal("AFGINS", taliban.Actor);
        Assert.Contains(taliban.Roles!, r => r.Code == "AFGGOV" && r.From == new DateOnly(2021, 8, 15));
    }

    [Fact]
    public void A_short_form_counts_as_a_mention_of_its_organisation_but_is_no_alias()
    {
        var s = Build("Taliban fighters took two districts on Monday. The group also seized a border post.",
            "The North Atlantic Treaty Organization said it would stay. The alliance has trained Afghan forces.");
        var taliban = s.Entities.Single(e => e.Name == "Taliban");
        Assert.Equal(2, taliban.MentionCount);
        Assert.DoesNotContain("The group", taliban.Aliases);
        var nato = s.Entities.Single(e => e.Name == "NATO");
        Assert.Equal(["North Atlantic Treaty Organization"], nato.Aliases);
        Assert.Equal(2, nato.MentionCount);
    }
}
