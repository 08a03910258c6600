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
        var listRun = (From: -1, To: -1);
        for (int i = 0; i < n; i++)
        {
            var t = toponyms[i];
            var cue = CueAt(text, tokens, t.StartToken, t.EndToken, placeTokens, ref listRun);
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
        // how many other names could be a place near it (only up to the cap the score reads).
        var keys = new string[n];
        for (int i = 0; i < n; i++) keys[i] = Key(text, tokens, toponyms[i]);
        var neighbours = new NeighbourNames(toponyms, keys);
        var nearby = new int[n][];
        for (int i = 0; i < n; i++)
        {
            nearby[i] = new int[toponyms[i].Candidates.Count];
            for (int c = 0; c < nearby[i].Length; c++)
                if (toponyms[i].Candidates[c] is { IsCountry: false, IsRegion: false, IsAdmin1: false } p) nearby[i][c] = neighbours.Nearby(keys[i], p);
                else if (toponyms[i].Candidates[c] is { IsAdmin1: true } a) nearby[i][c] = neighbours.Siblings(keys[i], a);
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
        // The others of a toponym are the toponyms of other names: their choices are tallied once for the round.
        var others = new ChoiceTally(keys, chosen);
        for (int i = 0; i < n; i++)
        {
            var t = toponyms[i];
            var name = keys[i];
            int votes = Math.Max(1, others.Others(name));
            total[i] = new double[t.Candidates.Count];
            for (int c = 0; c < t.Candidates.Count; c++)
            {
                var p = t.Candidates[c];
                double score = local[i][c];
                if (!p.IsRegion)
                {
                    int sameCountry = others.CountryVotes(name, p.Country);
                    if (sameCountry > 0) score += 2 + 2.0 * sameCountry / votes;
                    if (actorCountrySet.Contains(p.Country)) score += 1;
                }
                if (!p.IsCountry && !p.IsRegion && p.Admin1 is { } a && others.Admin1Votes(name, a) is > 0 and var inProvince)
                    score += 1.5 + Math.Min(inProvince, 3) * 0.5;
                if (!p.IsCountry && !p.IsRegion)
                {
                    int near = others.Near(name, p);
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
        var noRun = (From: -1, To: -1);
        return CueAt(text, tokens, start, end, placeTokens, ref noRun);
    }

    /// <summary>
    /// <see cref="CueAt(string, IReadOnlyList{Token}, int, int, IReadOnlySet{int})"/> for toponyms in a row:
    /// <paramref name="run"/> is the last list scanned ([From, To) are places, commas and "and"), so that a long
    /// list is walked once, not once for each of its names.
    /// </summary>
    private static PlacePrior.Cue CueAt(string text, IReadOnlyList<Token> tokens, int start, int end, IReadOnlySet<int> placeTokens, ref (int From, int To) run)
    {
        string Word(int i) => tokens[i].Text(text);
        if (run.From >= 0 && end >= run.From && end <= run.To) end = run.To;
        else
        {
            int from = end;
            while (end < tokens.Count && (placeTokens.Contains(end) || Word(end) is "," or "and")) end++;
            run = (from, end);
        }
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
