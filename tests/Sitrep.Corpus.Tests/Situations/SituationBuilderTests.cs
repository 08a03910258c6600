using Sitrep.News;
using Sitrep.Corpus.Situations;
using Sitrep.Articles;
using Sitrep.News.Pipeline;
using Xunit;
using Sitrep.News.Documents;

namespace Sitrep.Corpus.Tests.Situations;

public class SituationBuilderTests
{
    // What a situation reads: every layer but syntax.
    private static readonly Lazy<ArticlePipeline> Pipeline = new(() => DefaultPipeline.Builder().Serving(Layers.Mentions, Layers.Times, Layers.Quotes, Layers.Claims).Build());

    private static ArticleAnalysis Analyze(string text, string published) =>
        Pipeline.Value.Analyze(Article.Create("Report " + published, text, PartialDate.TryParse(published, out var d) ? d : null));

    private static Situation Build(params ArticleAnalysis[] articles) => SituationBuilder.CreateDefault().Build(articles);

    [Fact]
    public void Transliteration_variants_across_articles_are_one_person()
    {
        var s = Build(
            Analyze("Analyst Dmitri Volkhov warned of new clashes near Herat.", "2021-06-01"),
            Analyze("Analyst Dmitry Volkhov said the clashes had ended.", "2021-06-03"));
        var volkhov = s.Entities.Where(e => e.Name.EndsWith("Volkhov")).ToList();
        Assert.Single(volkhov);
        Assert.Equal(2, volkhov[0].Articles.Count);
    }

    [Fact]
    public void People_sharing_a_given_name_stay_apart()
    {
        var s = Build(
            Analyze("Analyst Joseph Marlow met envoy Joseph Tarrant in Doha.", "2021-06-01"),
            Analyze("Analyst Joe Marlow left Doha.", "2021-06-03"));
        var names = s.Entities.Where(e => e.Type == News.Documents.MentionType.Person).Select(e => e.Name).OrderBy(n => n).ToList();
        Assert.Equal(["Joseph Marlow", "Joseph Tarrant"], names);
        Assert.Contains("Joe Marlow", s.Entities.Single(e => e.Name == "Joseph Marlow").Aliases);
    }

    [Fact]
    public void A_lone_surname_joins_the_one_full_name_that_ends_with_it()
    {
        var s = Build(
            Analyze("Analyst Rustam Karimov spoke in Dushanbe.", "2021-06-01"),
            Analyze("“The border is calm for now,” Karimov said.", "2021-06-02"));
        var karimov = s.Entities.Single(e => e.Name == "Rustam Karimov");
        Assert.Equal(2, karimov.Articles.Count);
        var quote = s.Articles[1].Quotes.Single();
        Assert.Equal(karimov.Id, s.EntityId(s.Articles[1].Article.Id, quote.SpeakerKey));
    }

    [Fact]
    public void Actors_carry_codes_and_places_carry_coordinates()
    {
        var s = Build(Analyze("US President Joe Biden spoke about Kabul.", "2021-08-20"));
        var biden = s.Entities.Single(e => e.Name == "Joe Biden");
        Assert.Equal("USAGOV", biden.Actor);
        var kabul = s.Entities.Single(e => e.Name == "Kabul");
        Assert.Equal("AF", kabul.Place!.Country);
        Assert.InRange(kabul.Place.Lat, 34.4, 34.6);
        Assert.Equal("USA", s.Entities.Single(e => e.Name == "United States").Actor);
    }

    [Fact]
    public void Different_deadlines_for_one_question_are_a_disagreement_in_date_order()
    {
        var s = Build(
            Analyze("All foreign troops will leave Afghanistan by September 11.", "2021-04-15"),
            Analyze("Foreign troops will not leave Afghanistan in May, a deadline agreed earlier.", "2021-02-01"),
            Analyze("The withdrawal from Afghanistan should be completed on August 31, 2021.", "2021-07-09"));
        var d = Assert.Single(s.Disagreements);
        Assert.Equal("withdrawal deadline: Afghanistan", d.Topic);
        Assert.Equal(["after 2021-05", "2021-09-11", "2021-08-31"], d.Values.Select(v => v.Value));
    }

    [Fact]
    public void The_timeline_is_sorted_by_date_and_keeps_only_placeable_dates()
    {
        var s = Build(Analyze("Troops arrived in late 2001. They may leave soon. On July 8 a delegation came to Moscow.", "2021-07-20"));
        Assert.Equal(["2001", "2021-07-08"], s.Timeline.Select(t => t.Date));
        Assert.All(s.Timeline, t => Assert.Equal(t.Text, s.Articles[0].Article.Text[t.Start..t.End]));
    }
}
