using Sitrep.News.Documents;

namespace Sitrep.News.Places;

/// <summary>
/// What the other toponyms' current choices say, in one round of <see cref="ToponymResolver"/>: the countries and
/// provinces they chose and how many chose a place near a candidate. "The others" of a toponym are every toponym
/// of another name, so each figure is the whole document's tally less the tally of the name's own occurrences:
/// counted once per round instead of once per toponym over every other toponym (the square of the document).
/// </summary>
internal sealed class ChoiceTally
{
    private sealed class Tally
    {
        public int Count;
        public readonly Dictionary<string, int> Countries = new(StringComparer.Ordinal);
        public readonly Dictionary<string, int> Admin1Votes = new(StringComparer.Ordinal);
        // Keyed by reference: a count per chosen entry, whatever its equality says (callers compare with !=).
        public readonly Dictionary<Place, int> Places = new(ReferenceEqualityComparer.Instance);
        public Dictionary<Place, int>? NearCache;
    }

    /// <summary>The distance within which another toponym's choice counts as near a candidate.</summary>
    public const double NearKm = 150;

    /// <summary>Counts of near choices above this say nothing more (the score caps there).</summary>
    public const int MaxNear = 3;

    private readonly Tally _all = new();
    private readonly Dictionary<string, Tally> _byName = new(StringComparer.Ordinal);
    private readonly PlaceGrid<int> _grid = new();

    /// <param name="keys">Each toponym's name.</param>
    /// <param name="chosen">Each toponym's current choice.</param>
    public ChoiceTally(string[] keys, Place[] chosen)
    {
        for (int j = 0; j < keys.Length; j++)
        {
            if (!_byName.TryGetValue(keys[j], out var own)) _byName[keys[j]] = own = new Tally();
            Add(_all, chosen[j]);
            Add(own, chosen[j]);
        }
        foreach (var (place, count) in _all.Places) _grid.Add(place, count);
    }

    private static void Add(Tally t, Place q)
    {
        t.Count++;
        if (q.Country.Length > 0) Increment(t.Countries, q.Country, 1);
        if (q.Admin1 is { } a1) Increment(t.Admin1Votes, a1, q.IsAdmin1 ? 2 : 1);
        if (!q.IsCountry && !q.IsRegion) Increment(t.Places, q, 1);
    }

    private static void Increment<TKey>(Dictionary<TKey, int> counts, TKey key, int by) where TKey : notnull =>
        counts[key] = counts.GetValueOrDefault(key) + by;

    /// <summary>How many toponyms have another name than <paramref name="name"/>.</summary>
    public int Others(string name) => _all.Count - _byName[name].Count;

    /// <summary>How many toponyms of other names chose a place in the country.</summary>
    public int CountryVotes(string name, string country) =>
        _all.Countries.GetValueOrDefault(country) - _byName[name].Countries.GetValueOrDefault(country);

    /// <summary>The province votes of toponyms of other names: 2 for the province itself, 1 for a place in it.</summary>
    public int Admin1Votes(string name, string admin1) =>
        _all.Admin1Votes.GetValueOrDefault(admin1) - _byName[name].Admin1Votes.GetValueOrDefault(admin1);

    /// <summary>
    /// How many toponyms of other names chose a place (not a country or region) other than <paramref name="p"/>
    /// less than <see cref="NearKm"/> from it, counted up to <see cref="MaxNear"/>.
    /// </summary>
    public int Near(string name, Place p)
    {
        var own = _byName[name];
        own.NearCache ??= new Dictionary<Place, int>(ReferenceEqualityComparer.Instance);
        if (own.NearCache.TryGetValue(p, out int cached)) return cached;
        int near = 0;
        _grid.Within(p, NearKm, (q, total) =>
        {
            if (q != p) near += total - own.Places.GetValueOrDefault(q);
            return near < MaxNear;
        });
        near = Math.Min(near, MaxNear);
        own.NearCache[p] = near;
        return near;
    }
}
