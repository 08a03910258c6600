using System.Globalization;
using Sitrep.News.Places;
using Sitrep.News.Resources;
using Sitrep.Nlp.Matching;
using Sitrep.Nlp.Tokens;
using Xunit;
using Sitrep.News.Documents;
using Sitrep.News.ResourceBuilding;

namespace Sitrep.News.Tests.Places;

/// <summary>The gazetteer read from stored, pre-folded keys is the gazetteer built from its names.</summary>
public class GazetteerLoadTests
{
    private static readonly (Place Place, string[] Names)[] Rows =
    [
        (new Place("geonames:1138958", "Kabul", "P.PPLC", "AF", "AFG", "AF.13", 34.52813, 69.17233, 3043532, null), ["Kābul", "KABUL", "Kabol"]),
        (new Place("geonames:1146531", "Lashkar Gāh", "P.PPLA", "AF", "AFG", "AF.10", 31.59382, 64.37161, 201546, null), ["Lashkar Gah", "Bost"]),
        (new Place("geonames:1127110", "Sar-e Pul", "A.ADM1", "AF", "AFG", "AF.37", 36.21544, 65.93249, 0, "centre of the extent of 3 GeoNames places inside"), ["Sar-e Pol Province", "Sari Pul"]),
        (new Place("geonames:6252001", "United States", "A.PCLI", "US", "USA", null, 38, -97, 327167434, null), ["U.S.", "US", "U.S.A.", "United States of America"]),
        (new Place("geonames:4140963", "Washington, D.C.", "P.PPLC", "US", "USA", "US.DC", 38.89511, -77.03637, 689545, null), ["Washington"]),
        (new Place("geonames:4140964", "Washington", "A.ADM1", "US", "USA", "US.WA", 47.5, -120.5, 7_000_000, null), ["Washington State"]),
        (new Place("region:south-america", "South America", "L.CONT", "", "", null, -14.60485, -57.65625, 0, "approximate centre of the region (Sitrep)"), []),
        (new Place("geonames:3", "Côte d'Ivoire", "A.PCLI", "CI", "CIV", null, -0.00001, 179.99999, 1, null), ["Cote d’Ivoire", "Ivory Coast"]),
    ];

    private static string Line(Place p, IEnumerable<string> names) => string.Join('\t', p.Id, p.Name, p.FeatureClass, p.Country, p.Country3, p.Admin1 ?? "",
        p.Lat.ToString("0.#####", CultureInfo.InvariantCulture), p.Lon.ToString("0.#####", CultureInfo.InvariantCulture),
        p.Population.ToString(CultureInfo.InvariantCulture), p.CoordinateSource ?? "", string.Join('|', GazetteerBuilder.Keys(p.Name, names)));

    private static Gazetteer Stored(string fileName)
    {
        var path = Path.Combine(Path.GetTempPath(), "sitrep-tests-" + Guid.NewGuid().ToString("N"), fileName);
        ResourceFiles.WriteTsv(path, "# test gazetteer", Rows.Select(r => Line(r.Place, r.Names)));
        try { return Gazetteer.Load(path, null); }
        finally { Directory.Delete(Path.GetDirectoryName(path)!, true); }
    }

    private static Gazetteer Built()
    {
        var g = new Gazetteer();
        foreach (var (place, names) in Rows) g.Add(place, names);
        return g;
    }

    [Theory]
    [InlineData("places.tsv.gz")]
    [InlineData("places.tsv")]
    public void Loads_the_same_places_and_matches_as_built_from_names(string fileName)
    {
        var stored = Stored(fileName);
        var built = Built();
        Assert.Equal(built.Count, stored.Count);
        foreach (var (place, _) in Rows) Assert.Equal(place, stored.ById(place.Id));
        Assert.Equal(built.Names.Count, stored.Names.Count);
        Assert.Equal("CIV", stored.Country("CI")!.Country3);
        var text = "Kabul, KĀBUL, Kabol and Lashkar Gah; Sar-e Pol Province and Sari Pul; the U.S., US and U.S.A.; Washington, D.C. and Washington State; "
            + "South America; Cote d'Ivoire and Côte d’Ivoire, the Ivory Coast; United States of America.";
        var tokens = Tokenizer.Tokenize(text);
        var keys = PhraseMatcher<object>.Keys(text, tokens);
        for (int start = 0; start < tokens.Length; start++)
            for (int limit = start; limit <= tokens.Length; limit++)
                Assert.Equal(Show(built.Names.LongestAt(keys, start, limit)), Show(stored.Names.LongestAt(keys, start, limit)));
        Assert.Equal(["geonames:4140963"], stored.Names.LongestAt(keys, Array.IndexOf(keys, "WASHINGTON"), tokens.Length)!.Value.Values.Select(p => p.Id));
    }

    private static string Show(PhraseMatch<Place>? m) => m is { } x ? $"{x.StartToken}-{x.EndToken}:{string.Join(",", x.Values.Select(p => p.Id))}" : "-";

    [Theory]
    [InlineData("Kabul", new[] { "Kābul", "KABUL", "Kabol" }, new[] { "", "KABOL" })]
    [InlineData("Lashkar Gāh", new[] { "Lashkar Gah", "Bost" }, new[] { "LASHKAR GAH", "BOST" })]
    [InlineData("Washington, D.C.", new[] { "Washington" }, new[] { "WASHINGTON , D.C.", "WASHINGTON" })]
    [InlineData("New  York", new[] { "New York" }, new[] { "NEW YORK" })]
    public void Stores_a_places_names_as_folded_keys_the_plain_name_left_empty(string name, string[] names, string[] keys) =>
        Assert.Equal(keys, GazetteerBuilder.Keys(name, names));

    [Fact]
    public void Shipped_gazetteer_keys_are_its_names_folded_by_todays_tokenizer()
    {
        // A stale resources/places.tsv.gz (tokenizer or folding changed since it was built) would match other phrases.
        int rows = 0;
        foreach (var c in ResourceFiles.ReadTsv(ResourceFiles.Find(GazetteerBuilder.FileName)))
        {
            var own = c[10].Split('|')[0];
            Assert.Equal(TokenKey.FoldPhrase(c[1]), own.Length == 0 ? c[1].ToUpperInvariant() : own);
            rows++;
        }
        Assert.True(rows > 100_000);
    }
}
