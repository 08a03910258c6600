using Sitrep.Articles;
using Sitrep.News.Documents;
using Sitrep.Reports.Exports;
using Xunit;

namespace Sitrep.Reports.Tests.Exports;

/// <summary>The pieces the exports share: actor codes taken apart, ACLED types, FIPS codes, and death counts read from sentences.</summary>
public sealed class ExportMappingTests
{
    [Theory]
    [InlineData("USAGOV", "USA", null, "GOV", null)]
    [InlineData("AFGGOVMIL", "AFG", null, "GOV", "MIL")]
    [InlineData("IGOUNO", null, "UNO", "IGO", null)]
    [InlineData("---MIL", null, null, "MIL", null)]
    [InlineData("AFGINSTAL", "AFG", "TAL", "INS", null)]
    [InlineData("MEAREB", "MEA", null, "REB", null)]
    [InlineData("IGOEUREEC", null, "EEC", "IGO", null)]
    public void An_actor_code_splits_into_country_known_group_and_types(string code, string? country, string? group, string? type1, string? type2)
    {
        var parts = CameoActorCode.Parse(code, ExportSample.Places() is var g && Add(g) ? g : g)!;

        Assert.Equal(country, parts.Country);
        Assert.Equal(group, parts.KnownGroup);
        Assert.Equal(type1, parts.Type(0));
        Assert.Equal(type2, parts.Type(1));
    }

    private static bool Add(News.Places.Gazetteer g)
    {
        g.Add(new Place("geonames:1149361", "Afghanistan", "A.PCLI", "AF", "AFG", null, 33, 65, 1, null), []);
        return true;
    }

    [Fact]
    public void A_religion_code_is_its_own_field()
    {
        var parts = CameoActorCode.Parse("DEUREBMOS", ExportSample.Places())!;
        Assert.Equal("MOS", parts.Religion1);
        Assert.Equal(["REB"], parts.Types);
        Assert.True(parts.IsArmed);
        Assert.True(CameoActorCode.Parse("DEUCVL", ExportSample.Places())!.IsUnarmed);
        Assert.False(CameoActorCode.Parse("DEU", ExportSample.Places())!.IsUnarmed); // a country alone: unknown
    }

    [Theory]
    [InlineData("194", null, "Explosions/Remote violence", "Shelling/artillery/missile attack")]
    [InlineData("195", null, "Explosions/Remote violence", "Air/drone strike")]
    [InlineData("190", "DEUMIL", "Battles", "Armed clash")]
    [InlineData("190", "DEUCVL", "Violence against civilians", "Attack")]
    [InlineData("180", "DEUMIL", "Battles", "Armed clash")]
    [InlineData("180", null, "Violence against civilians", "Attack")]
    [InlineData("181", null, "Violence against civilians", "Abduction/forced disappearance")]
    [InlineData("1831", null, "Explosions/Remote violence", "Suicide bomb")]
    [InlineData("1413", null, "Protests", "Peaceful protest")]
    [InlineData("1452", null, "Riots", "Violent demonstration")]
    [InlineData("173", null, "Strategic developments", "Arrests")]
    [InlineData("057", null, "Strategic developments", "Agreement")]
    [InlineData("0871", null, "Strategic developments", "Agreement")]
    [InlineData("192", null, "Strategic developments", "Non-violent transfer of territory")]
    [InlineData("154", null, "Strategic developments", "Other")]
    public void A_cameo_code_has_its_acled_type(string cameo, string? target, string type, string subType)
    {
        var parsed = CameoActorCode.Parse(target, ExportSample.Places());
        Assert.Equal((type, subType), AcledTypes.Of(cameo, parsed));
    }

    [Theory]
    [InlineData("010")]
    [InlineData("020")]
    [InlineData("040")]
    [InlineData("0333")]
    [InlineData("111")]
    [InlineData("138")]
    [InlineData("163")]
    public void Talk_and_diplomacy_have_no_acled_type(string cameo) => Assert.Null(AcledTypes.Of(cameo, null));

    [Theory]
    [InlineData("RU", "RS")]
    [InlineData("RS", "RI")]
    [InlineData("DE", "GM")]
    [InlineData("GB", "UK")]
    [InlineData("SY", "SY")]
    [InlineData("AX", null)]
    public void Iso_country_codes_become_fips(string iso, string? fips) => Assert.Equal(fips, FipsCountryCodes.Of(iso));

    [Theory]
    [InlineData("Gunmen attacked the village, killing 12 people.", "attacked", "12 people", 12.0, null, 12)]
    [InlineData("At least 12 people were killed when gunmen attacked the village.", "attacked", "At least 12 people", 12.0, "at least", 12)]
    [InlineData("Gunmen attacked the village and left 7 villagers dead.", "attacked", "7 villagers", 7.0, null, 7)]
    [InlineData("The death toll from the attack rose to 30 people.", "attack", "30 people", 30.0, null, 30)]
    [InlineData("Gunmen attacked the village, causing 9 deaths.", "attacked", "9 deaths", 9.0, null, 9)]
    [InlineData("Gunmen attacked the village, wounding 12 people.", "attacked", "12 people", 12.0, null, null)]
    [InlineData("Gunmen attacked the village; 12 people were killed or wounded.", "attacked", "12 people", 12.0, null, null)]
    [InlineData("Gunmen attacked the village, killing up to 12 people.", "attacked", "up to 12 people", 12.0, "up to", null)]
    [InlineData("Gunmen have killed 7,000 people since the uprising began.", "killed", "7,000 people", 7000.0, null, null)]
    [InlineData("Gunmen attacked 3 villages.", "attacked", "3 villages", 3.0, null, null)]
    [InlineData("The UN says 9,000 people have died in the year-long uprising.", "died", "9,000 people", 9000.0, null, null)]
    [InlineData("Troops fired on crowds, and 7,500 people have been killed in an 11-month revolt.", "fired", "7,500 people", 7500.0, null, null)]
    [InlineData("Troops fired on crowds in the town, and 8 people were killed in the clashes.", "fired", "8 people", 8.0, null, 8)]
    [InlineData("Attempts to oust him led to 17 months of unrest, during which 20,000 people have died.", "oust", "20,000 people", 20000.0, null, null)]
    [InlineData("Troops fired on a 12-year-old boy's family; 4 people were killed.", "fired", "4 people", 4.0, null, 4)]
    public void A_death_count_is_read_from_the_sentence_never_guessed(string sentence, string trigger, string quantity, double value, string? qualifier, int? expected)
    {
        var (analysis, e) = OneEvent(sentence, trigger, (quantity, value, qualifier));

        Assert.Equal(expected, DeathCount.Of(analysis, e));
    }

    [Fact]
    public void A_death_count_belongs_to_the_nearest_event_of_its_sentence()
    {
        const string sentence = "Rebels attacked a checkpoint a day after an air strike killed 12 civilians.";
        var (analysis, attack) = OneEvent(sentence, "attacked", ("12 civilians", 12, null));
        var strike = ExportSample.Event(sentence, sentence, "strike", "195", "Employ aerial weapons", 4, -10, "ASSAULT", null, null, null,
            EventDateSource.None, null, EventModality.Asserted);
        analysis = analysis with { Events = [attack, strike] };

        Assert.Null(DeathCount.Of(analysis, attack));
        Assert.Equal(12, DeathCount.Of(analysis, strike));
    }

    private static (ArticleAnalysis, Event) OneEvent(string sentence, string trigger, (string Words, double Value, string? Qualifier) q)
    {
        var e = ExportSample.Event(sentence, sentence, trigger, "190", "Use conventional military force", 4, -10, "ASSAULT", null, null, null,
            EventDateSource.None, null, EventModality.Asserted);
        int at = sentence.IndexOf(q.Words, StringComparison.Ordinal);
        var unit = q.Words.Split(' ')[^1];
        var analysis = new ArticleAnalysis
        {
            Article = Article.Create("t", sentence, new PartialDate(2024, 1, 1)),
            Quantities = [new Quantity(at, at + q.Words.Length, q.Words, q.Value, unit, q.Qualifier)],
            Events = [e],
        };
        return (analysis, e);
    }
}
