using Sitrep.News.Resources;

namespace Sitrep.News.Events;

/// <summary>
/// The event verbs (resources/events-verbs.tsv.gz, converted from the PETRARCH2 CAMEO verb dictionary): every
/// verb form with its block and CAMEO code, each block's patterns over the words around the verb, and the
/// synonym sets the patterns use. A verb's code is the best pattern of its block that the sentence matches,
/// else the verb's own code; "---" or no code means no event. Loaded once per process.
/// </summary>
public sealed class EventDictionary
{
    public const string VerbsFileName = "events-verbs.tsv.gz";
    public const string OverlayFileName = "events-verbs-overlay.tsv";

    /// <summary>
    /// A verb form's entry: "asked" in block ASK, code 020, particle "for" when it is "asked for". A paired code gives the
    /// target's act in return (<see cref="ReverseCode"/>: "visited" 042, the host 043).
    /// </summary>
    public sealed record VerbEntry(string Block, string? Code, string Particle, string? ReverseCode = null);

    /// <summary>
    /// A pattern of a block: the elements that must come before and after the verb (words, a_b contiguous words,
    /// &amp;set, with "(", ")", "$", "+", "^" kept as the source wrote them) and the code it gives.
    /// </summary>
    public sealed record Pattern(string Block, string[] Before, string[] After, string Code, string? ReverseCode = null)
    {
        /// <summary>How many words the pattern asks for: more words, a more specific pattern.</summary>
        public int Weight { get; } = Before.Concat(After).Count(e => e.Length > 0 && char.IsLetterOrDigit(e[0]) || e.StartsWith('&'));

        public override string ToString() => $"{string.Join(' ', Before)} * {string.Join(' ', After)} [{Code}{(ReverseCode is null ? "" : ":" + ReverseCode)}]".Trim();
    }

    private static readonly Lazy<EventDictionary> Shared = new(() => Load(ResourceFiles.Find(VerbsFileName), ResourceFiles.Find(OverlayFileName)));

    public static EventDictionary Default => Shared.Value;

    private readonly Dictionary<string, List<VerbEntry>> _forms = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<Pattern>> _patterns = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _sets = new(StringComparer.Ordinal);

    public int FormCount => _forms.Count;

    public int PatternCount => _patterns.Values.Sum(p => p.Count);

    /// <summary>The converted dictionary, with the reviewed overlay's removals and recodings applied when one is given.</summary>
    public static EventDictionary Load(string path, string? overlayPath = null)
    {
        var d = FromRows(ResourceFiles.ReadTsv(path));
        if (overlayPath is not null)
            foreach (var r in ResourceFiles.ReadTsv(overlayPath))
                if (d._forms.TryGetValue(r[0], out var entries))
                {
                    // The row applies to the form's every sense in the block, phrasal ones included ("went to").
                    for (int i = entries.Count - 1; i >= 0; i--)
                        if (entries[i].Block == r[1])
                        {
                            if (r[2] == "-") entries.RemoveAt(i);
                            else entries[i] = entries[i] with { Code = r[2] };
                        }
                    if (entries.Count == 0) d._forms.Remove(r[0]);
                }
        return d;
    }

    public static EventDictionary FromRows(IEnumerable<string[]> rows)
    {
        var d = new EventDictionary();
        foreach (var r in rows)
            switch (r[0])
            {
                case "S":
                    if (!d._sets.TryGetValue(r[1], out var members)) d._sets[r[1]] = members = new(StringComparer.Ordinal);
                    members.Add(r[2]);
                    break;
                case "V":
                {
                    if (!d._forms.TryGetValue(r[1], out var entries)) d._forms[r[1]] = entries = [];
                    var (code, reverse) = Codes(r.Length > 3 ? r[3] : "");
                    entries.Add(new VerbEntry(r[2], code is "---" ? null : code, r.Length > 4 ? r[4] : "", reverse));
                    break;
                }
                case "P":
                {
                    if (!d._patterns.TryGetValue(r[1], out var list)) d._patterns[r[1]] = list = [];
                    var (code, reverse) = Codes(r[4]);
                    list.Add(new Pattern(r[1], Split(r[2]), Split(r[3]), code ?? "---", reverse));
                    break;
                }
            }
        foreach (var (block, list) in d._patterns)
            if (list.Any(p => p.Code != "---" || p.ReverseCode is not null)) d._codingBlocks.Add(block);
        // The most specific pattern first; the file's order breaks ties.
        foreach (var list in d._patterns.Values)
        {
            var ordered = list.Select((p, i) => (p, i)).OrderByDescending(x => x.p.Weight).ThenBy(x => x.i).Select(x => x.p).ToList();
            list.Clear();
            list.AddRange(ordered);
        }
        return d;
    }

    private static string[] Split(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>"042:043" → (042, 043); "190" → (190, null); ":173" → (null, 173); "" → (null, null).</summary>
    private static (string? Code, string? Reverse) Codes(string field)
    {
        int colon = field.IndexOf(':');
        var code = colon < 0 ? field : field[..colon];
        var reverse = colon < 0 ? null : field[(colon + 1)..];
        return (code.Length == 0 ? null : code, string.IsNullOrEmpty(reverse) || reverse == "---" ? null : reverse);
    }

    /// <summary>The entries of a lower-case verb form ("took": TAKE), phrasal ones included.</summary>
    public IReadOnlyList<VerbEntry> Verb(string form) => _forms.TryGetValue(form, out var e) ? e : [];

    /// <summary>Whether the form is a verb of the dictionary.</summary>
    public bool IsVerb(string form) => _forms.ContainsKey(form);

    /// <summary>Whether the form can give an event: one of its entries has a code, or its block has a pattern that gives one.</summary>
    public bool CanCode(string form)
    {
        if (!_forms.TryGetValue(form, out var entries)) return false;
        foreach (var e in entries)
            if (e.Code is not null || e.ReverseCode is not null || _codingBlocks.Contains(e.Block)) return true;
        return false;
    }

    private readonly HashSet<string> _codingBlocks = new(StringComparer.Ordinal);

    /// <summary>A block's patterns, most specific first.</summary>
    public IReadOnlyList<Pattern> Patterns(string block) => _patterns.TryGetValue(block, out var p) ? p : [];

    /// <summary>Whether a word (lower case) is a member of the synonym set (without its '&amp;').</summary>
    public bool InSet(string set, string word) => _sets.TryGetValue(set, out var m) && m.Contains(word);

    /// <summary>The members of a synonym set.</summary>
    public IReadOnlyCollection<string> Set(string set) => _sets.TryGetValue(set, out var m) ? m : [];
}
