using System.Globalization;
using System.Text;
using Sitrep.News.Documents;

namespace Sitrep.Bench.Tasks.Events;

/// <summary>One PLV row: the sentence, its PLOVER root type, and its source and target as written.</summary>
public sealed record PlvRow(int Line, string Text, string Label, string Source, string Target);

/// <summary>
/// The PLV scorer. Our prediction for a sentence is its first event (in the events layer's order: sentence by sentence,
/// within a sentence the coder's order, governing verbs first) that is not negated and has a PLOVER type, the type with
/// CONCEDE and RETREAT read as YIELD (the PLV labels merge them); "none" when there is no such event. rootAccuracy: share
/// of sentences whose type is right. rootMacroF1: the mean over the 15 gold labels of each label's F1 ("none" is never
/// right: it lowers the recall of the gold label, and is no label of its own). sourceMatch / targetMatch: share of all
/// sentences whose predicted event's source (target) text equals the gold one, case-insensitive, trimmed, runs of white
/// space as one (no event, or no source: no match). …Overlap: the same with token F1 ≥ 0.5 instead of equality, tokens
/// being the lower-cased runs of letters and digits, counted as multisets. "…WhenCoded": over sentences with a prediction.
/// </summary>
public sealed class PlvScores
{
    public static readonly string[] Labels =
        ["ACCUSE", "AGREE", "AID", "ASSAULT", "COERCE", "CONSULT", "COOPERATE", "MOBILIZE", "PROTEST", "REJECT", "REQUEST", "SANCTION", "SUPPORT", "THREATEN", "YIELD"];

    public const string None = "none";

    private sealed record Item(PlvRow Row, string Predicted, Event? Event, int EventCount, bool SourceExact, bool SourceOverlap, bool TargetExact, bool TargetOverlap, string Context, string NoEventReason);

    private readonly List<Item> _items = [];

    public int Count => _items.Count;

    /// <summary>CONCEDE and RETREAT are YIELD in PLV; every other PLOVER type is itself.</summary>
    public static string Root(string plover) => plover is "CONCEDE" or "RETREAT" ? "YIELD" : plover;

    public void Add(PlvRow row, ArticleAnalysis a, string noEventReason = "")
    {
        var e = a.Events.FirstOrDefault(x => !x.Negated && x.Plover is not null);
        var predicted = e is null ? None : Root(e.Plover!);
        _items.Add(new Item(row, predicted, e, a.Events.Count,
            e?.Source is { } s && Exact(s.Text, row.Source), e?.Source is { } s2 && TokenF1(s2.Text, row.Source) >= 0.5,
            e?.Target is { } t && Exact(t.Text, row.Target), e?.Target is { } t2 && TokenF1(t2.Text, row.Target) >= 0.5,
            TripleErrors.Context(a), a.Events.Count == 0 ? noEventReason : ""));
    }

    public static bool Exact(string ours, string gold) =>
        string.Equals(Normalize(ours), Normalize(gold), StringComparison.OrdinalIgnoreCase);

    private static string Normalize(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Token F1 of two phrases: lower-cased runs of letters and digits, as multisets.</summary>
    public static double TokenF1(string ours, string gold)
    {
        var o = Tokens(ours);
        var g = Tokens(gold);
        if (o.Count == 0 || g.Count == 0) return 0;
        var left = g.GroupBy(x => x).ToDictionary(x => x.Key, x => x.Count());
        int common = 0;
        foreach (var t in o)
            if (left.TryGetValue(t, out var n) && n > 0) { common++; left[t] = n - 1; }
        if (common == 0) return 0;
        double p = (double)common / o.Count, r = (double)common / g.Count;
        return 2 * p * r / (p + r);
    }

    private static List<string> Tokens(string s)
    {
        var list = new List<string>();
        var sb = new StringBuilder();
        foreach (var c in s)
        {
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
            else if (sb.Length > 0) { list.Add(sb.ToString()); sb.Clear(); }
        }
        if (sb.Length > 0) list.Add(sb.ToString());
        return list;
    }

    public double RootAccuracy => _items.Count == 0 ? 0 : (double)_items.Count(i => i.Predicted == i.Row.Label) / _items.Count;

    public (double F1, double Precision, double Recall) PerLabel(string label)
    {
        int tp = _items.Count(i => i.Row.Label == label && i.Predicted == label);
        int predicted = _items.Count(i => i.Predicted == label);
        int gold = _items.Count(i => i.Row.Label == label);
        double p = predicted == 0 ? 0 : (double)tp / predicted, r = gold == 0 ? 0 : (double)tp / gold;
        return (p + r == 0 ? 0 : 2 * p * r / (p + r), p, r);
    }

    public double MacroF1 => Labels.Average(l => PerLabel(l).F1);

    private double Share(Func<Item, bool> hit, bool codedOnly)
    {
        var set = codedOnly ? _items.Where(i => i.Event is not null).ToList() : _items;
        return set.Count == 0 ? 0 : (double)set.Count(hit) / set.Count;
    }

    public double SourceMatch(bool overlap = false, bool codedOnly = false) => Share(i => overlap ? i.SourceOverlap : i.SourceExact, codedOnly);

    public double TargetMatch(bool overlap = false, bool codedOnly = false) => Share(i => overlap ? i.TargetOverlap : i.TargetExact, codedOnly);

    public int NoEventAtAll => _items.Count(i => i.EventCount == 0);

    public int NoPrediction => _items.Count(i => i.Event is null);

    public void Print()
    {
        Console.WriteLine($"{"label",-10} {"gold",5} {"ours",5} {"F1",7} {"P",7} {"R",7}");
        foreach (var l in Labels)
        {
            var (f, p, r) = PerLabel(l);
            Console.WriteLine($"{l,-10} {_items.Count(i => i.Row.Label == l),5} {_items.Count(i => i.Predicted == l),5} {100 * f,7:F2} {100 * p,7:F2} {100 * r,7:F2}");
        }
        Console.WriteLine($"{None,-10} {"",5} {NoPrediction,5}");
        Console.WriteLine();
        Console.WriteLine($"rootAccuracy {100 * RootAccuracy:F2}   rootMacroF1 {100 * MacroF1:F2}");
        Console.WriteLine($"sentences {Count}; no event at all {NoEventAtAll}; events but none usable (negated or no PLOVER type) {NoPrediction - NoEventAtAll}");
        Console.WriteLine($"{"",-14} {"all",8} {"coded",8}   (share of all sentences; of sentences with a prediction)");
        Console.WriteLine($"{"source exact",-14} {100 * SourceMatch(),8:F2} {100 * SourceMatch(codedOnly: true),8:F2}");
        Console.WriteLine($"{"source ≥0.5",-14} {100 * SourceMatch(true),8:F2} {100 * SourceMatch(true, true),8:F2}   (token F1 ≥ 0.5)");
        Console.WriteLine($"{"target exact",-14} {100 * TargetMatch(),8:F2} {100 * TargetMatch(codedOnly: true),8:F2}");
        Console.WriteLine($"{"target ≥0.5",-14} {100 * TargetMatch(true),8:F2} {100 * TargetMatch(true, true),8:F2}");
    }

    public void AddMetrics(Dictionary<string, object> m)
    {
        static double R(double x) => Math.Round(x, 4);
        m["rootAccuracy"] = R(RootAccuracy);
        m["rootMacroF1"] = R(MacroF1);
        m["sourceMatch"] = R(SourceMatch());
        m["targetMatch"] = R(TargetMatch());
        m["sourceMatchOverlap"] = R(SourceMatch(true));
        m["targetMatchOverlap"] = R(TargetMatch(true));
        m["sourceMatchWhenCoded"] = R(SourceMatch(codedOnly: true));
        m["targetMatchWhenCoded"] = R(TargetMatch(codedOnly: true));
        m["sourceMatchOverlapWhenCoded"] = R(SourceMatch(true, true));
        m["targetMatchOverlapWhenCoded"] = R(TargetMatch(true, true));
        m["noEventSentences"] = NoEventAtAll;
        m["noPredictionSentences"] = NoPrediction;
        foreach (var l in Labels) m["f1" + l] = R(PerLabel(l).F1);
    }

    /// <summary>The confusion table gold → predicted, then the <paramref name="top"/> most frequent kinds of error with examples.</summary>
    public void PrintErrors(int top, int examples = 3)
    {
        var columns = Labels.Append(None).ToArray();
        static string Short(string l) => l == None ? "none" : l[..Math.Min(4, l.Length)];
        Console.WriteLine("confusion (rows gold, columns ours):");
        Console.WriteLine($"{"",-10}" + string.Concat(columns.Select(c => $"{Short(c),5}")));
        foreach (var g in Labels)
            Console.WriteLine($"{g,-10}" + string.Concat(columns.Select(c => { int n = _items.Count(i => i.Row.Label == g && i.Predicted == c); return $"{(n == 0 ? "." : n.ToString(CultureInfo.InvariantCulture)),5}"; })));

        var kinds = new Dictionary<string, List<(Item Item, string Detail)>>(StringComparer.Ordinal);
        void Note(string kind, Item i, string detail)
        {
            if (!kinds.TryGetValue(kind, out var list)) kinds[kind] = list = [];
            list.Add((i, detail));
        }
        foreach (var i in _items)
        {
            if (i.Predicted == None)
                Note(i.EventCount == 0 ? "no event at all" + (i.NoEventReason.Length > 0 ? $": {i.NoEventReason}" : "") : "only negated events or events without a PLOVER type", i, $"gold {i.Row.Label}");
            else if (i.Predicted != i.Row.Label)
                Note($"wrong type: gold {i.Row.Label} → ours {i.Predicted}", i, $"ours {i.Predicted}");
            else
            {
                if (!i.SourceOverlap) Note(i.Event!.Source is null ? "type right, no source" : "type right, wrong source", i, "");
                if (!i.TargetOverlap) Note(i.Event!.Target is null ? "type right, no target" : "type right, wrong target", i, "");
            }
        }
        Console.WriteLine();
        Console.WriteLine($"errors by kind ({kinds.Sum(k => k.Value.Count)} in all; source and target by token overlap):");
        var ordered = kinds.OrderByDescending(k => k.Value.Count).ThenBy(k => k.Key, StringComparer.Ordinal).ToList();
        foreach (var (kind, list) in ordered) Console.WriteLine($"  {list.Count,5}  {kind}");
        foreach (var (kind, list) in ordered.Take(top))
        {
            Console.WriteLine();
            Console.WriteLine($"== {kind}: {list.Count}" + (kind.StartsWith("no event", StringComparison.Ordinal) || kind.StartsWith("only", StringComparison.Ordinal)
                ? $" (gold: {string.Join(", ", list.GroupBy(x => x.Item.Row.Label).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}"))})" : ""));
            foreach (var (i, detail) in list.Take(examples))
            {
                Console.WriteLine($"  [line {i.Row.Line}] {TripleErrors.Clip(i.Row.Text, 320)}");
                Console.WriteLine($"      gold {i.Row.Label}: source '{i.Row.Source}', target '{i.Row.Target}'");
                if (i.Event is { } e) Console.WriteLine($"      ours {i.Predicted} {e.Cameo}: {TripleErrors.Evidence(e)}");
                else if (detail.Length > 0) Console.WriteLine($"      {detail}; ours none");
                if (i.Context.Length > 0) Console.WriteLine($"      known: {TripleErrors.Clip(i.Context, 400)}");
            }
        }
    }

    /// <summary>Reads the PLV CSV (RFC 4180: quoted fields may hold commas, quotes doubled, and line breaks); columns by header name.</summary>
    public static List<PlvRow> Read(string path)
    {
        var records = Csv(File.ReadAllText(path));
        if (records.Count == 0) return [];
        var header = records[0].Item2.Select(h => h.Trim().ToLowerInvariant()).ToList();
        int Col(string name) => header.IndexOf(name) is var i and >= 0 ? i : throw new FormatException($"{path}: no '{name}' column");
        int text = Col("text"), label = Col("label"), source = Col("source"), target = Col("target");
        return records.Skip(1).Where(r => r.Item2.Count > Math.Max(Math.Max(text, label), Math.Max(source, target)))
            .Select(r => new PlvRow(r.Item1, r.Item2[text], r.Item2[label].Trim().ToUpperInvariant(), r.Item2[source], r.Item2[target])).ToList();
    }

    private static List<(int, List<string>)> Csv(string s)
    {
        var rows = new List<(int, List<string>)>();
        var row = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        int line = 1, rowLine = 1;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '\n') line++;
            if (quoted)
            {
                if (c == '"' && i + 1 < s.Length && s[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
                continue;
            }
            switch (c)
            {
                case '"': quoted = true; break;
                case ',': row.Add(field.ToString()); field.Clear(); break;
                case '\r': break;
                case '\n':
                    row.Add(field.ToString()); field.Clear();
                    if (row.Count > 1 || row[0].Length > 0) rows.Add((rowLine, row));
                    row = [];
                    rowLine = line;
                    break;
                default: field.Append(c); break;
            }
        }
        if (field.Length > 0 || row.Count > 0) { row.Add(field.ToString()); rows.Add((rowLine, row)); }
        return rows;
    }
}
