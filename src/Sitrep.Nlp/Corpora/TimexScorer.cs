namespace Sitrep.Nlp.Corpora;

/// <summary>
/// Scores system TIMEX3s against gold ones as TempEval-3 does (UzZaman et al. 2013): a strict match
/// has exactly the gold extent, a relaxed match overlaps it; each gold and each system TIMEX3 takes
/// part in at most one match (same extents first, then the largest overlaps). Type and value are
/// judged on the relaxed matches, and counts are summed over documents (micro-average). The DCT is
/// left out of both sides: it is not in the gold list, and a system TIMEX3 over its extent (when
/// the DCT lies in the text) is dropped. TIMEX3s without extent (non-consuming) are not scored.
/// </summary>
public sealed class TimexScorer
{
    private readonly List<TimexPair> _pairs = [];

    /// <summary>Every alignment line added so far, document by document in text order.</summary>
    public IReadOnlyList<TimexPair> Pairs => _pairs;

    public void Add(TimeMlDocument gold, IEnumerable<TimeMlTimex> system) => Add(gold.Id, gold.Timexes, system, gold.Dct);

    public void Add(string documentId, IEnumerable<TimeMlTimex> gold, IEnumerable<TimeMlTimex> system, TimeMlTimex? dct = null)
    {
        var g = gold.Where(t => t.HasExtent && !t.IsCreationTime).OrderBy(t => t.Start).ToList();
        var s = system.Where(t => t.HasExtent && !(dct is { HasExtent: true } && Overlap(t, dct) > 0)).OrderBy(t => t.Start).ToList();
        var systemFor = new TimeMlTimex?[g.Count];
        var used = new bool[s.Count];

        // Same extents first, then the remaining overlapping pairs by decreasing overlap.
        var candidates = new List<(int Gold, int System, int Overlap, bool Exact)>();
        for (int i = 0; i < g.Count; i++)
            for (int j = 0; j < s.Count && s[j].Start < g[i].End; j++)
                if (Overlap(g[i], s[j]) is > 0 and var o) candidates.Add((i, j, o, g[i].Start == s[j].Start && g[i].End == s[j].End));
        foreach (var c in candidates.OrderByDescending(c => c.Exact).ThenByDescending(c => c.Overlap).ThenBy(c => c.Gold).ThenBy(c => c.System))
        {
            if (systemFor[c.Gold] is not null || used[c.System]) continue;
            systemFor[c.Gold] = s[c.System];
            used[c.System] = true;
        }

        for (int i = 0; i < g.Count; i++) _pairs.Add(new TimexPair(documentId, g[i], systemFor[i]));
        for (int j = 0; j < s.Count; j++)
            if (!used[j]) _pairs.Add(new TimexPair(documentId, null, s[j]));
    }

    /// <summary>The counts over everything added.</summary>
    public TimexCounts Counts() => Count(_pairs, _ => true);

    /// <summary>
    /// The counts for one TIMEX3 type: gold and system totals of that type, and the matches where
    /// both sides have it. With every system TIMEX3 a DATE (as for a date parser), the value F1 of
    /// "DATE" is the DATE value F1.
    /// </summary>
    public TimexCounts Counts(string type) =>
        new(_pairs.Count(p => p.Gold?.Type == type), _pairs.Count(p => p.System?.Type == type),
            Matches(type).Count(p => p.IsStrict), Matches(type).Count(), Matches(type).Count(p => p.TypeCorrect), Matches(type).Count(p => p.ValueCorrect));

    /// <summary>The counts over the pairs that <paramref name="select"/> keeps (e.g. one document, or one value class of gold).</summary>
    public static TimexCounts Count(IEnumerable<TimexPair> pairs, Func<TimexPair, bool> select)
    {
        int gold = 0, system = 0, strict = 0, relaxed = 0, type = 0, value = 0;
        foreach (var p in pairs)
        {
            if (!select(p)) continue;
            if (p.Gold is not null) gold++;
            if (p.System is not null) system++;
            if (!p.IsMatch) continue;
            relaxed++;
            if (p.IsStrict) strict++;
            if (p.TypeCorrect) type++;
            if (p.ValueCorrect) value++;
        }
        return new TimexCounts(gold, system, strict, relaxed, type, value);
    }

    private IEnumerable<TimexPair> Matches(string type) => _pairs.Where(p => p.IsMatch && p.Gold!.Type == type && p.System!.Type == type);

    private static int Overlap(TimeMlTimex a, TimeMlTimex b) => Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start);
}
