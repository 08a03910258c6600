using Sitrep.News.Mentions;
using Sitrep.News.Tests.Pipeline;
using Xunit;
using Sitrep.News.Documents;

namespace Sitrep.News.Tests.Mentions;

public class MentionFinderTests
{
    private static List<string> Mentions(string text, string? published = "2021-07-01") =>
        SharedPipeline.Analyze(Layers.Mentions, text, published).Mentions.Select(m => $"{m.Text}|{m.Type}|{m.Key}").ToList();

    [Theory]
    [InlineData("Foreign Minister Sergei Lavrov arrived in Kabul on Monday.", "Sergei Lavrov|Person|actor:sergey-lavrov", "Kabul|Place|place:geonames:1138958")]
    [InlineData("Taliban spokesman Zabihullah Mujahid denied the report.", "Taliban|Organization|actor:taliban", "Zabihullah Mujahid|Person|actor:zabihullah-mujahid")]
    [InlineData("US President Joe Biden spoke at length.", "US|Place|place:geonames:6252001", "Joe Biden|Person|actor:joe-biden")]
    [InlineData("Analyst Olga Petrenko of the Baltic Policy Institute disagreed.", "Olga Petrenko|Person|person:olga petrenko", "Baltic Policy Institute|Organization|org:baltic policy institute")]
    [InlineData("Militants entered Garmsir district of Helmand province.", "Garmsir|Place|place:geonames:7732352", "Helmand|Place|place:geonames:1140043")]
    public void Finds_and_links_names(string text, params string[] expected) => Assert.Equal(expected, Mentions(text));

    [Theory]
    [InlineData("According to Dilshod Rahmatullaev, spokesman for the department, work has begun.", "Dilshod Rahmatullaev")]
    [InlineData("“The road is open,” said Ravshan Ergashev, a driver from the north.", "Ravshan Ergashev")]
    public void An_apposition_naming_a_role_marks_a_person(string text, string name) =>
        Assert.Contains($"{name}|Person|person:{name.ToLowerInvariant()}", Mentions(text));

    [Fact]
    public void A_surname_repeats_the_full_name_met_earlier()
    {
        var found = Mentions("Analyst Olga Petrenko spoke first. Later Petrenko added a warning.");
        Assert.Equal(["Olga Petrenko|Person|person:olga petrenko", "Petrenko|Person|person:olga petrenko"], found);
    }

    [Fact]
    public void An_acronym_defined_in_the_text_is_the_long_form_and_a_known_actor_wins()
    {
        // A mistranslated long form still names the alliance its acronym names.
        var found = Mentions("Officers of the North American Treaty Organization (NATO) met. NATO later denied it.");
        Assert.Equal(["North American Treaty Organization|Organization|actor:nato", "NATO|Organization|actor:nato", "NATO|Organization|actor:nato"], found);
    }

    [Theory]
    [InlineData("Reading the report took an hour.")]
    [InlineData("In August the heat was severe.")]
    [InlineData("They met us in the east of the valley.")]
    [InlineData("Will Troops Again Battle The Rebels As Winter Comes")]
    public void Common_words_and_headline_case_are_not_names(string text) => Assert.Empty(Mentions(text));

    [Theory]
    [InlineData("Clashes were reported in Kunduz province.", "A.ADM1")]
    [InlineData("Clashes were reported in the city of Kunduz.", "P.PPLA")]
    public void Cue_words_choose_between_a_province_and_its_capital(string text, string featureClass)
    {
        var m = SharedPipeline.Analyze(Layers.Mentions, text).Mentions.Single(m => m.Text == "Kunduz");
        Assert.Equal(featureClass, Sitrep.News.Places.Gazetteer.Default.ById(m.PlaceId!)!.FeatureClass);
    }
}
