using System.Globalization;
using Sitrep.News.Resources;
using Sitrep.Nlp.Matching;

namespace Sitrep.News.Places;

/// <summary>
/// Sitrep's gazetteer (resources/places.tsv.gz, built from GeoNames): every name and alternate
/// name of countries, provinces, districts and towns in one phrase matcher, plus demonyms.
/// Loaded once per process on first use; read-only and thread-safe afterwards.
/// </summary>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> Shared = new(() => Load(ResourceFiles.Find(GazetteerBuilder.FileName), ResourceFiles.Find(GazetteerBuilder.DemonymFileName)));

    public static Gazetteer Default => Shared.Value;

    private readonly Dictionary<string, Place> _countries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Place> _countries3 = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Place> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _demonyms = new(StringComparer.OrdinalIgnoreCase);

    public PhraseMatcher<Place> Names { get; } = new();

    public int Count => _byId.Count;

    public static Gazetteer Load(string placesPath, string? demonymsPath)
    {
        var g = new Gazetteer();
        foreach (var c in ResourceFiles.ReadTsv(placesPath))
        {
            var p = new Place(c[0], c[1], c[2], c[3], c[4], c[5].Length == 0 ? null : c[5],
                double.Parse(c[6], CultureInfo.InvariantCulture), double.Parse(c[7], CultureInfo.InvariantCulture),
                long.Parse(c[8], CultureInfo.InvariantCulture), c[9].Length == 0 ? null : c[9]);
            g.Add(p, c[10].Length == 0 ? [] : c[10].Split('|'));
        }
        if (demonymsPath is not null)
            foreach (var c in ResourceFiles.ReadTsv(demonymsPath))
                g._demonyms.TryAdd(c[0], c[1]);
        return g;
    }

    /// <summary>Adds a place under its name and alternate names (used by the loader and by tests that build a small gazetteer).</summary>
    public void Add(Place place, IEnumerable<string> alternateNames)
    {
        _byId[place.Id] = place;
        if (place.IsCountry)
        {
            _countries[place.Country] = place;
            _countries3[place.Country3] = place;
        }
        Names.Add(place.Name, place);
        foreach (var n in alternateNames) Names.Add(n, place);
    }

    public Place? ById(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The country entry for an ISO 3166-1 alpha-2 code.</summary>
    public Place? Country(string iso2) => _countries.GetValueOrDefault(iso2);

    /// <summary>The country entry for an ISO 3166-1 alpha-3 code, which is also the CAMEO country code (AFG, RUS).</summary>
    public Place? CountryByCode3(string iso3) => _countries3.GetValueOrDefault(iso3);

    /// <summary>The country a demonym belongs to: "Afghan" → AF.</summary>
    public string? CountryOfDemonym(ReadOnlySpan<char> word)
    {
        var lookup = _demonyms.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out var cc)) return cc;
        // Plural of the people: "Afghans", "Tajiks".
        return word.Length > 4 && word[^1] == 's' && lookup.TryGetValue(word[..^1], out cc) ? cc : null;
    }

    public void AddDemonym(string demonym, string iso2) => _demonyms[demonym] = iso2;
}
