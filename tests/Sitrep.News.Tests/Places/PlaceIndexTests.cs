using Sitrep.News.Documents;
using Sitrep.News.Places;
using Xunit;

namespace Sitrep.News.Tests.Places;

/// <summary>
/// The indexes that keep <see cref="ToponymResolver"/> linear in the length of an article answer exactly what a scan of
/// every toponym answers: random documents, one figure at a time, against the scan written out.
/// </summary>
public class PlaceIndexTests
{
    private static readonly string[] Classes = ["P.PPL", "P.PPLA", "A.ADM1", "A.ADM2", "A.PCLI", "L.RGN"];
    private static readonly string[] Countries = ["AF", "US", "FR", "RU", "FJ", ""];

    /// <summary>Places clustered so that many lie near each other, some at the poles and across the antimeridian.</summary>
    private static Place[] RandomPlaces(Random r, int count)
    {
        var centres = new (double Lat, double Lon)[] { (34.5, 69.2), (89.7, 10), (-89.9, -170), (10, 179.9), (10, -179.9), (0, 0), (60, 30) };
        return Enumerable.Range(0, count).Select(i =>
        {
            var (lat, lon) = centres[r.Next(centres.Length)];
            lat = Math.Clamp(lat + (r.NextDouble() - 0.5) * 4, -90, 90);
            lon += (r.NextDouble() - 0.5) * 4;
            if (lon > 180) lon -= 360;
            if (lon < -180) lon += 360;
            string country = Countries[r.Next(Countries.Length)];
            return new Place($"geonames:{i}", $"P{i}", Classes[r.Next(Classes.Length)], country, country, r.Next(3) == 0 ? null : $"{country}.{r.Next(4)}", lat, lon, r.Next(1000), null);
        }).ToArray();
    }

    [Theory]
    [InlineData(1, 50.0)]
    [InlineData(2, 150.0)]
    [InlineData(3, 400.0)]
    public void The_grid_finds_exactly_the_places_within_the_distance(int seed, double km)
    {
        var r = new Random(seed);
        var places = RandomPlaces(r, 400);
        var grid = new PlaceGrid<int>();
        for (int i = 0; i < places.Length; i++) grid.Add(places[i], i);
        foreach (var center in places.Take(120))
        {
            var found = new List<int>();
            grid.Within(center, km, (_, i) => { found.Add(i); return true; });
            var expected = Enumerable.Range(0, places.Length).Where(i => ToponymResolver.Distance(center, places[i]) < km);
            Assert.Equal(expected, found.Order());
        }
    }

    private static (string[] Keys, List<Toponym> Toponyms, Place[] Chosen) RandomDocument(int seed)
    {
        var r = new Random(seed);
        var places = RandomPlaces(r, 150);
        var names = Enumerable.Range(0, 40).Select(i => $"NAME{i}").ToArray();
        var candidatesOf = names.ToDictionary(n => n, _ => places.OrderBy(_ => r.Next()).Take(r.Next(1, 8)).ToList());
        int n = 300;
        var keys = new string[n];
        var toponyms = new List<Toponym>();
        var chosen = new Place[n];
        for (int i = 0; i < n; i++)
        {
            keys[i] = names[r.Next(names.Length)];
            // Mostly one candidate list per name, sometimes another (a name met once with too many candidates).
            var candidates = r.Next(10) == 0 ? places.OrderBy(_ => r.Next()).Take(r.Next(1, 70)).ToList() : candidatesOf[keys[i]];
            toponyms.Add(new Toponym(i, i + 1, candidates));
            chosen[i] = candidates[r.Next(candidates.Count)];
        }
        return (keys, toponyms, chosen);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    public void The_tally_of_the_other_names_choices_is_the_scan_over_them(int seed)
    {
        var (keys, toponyms, chosen) = RandomDocument(seed);
        var tally = new ChoiceTally(keys, chosen);
        for (int i = 0; i < keys.Length; i++)
        {
            var others = Enumerable.Range(0, keys.Length).Where(j => keys[j] != keys[i]).Select(j => chosen[j]).ToList();
            Assert.Equal(others.Count, tally.Others(keys[i]));
            foreach (var p in toponyms[i].Candidates)
            {
                Assert.Equal(others.Count(q => q.Country.Length > 0 && q.Country == p.Country), tally.CountryVotes(keys[i], p.Country));
                if (p.Admin1 is { } a)
                    Assert.Equal(others.Where(q => q.Admin1 == a).Sum(q => q.IsAdmin1 ? 2 : 1), tally.Admin1Votes(keys[i], a));
                int near = others.Count(q => !q.IsCountry && !q.IsRegion && q != p && ToponymResolver.Distance(p, q) < ChoiceTally.NearKm);
                Assert.Equal(Math.Min(near, ChoiceTally.MaxNear), tally.Near(keys[i], p));
            }
        }
    }

    [Theory]
    [InlineData(6)]
    [InlineData(7)]
    public void Neighbour_names_count_each_other_name_once_by_its_first_occurrence(int seed)
    {
        var (keys, toponyms, _) = RandomDocument(seed);
        var neighbours = new NeighbourNames(toponyms, keys);
        // The scan: each other name once, by its first occurrence (with at most MaxCandidates candidates).
        int Scan(int self, int maxCandidates, Func<Place, bool> fits)
        {
            var names = new HashSet<string> { keys[self] };
            int count = 0;
            for (int j = 0; j < toponyms.Count; j++)
                if (toponyms[j].Candidates.Count <= maxCandidates && names.Add(keys[j]) && toponyms[j].Candidates.Any(fits)) count++;
            return Math.Min(count, NeighbourNames.MaxCount);
        }
        for (int i = 0; i < keys.Length; i++)
            foreach (var p in toponyms[i].Candidates)
            {
                Assert.Equal(Scan(i, NeighbourNames.MaxCandidatesNearby, q => !q.IsCountry && !q.IsRegion && !q.IsAdmin1 && q != p && ToponymResolver.Distance(p, q) < NeighbourNames.NearbyKm),
                    neighbours.Nearby(keys[i], p));
                Assert.Equal(Scan(i, int.MaxValue, q => q.IsAdmin1 && q != p && q.Country == p.Country), neighbours.Siblings(keys[i], p));
            }
    }
}
