using Sitrep.Nlp.Tokens;

namespace Sitrep.News.Places;

/// <summary>
/// Resolves the toponyms of one document together: each to one gazetteer entry, by the cue words
/// around it ("province", "city of"), the article's focus (countries and provinces it names, the
/// countries of its actors) and <see cref="PlaceResolver"/>'s prior (feature class, population).
/// Stateless: one instance serves any number of threads.
/// </summary>
public sealed class ToponymResolver(Gazetteer gazetteer)
{
    public Gazetteer Gazetteer { get; } = gazetteer;

    /// <summary>The document's words and its toponyms, with the countries its actors belong to (ISO alpha-2).</summary>
    public Place[] Resolve(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Toponym> toponyms, IEnumerable<string> actorCountries)
    {
        var focusCountries = new HashSet<string>(actorCountries, StringComparer.Ordinal);
        var focusAdmin1 = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in toponyms)
        {
            foreach (var p in t.Candidates.Where(p => p.IsCountry)) focusCountries.Add(p.Country);
            if (t.Candidates.Count == 1 && t.Candidates[0].Admin1 is { } a1) focusAdmin1.Add(a1);
        }
        var placeTokens = new HashSet<int>(toponyms.SelectMany(t => Enumerable.Range(t.StartToken, t.EndToken - t.StartToken)));
        var chosen = new Place[toponyms.Count];
        for (int i = 0; i < toponyms.Count; i++)
        {
            var t = toponyms[i];
            chosen[i] = PlaceResolver.Resolve(t.Candidates, CueAt(text, tokens, t.StartToken, t.EndToken, placeTokens), focusCountries, focusAdmin1);
        }
        return chosen;
    }

    /// <summary>
    /// The gazetteer entries a span of tokens names, for a toponym found by someone else (a gold
    /// annotation, a recognizer): the whole span, or the span without a leading "the" or a trailing
    /// unit word ("Helmand province"), or a demonym's country ("Turkish"). Null when none.
    /// </summary>
    public IReadOnlyList<Place>? Candidates(string text, IReadOnlyList<Token> tokens, string[] keys, int start, int end)
    {
        if (start >= end) return null;
        if (Gazetteer.Names.LongestAt(keys, start, end) is { } m && m.EndToken == end) return m.Values;
        if (end - start > 1 && tokens[start].Text(text) is "the" or "The") return Candidates(text, tokens, keys, start + 1, end);
        if (end - start > 1 && UnitWords.Contains(tokens[end - 1].Text(text))) return Candidates(text, tokens, keys, start, end - 1);
        if (end - start == 1 && Gazetteer.CountryOfDemonym(tokens[start].Span(text)) is { } cc && Gazetteer.Country(cc) is { } country)
            return [country];
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
    public static PlaceResolver.Cue CueAt(string text, IReadOnlyList<Token> tokens, int start, int end, IReadOnlySet<int> placeTokens)
    {
        string Word(int i) => tokens[i].Text(text);
        while (end < tokens.Count && (placeTokens.Contains(end) || Word(end) is "," or "and")) end++;
        string next = end < tokens.Count ? Word(end).ToLowerInvariant() : "";
        string prev = start >= 2 ? Word(start - 2).ToLowerInvariant() + " " + Word(start - 1).ToLowerInvariant() : "";
        return next switch
        {
            "province" or "provinces" or "region" or "oblast" or "governorate" or "state" => PlaceResolver.Cue.Province,
            "district" or "county" => PlaceResolver.Cue.District,
            "city" => PlaceResolver.Cue.Town,
            _ => prev is "city of" or "town of" or "village of" ? PlaceResolver.Cue.Town : PlaceResolver.Cue.None,
        };
    }
}
