using Sitrep.Nlp.Learning;

namespace Sitrep.Nlp.Tagging;

/// <summary>
/// What the training data says about words as wholes. The ambiguity class of a word is the set of
/// tags it was seen with (a feature: "can" is MD|NN|VB, "the" is DT); known words are frequent
/// words that had one tag nearly always, which the tagger assigns without scoring (Honnibal's
/// tag dictionary: it saves time on about half the tokens and costs next to no accuracy).
/// Both are keyed by hashes of the exact form; a form never seen falls back to its lower-cased key.
/// </summary>
internal sealed class PosLexicon
{
    private const int AmbiguityTemplate = 4;
    private static readonly ulong Unknown = FeatureHash.Of(AmbiguityTemplate, "-UNKNOWN-");

    private readonly Dictionary<ulong, ulong> _ambiguity;
    private readonly Dictionary<ulong, int> _known;

    private PosLexicon(Dictionary<ulong, ulong> ambiguity, Dictionary<ulong, int> known)
    {
        _ambiguity = ambiguity;
        _known = known;
    }

    public int KnownCount => _known.Count;

    public int AmbiguityCount => _ambiguity.Count;

    public void Annotate(ref PosWord w)
    {
        if (!_ambiguity.TryGetValue(w.Form, out w.Ambiguity) && !_ambiguity.TryGetValue(w.LowerKey, out w.Ambiguity)) w.Ambiguity = Unknown;
        w.Known = _known.TryGetValue(w.Form, out int known) ? known : -1;
    }

    /// <summary>
    /// Builds the lexicon from training words (form key, lower key, class). A word's ambiguity
    /// class keeps the XPOS tags that make up at least <paramref name="ambiguityMinShare"/> of its
    /// <paramref name="ambiguityMinCount"/> or more occurrences; a word is known when it occurs
    /// <paramref name="knownMinCount"/> times or more with one class at least <paramref name="knownMinShare"/> of the time.
    /// </summary>
    public static PosLexicon Build(IEnumerable<(ulong Form, ulong LowerKey, int Class)> words, PosTagSet tags,
        int ambiguityMinCount, double ambiguityMinShare, int knownMinCount, double knownMinShare)
    {
        var byForm = new Dictionary<ulong, Dictionary<int, int>>();
        var byLower = new Dictionary<ulong, Dictionary<int, int>>();
        foreach (var (form, lower, cls) in words)
        {
            Count(byForm, form, cls);
            Count(byLower, lower, cls);
        }
        var ambiguity = new Dictionary<ulong, ulong>();
        var known = new Dictionary<ulong, int>();
        foreach (var table in new[] { byLower, byForm })
        {
            foreach (var (key, counts) in table)
            {
                int total = counts.Values.Sum();
                if (total < ambiguityMinCount) continue;
                var xpos = counts.Where(kv => kv.Value >= ambiguityMinShare * total).Select(kv => tags[kv.Key].Xpos)
                    .Distinct().Order(StringComparer.Ordinal);
                ulong h = FeatureHash.Of(AmbiguityTemplate);
                foreach (var x in xpos) h = FeatureHash.Add(h, x);
                ambiguity[key] = h;
            }
        }
        foreach (var (key, counts) in byForm)
        {
            int total = counts.Values.Sum();
            var (cls, n) = counts.MaxBy(kv => kv.Value);
            if (total >= knownMinCount && n >= knownMinShare * total) known[key] = cls;
        }
        return new PosLexicon(ambiguity, known);
    }

    private static void Count(Dictionary<ulong, Dictionary<int, int>> table, ulong key, int cls)
    {
        if (!table.TryGetValue(key, out var counts)) table[key] = counts = new Dictionary<int, int>();
        counts[cls] = counts.GetValueOrDefault(cls) + 1;
    }

    public void Write(BinaryWriter w)
    {
        w.Write(_ambiguity.Count);
        foreach (var (k, v) in _ambiguity.OrderBy(kv => kv.Key))
        {
            w.Write(k);
            w.Write(v);
        }
        w.Write(_known.Count);
        foreach (var (k, v) in _known.OrderBy(kv => kv.Key))
        {
            w.Write(k);
            w.Write(v);
        }
    }

    public static PosLexicon Read(BinaryReader r)
    {
        int n = r.ReadInt32();
        var ambiguity = new Dictionary<ulong, ulong>(n);
        for (int i = 0; i < n; i++) ambiguity[r.ReadUInt64()] = r.ReadUInt64();
        n = r.ReadInt32();
        var known = new Dictionary<ulong, int>(n);
        for (int i = 0; i < n; i++) known[r.ReadUInt64()] = r.ReadInt32();
        return new PosLexicon(ambiguity, known);
    }
}
