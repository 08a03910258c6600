using System.Globalization;
using System.Text;
using Sitrep.News.Resources;
using Sitrep.Nlp.Corpora;
using Sitrep.Nlp.Matching;
using Sitrep.News.Documents;
using Sitrep.News.Places;

namespace Sitrep.News.ResourceBuilding;

/// <summary>
/// Converts GeoNames (CC BY 4.0: countryInfo, admin1/admin2 codes, cities15000, cities5000) and the
/// mledoze country list (ODbL: coordinates, alternative spellings, demonyms) into Sitrep's gazetteer,
/// resources/places.tsv.gz. GeoNames gives no coordinates for provinces and districts: they are
/// derived as the mean position of the towns inside them, or the enclosing unit's when none is known,
/// and the entry says so.
/// </summary>
public static class GazetteerBuilder
{
    public const string FileName = Gazetteer.FileName;
    public const string DemonymFileName = Gazetteer.DemonymFileName;

    private sealed record Row(Place Place, List<string> Names);

    public const string RegionsFileName = "regions.tsv";

    /// <summary>Hand-written, reviewed names and positions laid over the converted GeoNames rows.</summary>
    public const string OverlayFileName = "places-overlay.tsv";

    public static (int Places, IReadOnlyList<(string Demonym, string Country)> Demonyms) Build(string geoDir, string countriesCsv, string outDir)
    {
        var iso3 = new Dictionary<string, string>();
        var countryRows = new Dictionary<string, Row>();
        foreach (var line in File.ReadLines(Path.Combine(geoDir, "countryInfo.tsv")))
        {
            if (line.StartsWith('#') || line.Length == 0) continue;
            var c = line.Split('\t');
            iso3[c[0]] = c[1];
            long.TryParse(c[7], NumberStyles.Integer, CultureInfo.InvariantCulture, out var pop);
            var place = new Place("geonames:" + c[16], c[4], "A.PCLI", c[0], c[1], null, 0, 0, pop, null);
            countryRows[c[0]] = new Row(place, [c[4]]);
        }

        var demonyms = new List<(string, string)>();
        var csv = TextFiles.ReadLines(countriesCsv).Select(l => TextFiles.CsvCells(l).ToArray()).ToList();
        var header = csv[0];
        int Col(string name) => Array.IndexOf(header, name);
        foreach (var r in csv.Skip(1))
        {
            var cca2 = r[Col("cca2")];
            if (!countryRows.TryGetValue(cca2, out var row)) continue;
            var latlng = r[Col("latlng")].Split(',');
            if (latlng.Length == 2)
                row = countryRows[cca2] = row with { Place = row.Place with { Lat = D(latlng[0]), Lon = D(latlng[1]) } };
            row.Names.Add(r[Col("name.common")]);
            row.Names.Add(r[Col("name.official")]);
            // Two-letter codes ("IN", "IT", "BE") are words too often; news abbreviates only a few countries that way.
            row.Names.AddRange(r[Col("altSpellings")].Split(',').Where(s => s.Length > 2));
            if (NewsAbbreviations.TryGetValue(cca2, out var abbreviations)) row.Names.AddRange(abbreviations);
            foreach (var d in new[] { r[Col("demonyms.eng.m")], r[Col("demonyms.eng.f")] }.Where(d => d.Length > 2).Distinct())
            {
                demonyms.Add((d, cca2));
            }
        }

        // A demonym shared by several countries ("American": the United States, the Northern Mariana Islands) is the most populous one's.
        demonyms = [.. demonyms.OrderByDescending(d => countryRows[d.Item2].Place.Population)];

        var cities = new Dictionary<string, Row>();
        var admin2Of = new Dictionary<string, string>();
        foreach (var file in new[] { "cities5000.2018.txt.gz", "cities15000.txt.gz" })
            foreach (var c in TextFiles.ReadLines(Path.Combine(geoDir, file)).Select(l => l.Split('\t')))
            {
                long.TryParse(c[14], NumberStyles.Integer, CultureInfo.InvariantCulture, out var pop);
                var country = iso3.GetValueOrDefault(c[8], c[8]);
                var place = new Place("geonames:" + c[0], c[1], c[6] + "." + c[7], c[8], country, c[8] + "." + c[10], D(c[4]), D(c[5]), pop, null);
                var names = new List<string> { c[1], c[2] };
                names.AddRange(c[3].Split(',').Where(IsLatinName).Take(12));
                cities[c[0]] = new Row(place, names);
                admin2Of[c[0]] = place.Admin1 + "." + c[11];
            }

        var cityRows = cities.Values.ToList();
        var byAdmin1 = cityRows.GroupBy(r => r.Place.Admin1!).ToDictionary(g => g.Key, g => g.Select(r => r.Place).ToList());
        var byAdmin2 = cities.GroupBy(kv => admin2Of[kv.Key]).ToDictionary(g => g.Key, g => g.Select(kv => kv.Value.Place).ToList());

        var admin1Rows = new Dictionary<string, Row>();
        foreach (var c in File.ReadLines(Path.Combine(geoDir, "admin1CodesASCII.txt")).Select(l => l.Split('\t')))
        {
            if (c.Length < 4) continue;
            var cc = c[0][..2];
            if (!countryRows.TryGetValue(cc, out var country)) continue;
            var (lat, lon, source) = Centroid(byAdmin1.GetValueOrDefault(c[0]), country.Place, "country");
            var place = new Place("geonames:" + c[3], c[1], "A.ADM1", cc, country.Place.Country3, c[0], lat, lon, People(byAdmin1.GetValueOrDefault(c[0])), source);
            admin1Rows[c[0]] = new Row(place, UnitNames(c[1], c[2]));
        }

        var admin2 = new List<Row>();
        foreach (var c in TextFiles.ReadLines(Path.Combine(geoDir, "admin2Codes.txt.gz")).Select(l => l.Split('\t')))
        {
            if (c.Length < 4) continue;
            var parts = c[0].Split('.');
            if (parts.Length < 3 || !admin1Rows.TryGetValue(parts[0] + "." + parts[1], out var a1)) continue;
            var (lat, lon, source) = Centroid(byAdmin2.GetValueOrDefault(c[0]), a1.Place, "province");
            var place = new Place("geonames:" + c[3], c[1], "A.ADM2", a1.Place.Country, a1.Place.Country3, a1.Place.Admin1, lat, lon, People(byAdmin2.GetValueOrDefault(c[0])), source);
            admin2.Add(new Row(place, UnitNames(c[1], c[2])));
        }

        // Reviewed corrections and additions (resources/places-overlay.tsv): news abbreviations ("Calif.", "NSW"),
        // and positions where the derived or mledoze one is far from the place's usual centre.
        var byKey = countryRows.Values.Select(r => (r.Place.Country, r))
            .Concat(admin1Rows.Select(kv => (kv.Key, kv.Value))).ToDictionary(x => x.Item1, x => x.Item2);
        var overlayPath = Path.Combine(outDir, OverlayFileName);
        var regionNames = new Dictionary<string, List<string>>();
        if (File.Exists(overlayPath))
            foreach (var c in ResourceFiles.ReadTsv(overlayPath))
            {
                if (c.Length < 5) continue;
                var extra = c[3].Length == 0 ? [] : c[3].Split('|');
                if (c[0].StartsWith("region:", StringComparison.Ordinal)) { regionNames[c[0]] = [.. extra]; continue; }
                if (!byKey.TryGetValue(c[0], out var row)) continue;
                row.Names.AddRange(extra);
                if (c[1].Length > 0 && c[2].Length > 0)
                {
                    var moved = row with { Place = row.Place with { Lat = D(c[1]), Lon = D(c[2]), CoordinateSource = c[4] } };
                    if (row.Place.IsCountry) countryRows[row.Place.Country] = moved; else admin1Rows[c[0]] = moved;
                }
            }

        // Continents and regions (hand-written, resources/regions.tsv): "North Africa" must not become a town named Africa.
        var regions = ResourceFiles.ReadTsv(Path.Combine(outDir, RegionsFileName))
            .Select(c => new Row(new Place(c[0], c[1], c[2], "", "", null, D(c[3]), D(c[4]), 0, "approximate centre of the region (Sitrep)"),
                [.. c.Length > 5 && c[5].Length > 0 ? c[5].Split('|') : [], .. regionNames.GetValueOrDefault(c[0]) ?? []]));
        var all = regions.Concat(countryRows.Values).Concat(admin1Rows.Values).Concat(admin2).Concat(cityRows);
        int count = 0;
        ResourceFiles.WriteTsv(Path.Combine(outDir, FileName),
            "# Sitrep gazetteer, converted by 'sitrep resources build' from GeoNames (CC BY 4.0, geonames.org) and mledoze/countries (ODbL).\n" +
            "# keys: the name and every alternate name as the phrase matcher keys them (tokens folded, space-separated; '|' between names; the name's first, empty when it is the name in capitals).\n" +
            "# id\tname\tclass\tcountry\tcountry3\tadmin1\tlat\tlon\tpopulation\tcoordinateSource\tkeys",
            all.Select(r =>
            {
                count++;
                var p = r.Place;
                var names = r.Names.Where(n => n.Length > 1 && n != p.Name).Distinct(StringComparer.OrdinalIgnoreCase);
                return string.Join('\t', p.Id, p.Name, p.FeatureClass, p.Country, p.Country3, p.Admin1 ?? "",
                    p.Lat.ToString("0.#####", CultureInfo.InvariantCulture), p.Lon.ToString("0.#####", CultureInfo.InvariantCulture),
                    p.Population.ToString(CultureInfo.InvariantCulture), p.CoordinateSource ?? "", string.Join('|', Keys(p.Name, names)));
            }));
        return (count, demonyms);
    }

    /// <summary>
    /// The matcher keys of a place's names, its own name's first: stored folded so that loading the
    /// gazetteer needs neither the tokenizer nor Unicode folding. The own name's key is left empty when
    /// it is just the name in capitals ("Kabul" → "KABUL": ASCII, single spaces between words), which
    /// is most names and keeps the file small; <see cref="Gazetteer.Load"/> capitalizes it back.
    /// Alternate names that fold like an earlier one ("Kābul" like "Kabul") add nothing to the matcher
    /// and are left out.
    /// </summary>
    public static IEnumerable<string> Keys(string name, IEnumerable<string> alternateNames)
    {
        var own = TokenKey.FoldPhrase(name);
        if (own.Length == 0) throw new ArgumentException($"place name '{name}' has no tokens", nameof(name));
        yield return Ascii.IsValid(name) && own == name.ToUpperInvariant() ? "" : own;
        var seen = new HashSet<string>(StringComparer.Ordinal) { own, "" };
        foreach (var n in alternateNames)
            if (TokenKey.FoldPhrase(n) is var key && seen.Add(key)) yield return key;
    }

    private static readonly Dictionary<string, string[]> NewsAbbreviations = new()
    {
        ["US"] = ["US", "U.S.", "U.S.A."], ["GB"] = ["UK", "U.K."], ["AE"] = ["UAE", "U.A.E."],
    };

    /// <summary>The adjectives that stand for a continent, region or sea (resources/regions.tsv, last column): "European" → region:europe.</summary>
    public static IEnumerable<(string Demonym, string Region)> RegionDemonyms(string outDir) =>
        ResourceFiles.ReadTsv(Path.Combine(outDir, RegionsFileName))
            .Where(c => c.Length > 6 && c[6].Length > 0)
            .SelectMany(c => c[6].Split('|').Select(d => (d, c[0])));

    /// <summary>Writes the demonym table: words that stand for a country's people or adjective ("Afghan", "Tajik").</summary>
    public static void WriteDemonyms(string outDir, IEnumerable<(string Demonym, string Country)> demonyms) =>
        ResourceFiles.WriteTsv(Path.Combine(outDir, DemonymFileName),
            "# Demonyms and country words, from mledoze/countries (ODbL) and the PETRARCH2 country entries (MIT); region adjectives from resources/regions.tsv (Sitrep).\n# demonym\tcountry (ISO alpha-2, or a Sitrep region id)",
            demonyms.DistinctBy(d => d.Demonym.ToUpperInvariant()).Select(d => d.Demonym + "\t" + d.Country));

    /// <summary>"Helmand" also as "Helmand Province"; "Maidan Wardak Province" also as "Maidan Wardak".</summary>
    private static List<string> UnitNames(string name, string ascii)
    {
        var names = new List<string> { name, ascii };
        foreach (var suffix in new[] { " Province", " Region", " Oblast", " District", " Governorate", " State" })
            if (ascii.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)) names.Add(ascii[..^suffix.Length]);
        return names;
    }

    /// <summary>
    /// A unit's position from the GeoNames places inside it: the centre of their extent (the middle of
    /// the smallest latitude and longitude ranges holding them, across the antimeridian when shorter),
    /// which lands near the unit's geographic centre; the mean would drift toward where towns crowd
    /// (the mean of New York State's towns lies near the city, 200 km from the state's centre).
    /// </summary>
    private static (double Lat, double Lon, string Source) Centroid(List<Place>? inside, Place parent, string parentKind)
    {
        if (inside is not { Count: > 0 }) return (parent.Lat, parent.Lon, $"{parentKind} position (no GeoNames place inside)");
        double lat = (inside.Min(p => p.Lat) + inside.Max(p => p.Lat)) / 2;
        double west = inside.Min(p => p.Lon), east = inside.Max(p => p.Lon);
        double lon = (west + east) / 2;
        // Across the antimeridian: shift the western longitudes by 360° and take the shorter span.
        var shifted = inside.Select(p => p.Lon < 0 ? p.Lon + 360 : p.Lon).ToList();
        if (shifted.Max() - shifted.Min() < east - west)
        {
            lon = (shifted.Min() + shifted.Max()) / 2;
            if (lon > 180) lon -= 360;
        }
        return (Math.Round(lat, 5), Math.Round(lon, 5), inside.Count == 1 ? "the one GeoNames place inside" : $"centre of the extent of {inside.Count} GeoNames places inside");
    }

    /// <summary>A province's or district's population: that of the GeoNames towns inside it (a lower bound).</summary>
    private static long People(List<Place>? inside) => inside?.Sum(p => p.Population) ?? 0;

    private static bool IsLatinName(string s) =>
        s.Length is >= 3 and <= 40 && s.All(ch => ch < 0x250 && (char.IsLetter(ch) || ch is ' ' or '-' or '\'' or '.'));

    private static double D(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
}
