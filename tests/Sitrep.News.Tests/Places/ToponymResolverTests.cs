using System.Globalization;
using System.Xml.Linq;
using Sitrep.News.Places;
using Sitrep.News.Tests.Pipeline;
using Sitrep.Nlp.Matching;
using Sitrep.Nlp.Tokens;
using Sitrep.Tests.Support;
using Xunit;
using Sitrep.News.Documents;

namespace Sitrep.News.Tests.Places;

public class ToponymResolverTests
{
    private static Place PlaceOf(string text, string name)
    {
        var m = SharedPipeline.Analyze(Layers.Mentions, text).Mentions.First(m => m.Text == name);
        return Gazetteer.Default.ById(m.PlaceId!)!;
    }

    private static double Km(Place p, double lat, double lon) =>
        ToponymResolver.Distance(p, p with { Lat = lat, Lon = lon });

    [Theory]
    [InlineData("Clashes were reported in Kunduz province.", "A.ADM1")]
    [InlineData("Clashes were reported in the city of Kunduz.", "P.PPLA")]
    public void Kunduz_province_and_its_capital_both_lie_near_36_7_N_68_9_E(string text, string featureClass)
    {
        var kunduz = PlaceOf(text, "Kunduz");
        Assert.Equal(featureClass, kunduz.FeatureClass);
        Assert.Equal("AF.24", kunduz.Admin1);
        Assert.InRange(Km(kunduz, 36.7, 68.9), 0, 50);
    }

    [Fact]
    public void Garmsir_district_of_Helmand_is_the_district_placed_by_its_province()
    {
        var garmsir = PlaceOf("Militants entered Garmsir district of Helmand province.", "Garmsir");
        Assert.Equal(("geonames:7732352", "A.ADM2", "AF.10"), (garmsir.Id, garmsir.FeatureClass, garmsir.Admin1));
        // GeoNames has no town inside Garmsir: the position is Helmand's, and the entry says so.
        Assert.StartsWith("province position", garmsir.CoordinateSource);
        Assert.InRange(Km(garmsir, 31.3, 64.1), 0, 161);
    }

    [Theory]
    [InlineData("The fair opened in Paris, Texas, on Saturday.", "Paris", "US", "US.TX")]
    [InlineData("Students returned to Athens, Georgia, after the storm.", "Athens", "US", "US.GA")]
    [InlineData("The talks in Paris ended without a deal.", "Paris", "FR", "FR.11")]
    [InlineData("Police in Dallas said the suspect fled north toward Oklahoma. Texas officials had warned of it.", "Dallas", "US", "US.TX")]
    public void A_container_or_the_document_chooses_among_places_of_one_name(string text, string name, string country, string admin1)
    {
        var place = PlaceOf(text, name);
        Assert.Equal((country, admin1), (place.Country, place.Admin1));
    }

    [Fact]
    public void Every_occurrence_of_a_name_in_an_article_names_one_place()
    {
        var a = SharedPipeline.Analyze(Layers.Mentions, "Flooding hit Athens and nearby Palestine, both in east Texas. Athens officials said schools would close.");
        var athens = a.Mentions.Where(m => m.Text == "Athens").Select(m => m.PlaceId).Distinct().ToList();
        Assert.Single(athens);
        Assert.Equal("US.TX", Gazetteer.Default.ById(athens[0]!)!.Admin1);
    }

    [Fact]
    public void A_list_of_states_names_the_states_not_towns_that_share_their_names()
    {
        var a = SharedPipeline.Analyze(Layers.Mentions, "Cases rose in Oregon, Nevada, Wyoming and New Mexico last week, health officials said.");
        foreach (var name in new[] { "Oregon", "Nevada", "Wyoming" })
        {
            var place = Gazetteer.Default.ById(a.Mentions.First(m => m.Text == name).PlaceId!)!;
            Assert.Equal(("A.ADM1", "US"), (place.FeatureClass, place.Country));
        }
    }

    [Theory]
    [InlineData("EU", "region:europe")]
    [InlineData("European", "region:europe")]
    [InlineData("Africans", "region:africa")]
    [InlineData("Pacific", "region:pacific")]
    [InlineData("Korean Peninsula", "region:korean-peninsula")]
    [InlineData("Sri Lankan", "geonames:1227603")]
    public void Abbreviations_region_adjectives_seas_and_two_word_demonyms_name_their_place(string name, string id) =>
        Assert.Equal(id, ResolveAlone(name).Id);

    [Fact]
    public void Seas_and_regions_belong_to_no_country()
    {
        var sea = Gazetteer.Default.ById("region:black-sea")!;
        Assert.True(sea.IsRegion);
        Assert.False(sea.IsCountry);
        Assert.Equal("", sea.Country);
    }

    [Theory]
    [InlineData("American", "US")]
    [InlineData("British", "GB")]
    [InlineData("U.S.", "US")]
    [InlineData("Calif.", "US")]
    public void A_toponym_found_by_someone_else_gets_its_candidates(string name, string country) =>
        Assert.Equal(country, ResolveAlone(name).Country);

    /// <summary>A name given as a toponym on its own (as a gold annotation or a recognizer would give it), resolved.</summary>
    private static Place ResolveAlone(string name)
    {
        var resolver = new ToponymResolver(Gazetteer.Default);
        var tokens = Tokenizer.Tokenize(name);
        var candidates = resolver.Candidates(name, tokens, PhraseMatcher<object>.Keys(name, tokens), 0, tokens.Length);
        Assert.NotNull(candidates);
        return resolver.Resolve(name, tokens, [new Toponym(0, tokens.Length, candidates)], [])[0];
    }

    /// <summary>A floor on the LGL dev half, gold toponyms given (the bench `geo` task measures it fully).</summary>
    [SharedDataFact("geo/gold-dev/lgl.dev.xml")]
    public void Lgl_dev_gold_toponyms_resolve_within_161_km_at_least_two_times_in_three()
    {
        var resolver = new ToponymResolver(Gazetteer.Default);
        int total = 0, near = 0;
        foreach (var article in XDocument.Load(SharedData.Find("geo/gold-dev/lgl.dev.xml")!).Root!.Elements("article").Take(120))
        {
            var text = (string)article.Element("text")!;
            var tokens = Tokenizer.Tokenize(text);
            var keys = PhraseMatcher<object>.Keys(text, tokens);
            var gold = new List<(double Lat, double Lon)>();
            var toponyms = new List<Toponym?>();
            foreach (var t in article.Descendants("toponym").Where(t => t.Element("gaztag")?.Element("lat") is not null))
            {
                int start = (int)t.Element("start")!, end = (int)t.Element("end")!;
                int first = Array.FindIndex(tokens, k => k.End > start), last = Array.FindLastIndex(tokens, k => k.Start < end);
                var candidates = first < 0 || last < first ? null : resolver.Candidates(text, tokens, keys, first, last + 1);
                toponyms.Add(candidates is null ? null : new Toponym(first, last + 1, candidates));
                gold.Add((double.Parse((string)t.Element("gaztag")!.Element("lat")!, CultureInfo.InvariantCulture),
                    double.Parse((string)t.Element("gaztag")!.Element("lon")!, CultureInfo.InvariantCulture)));
            }
            var named = toponyms.Where(t => t is not null).Select(t => t!).ToList();
            var resolved = resolver.Resolve(text, tokens, named, []);
            int k = 0;
            for (int i = 0; i < toponyms.Count; i++)
            {
                total++;
                if (toponyms[i] is null) continue;
                if (Km(resolved[k++], gold[i].Lat, gold[i].Lon) <= 161) near++;
            }
        }
        Assert.True(near >= total * 2 / 3.0, $"{near} of {total} within 161 km");
    }
}
