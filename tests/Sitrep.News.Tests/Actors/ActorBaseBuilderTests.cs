using Sitrep.News.Actors;
using Sitrep.News.ResourceBuilding;
using Sitrep.Nlp.Lexicon;
using Xunit;

namespace Sitrep.News.Tests.Actors;

/// <summary>The actor base converter on small dictionaries of fictional actors in the Phoenix format.</summary>
public class ActorBaseBuilderTests
{
    private static readonly string[] International =
    [
        "# fictional international actors",
        "THE_DAILY_LANTERN",
        "\t[MED]",
        "ADELA_MARROW_",
        "+SECRETARY-GENERAL_ADELA_MARROW",
        "\t[IGOUNO 970101-061231]",
        "\t[ELI]",
        "BRENN_SHIPPING_\t[MNC]\t# a company",
        "GREEN_LEDGER_FOUNDATION_ [NGO]",
        "COUNCIL_OF_TIDAL_STATES_ [IGO]",
        "# a fictional category code, named three ways",
        "SHC_ [SHC]",
        "SHCS_ [SHC]",
        "SEA_HARBOR_COMPANY_ [SHC]",
        "SEA_HARBOR_SUPPLY_ [SHC]",
    ];

    private static readonly string[] MilNonState =
    [
        "# two groups listed under one code block",
        "NORTH_RIDGE_BRIGADE",
        "SILVER_CREEK_FRONT",
        "\t[ORVREB]",
    ];

    private static (ActorBase Actors, IReadOnlyList<(string Word, string Code3)> CountryWords) Build()
    {
        var dir = Directory.CreateTempSubdirectory("sitrep-actor-builder-").FullName;
        try
        {
            File.WriteAllLines(Path.Combine(dir, "Phoenix.Countries.actors.txt"), PetrarchDictionaryReaderTests.Dictionary);
            File.WriteAllLines(Path.Combine(dir, "Phoenix.International.actors.txt"), International);
            File.WriteAllLines(Path.Combine(dir, "Phoenix.MilNonState.actors.txt"), MilNonState);
            var common = new CommonWords(["president", "secretary", "general", "council", "of"]);
            var (count, words) = ActorBaseBuilder.Build(dir, dir, common, new HashSet<string>(StringComparer.OrdinalIgnoreCase), new HashSet<string> { "ORV" });
            var actors = ActorBase.Load(Path.Combine(dir, ActorBaseBuilder.FileName), null);
            Assert.Equal(count, actors.Count);
            return (actors, words);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void A_bare_country_code_is_left_to_the_gazetteer_and_gives_its_words()
    {
        var (actors, words) = Build();
        Assert.Null(actors.ByName("Orvania"));
        Assert.Contains(("Orvanian", "ORV"), words);
    }

    [Theory]
    [InlineData("Daily Lantern", ActorKind.Organization, "MED")]
    [InlineData("Brenn Shipping", ActorKind.Organization, "MNC")]
    [InlineData("Green Ledger Foundation", ActorKind.Organization, "NGO")]
    [InlineData("Council of Tidal States", ActorKind.Organization, "IGO")]
    [InlineData("Adela Marrow", ActorKind.Person, "ELI")]
    public void A_bare_three_letter_code_that_is_no_country_is_an_actor(string name, ActorKind kind, string code)
    {
        var actor = Build().Actors.ByName(name);
        Assert.NotNull(actor);
        Assert.Equal((kind, code), (actor.Kind, actor.CodeOn(new DateOnly(2010, 1, 1))));
    }

    [Fact]
    public void A_name_that_is_its_code_its_plural_or_what_it_abbreviates_is_a_category_not_an_actor()
    {
        var actors = Build().Actors;
        Assert.Null(actors.ByName("SHC"));
        Assert.Null(actors.ByName("SHCS"));
        Assert.Null(actors.ByName("Sea Harbor Company"));
        Assert.Equal("SHC", actors.ByName("Sea Harbor Supply")?.CodeOn(null));
    }

    [Fact]
    public void Name_lines_sharing_a_code_block_and_a_word_are_one_actor_named_by_the_first()
    {
        var actors = Build().Actors;
        var vellik = actors.ByName("Tomas Vellik");
        Assert.NotNull(vellik);
        Assert.Equal(ActorKind.Person, vellik.Kind);
        Assert.Equal("ORVGOV", vellik.CodeOn(new DateOnly(1995, 6, 1)));
        // The other name lines and their synonyms are aliases; a title before the name is not.
        Assert.Equal(["Tomas R. Vellik", "T. Vellik"], vellik.Aliases);
        Assert.Single(actors.All, a => a.Name.Contains("Vellik", StringComparison.Ordinal));
    }

    [Fact]
    public void Name_lines_sharing_a_code_block_but_no_word_are_actors_of_their_own_with_its_codes()
    {
        var actors = Build().Actors;
        Assert.Equal("ORVREB", actors.ByName("North Ridge Brigade")?.CodeOn(null));
        Assert.Equal("ORVREB", actors.ByName("Silver Creek Front")?.CodeOn(null));
        // A record the dictionaries leave without codes is no actor.
        Assert.Null(actors.ByName("Quill Harbor Authority"));
        Assert.Null(actors.ByName("A Stray Note"));
    }
}
