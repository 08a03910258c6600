using System.Globalization;
using Sitrep.Nlp.Tokens;
using Sitrep.News.Documents;

namespace Sitrep.News.Places;

/// <summary>
/// Resolves the toponyms of one document together, each to one gazetteer entry. First pass: each
/// name alone — <see cref="PlacePrior.Score"/> (feature type, population), the cue word next to it
/// ("Helmand province") and the unit that follows it ("Paris, Texas", "Garmsir district of Helmand").
/// Second pass: the document's geography as the first pass left it — the countries and provinces the
/// other toponyms and the actors point to, and how near the other places lie. Every occurrence of a
/// name then takes the choice its occurrences score best together (one referent per name and
/// article), unless a container named next to it says otherwise. Stateless and thread-safe.
/// </summary>
public sealed class ToponymResolver(Gazetteer gazetteer)
{
    public Gazetteer Gazetteer { get; } = gazetteer;

    /// <summary>The document's words and its toponyms, with the countries its actors belong to (ISO alpha-2).</summary>
    public Place[] Resolve(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Toponym> toponyms, IEnumerable<string> actorCountries)
    {
        int n = toponyms.Count;
        var chosen = new Place[n];
        if (n == 0) return chosen;
        var placeTokens = new HashSet<int>(toponyms.SelectMany(t => Enumerable.Range(t.StartToken, t.EndToken - t.StartToken)));
        var byStart = new Dictionary<int, int>();
        for (int i = 0; i < n; i++) byStart.TryAdd(toponyms[i].StartToken, i);

        // First pass: the name alone, its cue and its container.
        var local = new double[n][];
        var contained = new bool[n];
        for (int i = 0; i < n; i++)
        {
            var t = toponyms[i];
            var cue = CueAt(text, tokens, t.StartToken, t.EndToken, placeTokens);
            var container = ContainerOf(text, tokens, t, toponyms, byStart);
            var surface = text.AsSpan(tokens[t.StartToken].Start, tokens[t.EndToken - 1].End - tokens[t.StartToken].Start);
            local[i] = new double[t.Candidates.Count];
            for (int c = 0; c < t.Candidates.Count; c++)
            {
                var p = t.Candidates[c];
                double score = PlacePrior.Score(p, cue);
                // The entry's own name over an alternate one: "Jerusalem" is the city, not a town that once bore the name.
                // A short name in capitals is an abbreviation, not a town whose name it spells ("EU" is not Eu, France).
                if (SameName(surface, p.Name)) score += Abbreviation(surface, p) ? -3 : p.IsCountry ? 4 : 2;
                if (container is not null && Inside(p, container))
                {
                    score += 10;
                    contained[i] = true;
                }
                local[i][c] = score;
            }
            chosen[i] = t.Candidates[ArgMax(local[i])];
        }

        // What does not change between rounds is worked out once: each toponym's name, and for each candidate
        // how many other names could be a place near it.
        var keys = new string[n];
        for (int i = 0; i < n; i++) keys[i] = Key(text, tokens, toponyms[i]);
        var nearby = new int[n][];
        for (int i = 0; i < n; i++)
        {
            nearby[i] = new int[toponyms[i].Candidates.Count];
            for (int c = 0; c < nearby[i].Length; c++)
                if (toponyms[i].Candidates[c] is { IsCountry: false, IsRegion: false, IsAdmin1: false } p) nearby[i][c] = NearbyNames(toponyms, keys, i, p);
                else if (toponyms[i].Candidates[c] is { IsAdmin1: true } a) nearby[i][c] = SiblingNames(toponyms, keys, i, a);
        }

        // Second pass, twice: the document's geography from the other toponyms' choices of the pass before.
        var actorCountrySet = new HashSet<string>(actorCountries, StringComparer.Ordinal);
        var total = new double[n][];
        for (int round = 0; round < Rounds; round++)
        {
            total = Contextual(toponyms, keys, nearby, chosen, local, actorCountrySet);
            var next = new Place[n];
            for (int i = 0; i < n; i++) next[i] = toponyms[i].Candidates[ArgMax(total[i])];
            if (round < Rounds - 1) chosen = next;
        }

        // One referent per name and article: the candidate its occurrences score best together.
        foreach (var group in Enumerable.Range(0, n).Where(i => !contained[i]).GroupBy(i => keys[i]))
        {
            var sum = new Dictionary<Place, double>();
            foreach (int i in group)
                for (int c = 0; c < total[i].Length; c++)
                    sum[toponyms[i].Candidates[c]] = sum.GetValueOrDefault(toponyms[i].Candidates[c]) + total[i][c];
            var best = sum.MaxBy(kv => kv.Value).Key;
            foreach (int i in group)
                chosen[i] = toponyms[i].Candidates.Contains(best) ? best : toponyms[i].Candidates[ArgMax(total[i])];
        }
        for (int i = 0; i < n; i++)
            if (contained[i]) chosen[i] = toponyms[i].Candidates[ArgMax(total[i])];
        return chosen;
    }

    private const int Rounds = 2;

    /// <summary>Each candidate's score in the document: its own (prior, cue, container) plus what the other toponyms' current choices say.</summary>
    private static double[][] Contextual(IReadOnlyList<Toponym> toponyms, string[] keys, int[][] nearby, Place[] chosen, double[][] local, HashSet<string> actorCountrySet)
    {
        int n = toponyms.Count;
        var total = new double[n][];
        for (int i = 0; i < n; i++)
        {
            var t = toponyms[i];
            var name = keys[i];
            var countryVotes = new Dictionary<string, int>(StringComparer.Ordinal);
            var admin1Votes = new Dictionary<string, int>(StringComparer.Ordinal);
            var others = new List<Place>();
            for (int j = 0; j < n; j++)
            {
                if (j == i || keys[j] == name) continue;
                var q = chosen[j];
                others.Add(q);
                if (q.Country.Length > 0) countryVotes[q.Country] = countryVotes.GetValueOrDefault(q.Country) + 1;
                if (q.Admin1 is { } a1) admin1Votes[a1] = admin1Votes.GetValueOrDefault(a1) + (q.IsAdmin1 ? 2 : 1);
            }
            int votes = Math.Max(1, others.Count);
            total[i] = new double[t.Candidates.Count];
            for (int c = 0; c < t.Candidates.Count; c++)
            {
                var p = t.Candidates[c];
                double score = local[i][c];
                if (!p.IsRegion)
                {
                    int sameCountry = countryVotes.GetValueOrDefault(p.Country);
                    if (sameCountry > 0) score += 2 + 2.0 * sameCountry / votes;
                    if (actorCountrySet.Contains(p.Country)) score += 1;
                }
                if (!p.IsCountry && !p.IsRegion && p.Admin1 is { } a && admin1Votes.GetValueOrDefault(a) is > 0 and var inProvince)
                    score += 1.5 + Math.Min(inProvince, 3) * 0.5;
                if (!p.IsCountry && !p.IsRegion)
                {
                    int near = others.Count(q => !q.IsCountry && !q.IsRegion && q != p && Distance(p, q) < 150);
                    score += Math.Min(near, 3) * 0.5;
                    // Places named together lie together: other names that could be a place near this one
                    // (London, Middlesex and St. Thomas are all in Ontario), whatever the other names' current choice.
                    score += Math.Min(nearby[i][c], 3) * 1.5;
                }
                total[i][c] = score;
            }
        }
        return total;
    }

    /// <summary>How many other names of the document (each counted once) have a town or district within 50 km of the place.</summary>
    private static int NearbyNames(IReadOnlyList<Toponym> toponyms, string[] keys, int self, Place p) =>
        OtherNames(toponyms, keys, self, MaxCandidatesNearby, q => !q.IsCountry && !q.IsRegion && !q.IsAdmin1 && q != p && Distance(p, q) < 50);

    private const int MaxCandidatesNearby = 60;

    /// <summary>How many other names of the document (each counted once) could be another province of the same country ("Oregon, Nevada and New Mexico").</summary>
    private static int SiblingNames(IReadOnlyList<Toponym> toponyms, string[] keys, int self, Place p) =>
        OtherNames(toponyms, keys, self, int.MaxValue, q => q.IsAdmin1 && q != p && q.Country == p.Country);

    /// <summary>How many names of the document other than toponym <paramref name="self"/>'s, each counted once, have a candidate that fits; names with more than <paramref name="maxCandidates"/> candidates say nothing.</summary>
    private static int OtherNames(IReadOnlyList<Toponym> toponyms, string[] keys, int self, int maxCandidates, Func<Place, bool> fits)
    {
        var names = new HashSet<string>(StringComparer.Ordinal) { keys[self] };
        int count = 0;
        for (int j = 0; j < toponyms.Count; j++)
            if (toponyms[j].Candidates.Count <= maxCandidates && names.Add(keys[j]) && toponyms[j].Candidates.Any(fits)) count++;
        return count;
    }

    private static bool NamedAs(IReadOnlyList<Place> places, ReadOnlySpan<char> surface)
    {
        foreach (var p in places)
            if (surface.Equals(p.Name, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static bool Abbreviation(ReadOnlySpan<char> surface, Place p) =>
        surface.Length is 2 or 3 && !p.IsCountry && !p.IsRegion && !surface.ContainsAnyInRange('a', 'z') && p.Name.AsSpan().ContainsAnyInRange('a', 'z');

    private static bool SameName(ReadOnlySpan<char> surface, string name) =>
        CultureInfo.InvariantCulture.CompareInfo.Compare(surface, name, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace) == 0;

    /// <summary>
    /// The toponym that contains this one by the way it is written: "Paris, Texas", "Dallas, Tex.",
    /// "Garmsir district of Helmand", "Garmsir district in Helmand province". Its candidates, or null.
    /// </summary>
    private static IReadOnlyList<Place>? ContainerOf(string text, IReadOnlyList<Token> tokens, Toponym t, IReadOnlyList<Toponym> toponyms, Dictionary<int, int> byStart)
    {
        int k = t.EndToken;
        if (k < tokens.Count && tokens[k].Text(text) == "," && byStart.TryGetValue(k + 1, out var j)) return toponyms[j].Candidates;
        if (k + 2 < tokens.Count && UnitWords.Contains(tokens[k].Text(text)) && tokens[k + 1].Text(text) is "of" or "in"
            && byStart.TryGetValue(k + 2, out j)) return toponyms[j].Candidates;
        return null;
    }

    /// <summary>Whether a place lies in one of the containers: its province, or its country when the container is a country.</summary>
    private static bool Inside(Place p, IReadOnlyList<Place> containers) =>
        !p.IsCountry && !p.IsRegion && containers.Any(q => q != p && (q.IsAdmin1 ? p.Admin1 == q.Admin1 && !p.IsAdmin1 : q.IsCountry && p.Country == q.Country));

    private static string Key(string text, IReadOnlyList<Token> tokens, Toponym t) =>
        TokenKeyOf(text, tokens, t.StartToken, t.EndToken);

    private static string TokenKeyOf(string text, IReadOnlyList<Token> tokens, int start, int end) =>
        text.Substring(tokens[start].Start, tokens[end - 1].End - tokens[start].Start).ToUpperInvariant();

    private static int ArgMax(double[] scores)
    {
        int best = 0;
        for (int i = 1; i < scores.Length; i++) if (scores[i] > scores[best]) best = i;
        return best;
    }

    /// <summary>Great-circle distance in km (haversine, mean Earth radius).</summary>
    public static double Distance(Place a, Place b)
    {
        const double R = 6371.0088, Rad = Math.PI / 180;
        double dLat = (b.Lat - a.Lat) * Rad, dLon = (b.Lon - a.Lon) * Rad;
        double h = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) + Math.Cos(a.Lat * Rad) * Math.Cos(b.Lat * Rad) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * R * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    /// <summary>
    /// The gazetteer entries a span of tokens names, for a toponym found by someone else (a gold
    /// annotation, a recognizer): the whole span, or the span without a leading "the" or a trailing
    /// unit word ("Helmand province"), or a demonym's country ("Turkish"). Null when none.
    /// </summary>
    public IReadOnlyList<Place>? Candidates(string text, IReadOnlyList<Token> tokens, string[] keys, int start, int end)
    {
        if (start >= end) return null;
        var match = Gazetteer.Names.LongestAt(keys, start, end) is { } m && m.EndToken == end ? m.Values : null;
        // A demonym names its country ("American", "British"), not a territory that lists it among its
        // alternate names (Northern Mariana Islands, British Virgin Islands); "Texas" or "Dublin", which the
        // demonym table also maps to a country, keep the places of that name.
        // A region's adjective names the region ("European" → Europe); a demonym may take two words ("Sri Lankan").
        var surface = text.AsSpan(tokens[start].Start, tokens[end - 1].End - tokens[start].Start);
        if (end - start <= 3 && Gazetteer.CountryOfDemonym(surface) is { } cc && (Gazetteer.Country(cc) ?? Gazetteer.ById(cc)) is { } country
            && (match is null || !NamedAs(match, surface)))
            return [country];
        if (match is not null) return match;
        if (end - start > 1 && tokens[start].Text(text) is "the" or "The") return Candidates(text, tokens, keys, start + 1, end);
        if (end - start > 1 && UnitWords.Contains(tokens[end - 1].Text(text))) return Candidates(text, tokens, keys, start, end - 1);
        return null;
    }

    private static readonly HashSet<string> UnitWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "province", "district", "county", "city", "state", "region", "governorate", "oblast", "parish", "town", "village",
    };

    /// <summary>
    /// The cue word around a place name. A cue after a list applies to the whole list:
    /// "Kunduz, Takhar and Helmand provinces" makes all three provinces.
    /// </summary>
    public static PlacePrior.Cue CueAt(string text, IReadOnlyList<Token> tokens, int start, int end, IReadOnlySet<int> placeTokens)
    {
        string Word(int i) => tokens[i].Text(text);
        while (end < tokens.Count && (placeTokens.Contains(end) || Word(end) is "," or "and")) end++;
        string next = end < tokens.Count ? Word(end).ToLowerInvariant() : "";
        string prev = start >= 2 ? Word(start - 2).ToLowerInvariant() + " " + Word(start - 1).ToLowerInvariant() : "";
        return next switch
        {
            "province" or "provinces" or "region" or "oblast" or "governorate" or "state" => PlacePrior.Cue.Province,
            "district" or "county" => PlacePrior.Cue.District,
            "city" => PlacePrior.Cue.Town,
            _ => prev is "city of" or "town of" or "village of" ? PlacePrior.Cue.Town : PlacePrior.Cue.None,
        };
    }
}
