using Sitrep.News.Documents;

namespace Sitrep.News.Places;

/// <summary>
/// The other names of a document that could be a place near a candidate ("London, Middlesex and St. Thomas are
/// all in Ontario") or another province of its country ("Oregon, Nevada and New Mexico"), whatever those names'
/// current choice. Each name counts once, by the candidates of its first occurrence, as
/// <see cref="ToponymResolver"/> has always counted; the candidates are indexed once per document (by position, by
/// country) rather than scanned for every candidate of every toponym, and counting stops at
/// <see cref="MaxCount"/>, past which the score says nothing more.
/// </summary>
internal sealed class NeighbourNames
{
    /// <summary>Counts stop here: the score caps at three names.</summary>
    public const int MaxCount = 3;

    /// <summary>Names with more candidates than this say nothing about nearness (a common name is near everything).</summary>
    public const int MaxCandidatesNearby = 60;

    /// <summary>How close another name's town or district must lie.</summary>
    public const double NearbyKm = 50;

    private readonly PlaceGrid<string> _towns = new();
    private readonly Dictionary<string, List<(string Name, Place Province)>> _provincesByCountry = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Name, Place Place), int> _nearby = new(NameAndPlace.Comparer);
    private readonly Dictionary<(string Name, Place Place), int> _siblings = new(NameAndPlace.Comparer);

    public NeighbourNames(IReadOnlyList<Toponym> toponyms, string[] keys)
    {
        var nearbySeen = new HashSet<string>(StringComparer.Ordinal);
        var siblingSeen = new HashSet<string>(StringComparer.Ordinal);
        for (int j = 0; j < toponyms.Count; j++)
        {
            var candidates = toponyms[j].Candidates;
            // A name whose first occurrence has too many candidates is skipped there, and counts by its next occurrence.
            if (candidates.Count <= MaxCandidatesNearby && nearbySeen.Add(keys[j]))
                foreach (var q in candidates)
                    if (!q.IsCountry && !q.IsRegion && !q.IsAdmin1) _towns.Add(q, keys[j]);
            if (siblingSeen.Add(keys[j]))
                foreach (var q in candidates)
                    if (q.IsAdmin1)
                    {
                        if (!_provincesByCountry.TryGetValue(q.Country, out var list)) _provincesByCountry[q.Country] = list = [];
                        list.Add((keys[j], q));
                    }
        }
    }

    /// <summary>How many names other than <paramref name="name"/> have a town or district (not <paramref name="p"/>) within <see cref="NearbyKm"/> of it, up to <see cref="MaxCount"/>.</summary>
    public int Nearby(string name, Place p)
    {
        if (_nearby.TryGetValue((name, p), out int known)) return known;
        var found = new List<string>(MaxCount);
        _towns.Within(p, NearbyKm, (q, other) =>
        {
            if (q != p && other != name && !found.Contains(other)) found.Add(other);
            return found.Count < MaxCount;
        });
        return _nearby[(name, p)] = found.Count;
    }

    /// <summary>How many names other than <paramref name="name"/> could be another province of <paramref name="p"/>'s country, up to <see cref="MaxCount"/>.</summary>
    public int Siblings(string name, Place p)
    {
        if (_siblings.TryGetValue((name, p), out int known)) return known;
        var found = new List<string>(MaxCount);
        if (_provincesByCountry.TryGetValue(p.Country, out var provinces))
            foreach (var (other, q) in provinces)
            {
                if (q != p && other != name && !found.Contains(other)) found.Add(other);
                if (found.Count == MaxCount) break;
            }
        return _siblings[(name, p)] = found.Count;
    }

    /// <summary>A name (ordinal) and a gazetteer entry (by reference: the same entry object, as the toponyms share them).</summary>
    private sealed class NameAndPlace : IEqualityComparer<(string Name, Place Place)>
    {
        public static readonly NameAndPlace Comparer = new();

        public bool Equals((string Name, Place Place) x, (string Name, Place Place) y) =>
            ReferenceEquals(x.Place, y.Place) && string.Equals(x.Name, y.Name, StringComparison.Ordinal);

        public int GetHashCode((string Name, Place Place) obj) =>
            HashCode.Combine(StringComparer.Ordinal.GetHashCode(obj.Name), System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Place));
    }
}
