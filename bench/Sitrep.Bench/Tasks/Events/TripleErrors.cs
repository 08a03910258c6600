using System.Text;
using Sitrep.News.Documents;

namespace Sitrep.Bench.Tasks.Events;

/// <summary>One triple of ours and the event that gave it (trigger, rule, actor words: the evidence).</summary>
public sealed record OurTriple(Triple Triple, Event Event);

/// <summary>
/// Sorts the differences between gold and our triples (exact view) into kinds, per sentence: each gold triple we miss is
/// paired with the closest extra triple of ours in the sentence — same code and source (a wrong target), same code and
/// target (a wrong source), same actors (a wrong code: same root or not), same code (both actors wrong), one actor the
/// same (with the same root code first) — and otherwise
/// counted as missed (nothing coded in the sentence, the event coded but negated, or only other events coded); each
/// triple of ours left over is an extra event (in a "noevents" sentence or not). Prints the most frequent kinds with
/// examples: the sentence, gold against ours, and the evidence of ours.
/// </summary>
public sealed class TripleErrors
{
    private sealed record Example(GoldSentence Sentence, string Detail, IReadOnlyList<OurTriple> Ours, IReadOnlyList<OurTriple> Negated, string Context);

    private readonly Dictionary<string, List<Example>> _kinds = new(StringComparer.Ordinal);

    /// <param name="context">What the pipeline knew of the sentence (names and agents with their codes), for the examples.</param>
    /// <param name="noEventReason">Why the sentence has no event at all (<see cref="NoEventReason"/>), when it has none.</param>
    public void Add(GoldSentence s, IReadOnlyList<OurTriple> ours, IReadOnlyList<OurTriple> negated, string context, string? noEventReason = null)
    {
        var extra = ours.Where(o => !s.Gold.Contains(o.Triple)).ToList();
        void Note(string kind, string detail)
        {
            if (!_kinds.TryGetValue(kind, out var list)) _kinds[kind] = list = [];
            list.Add(new Example(s, detail, ours, negated, context));
        }
        foreach (var g in s.Gold)
        {
            if (ours.Any(o => o.Triple == g)) continue;
            var partner = extra.FirstOrDefault(o => o.Triple.Code == g.Code && o.Triple.Source == g.Source)
                ?? extra.FirstOrDefault(o => o.Triple.Code == g.Code && o.Triple.Target == g.Target)
                ?? extra.FirstOrDefault(o => o.Triple.Source == g.Source && o.Triple.Target == g.Target)
                ?? extra.FirstOrDefault(o => o.Triple.Code == g.Code)
                ?? extra.FirstOrDefault(o => Root(o.Triple.Code) == Root(g.Code) && (o.Triple.Source == g.Source || o.Triple.Target == g.Target))
                ?? extra.FirstOrDefault(o => o.Triple.Source == g.Source && g.Source != "---" || o.Triple.Target == g.Target && g.Target != "---");
            if (partner is null)
            {
                string kind = ours.Count == 0
                    ? negated.Any(n => Root(n.Triple.Code) == Root(g.Code)) ? "missed: coded but negated"
                        : "missed: nothing coded in the sentence" + (noEventReason is null ? "" : $" ({noEventReason})")
                    : "missed: the sentence's other events coded, not this one";
                Note(kind, $"gold {g}");
                continue;
            }
            extra.Remove(partner);
            var o = partner.Triple;
            string k;
            if (o.Code == g.Code && o.Source == g.Source) k = "wrong target" + Actor(g.Target, o.Target, partner.Event.Target?.Text);
            else if (o.Code == g.Code && o.Target == g.Target) k = "wrong source" + Actor(g.Source, o.Source, partner.Event.Source?.Text);
            else if (o.Source == g.Source && o.Target == g.Target)
                k = !char.IsDigit(g.Code[0]) ? "wrong type" : Root(o.Code) == Root(g.Code) ? "wrong code: same root" : "wrong code: other root";
            else if (o.Code == g.Code) k = "wrong source and target";
            else if (Root(o.Code) == Root(g.Code)) k = "wrong code (same root) and one actor wrong";
            else k = (char.IsDigit(g.Code[0]) ? "wrong code" : "wrong type") + " and one actor wrong";
            Note(k, $"gold {g}  ours {o}  ({Evidence(partner.Event)})");
        }
        foreach (var o in extra)
            Note((s.NoEvents ? "extra event in a 'noevents' sentence" : "extra event")
                + (o.Triple.Source == "---" || o.Triple.Target == "---" ? " (one side without a code)" : " (both sides coded)"), $"ours {o.Triple}  ({Evidence(o.Event)})");
    }

    private static string Root(string code) => code.Length >= 2 && char.IsDigit(code[0]) ? code[..2] : code;

    private static string Actor(string gold, string ours, string? ourText) =>
        ours == "---" && ourText is null ? " (ours: none found)"
        : ours == "---" ? " (ours: an actor without a code)"
        : gold == "---" ? " (gold ---, ours an actor)"
        : gold.Length >= 3 && ours.Length >= 3 && gold[..3] == ours[..3] ? " (same country, other role)"
        : " (other actor)";

    internal static string Evidence(Event e) =>
        $"'{e.Trigger}' {e.Rule}; source '{e.Source?.Text}' {e.Source?.Code ?? "---"}, target '{e.Target?.Text}' {e.Target?.Code ?? "---"}"
        + (e.Modality != EventModality.Asserted ? $", {e.Modality.ToString().ToLowerInvariant()}" : "")
        + (e.ReportedBy is { } r ? $" by '{r.Text}'" : "");

    public int KindCount => _kinds.Count;

    /// <summary>Prints every kind's count, then the <paramref name="top"/> most frequent with up to <paramref name="examples"/> examples each.</summary>
    public void Print(int top, int examples = 3)
    {
        var kinds = _kinds.OrderByDescending(k => k.Value.Count).ThenBy(k => k.Key, StringComparer.Ordinal).ToList();
        Console.WriteLine($"errors by kind ({kinds.Sum(k => k.Value.Count)} in all):");
        foreach (var (kind, list) in kinds) Console.WriteLine($"  {list.Count,5}  {kind}");
        foreach (var (kind, list) in kinds.Take(top))
        {
            Console.WriteLine();
            Console.WriteLine($"== {kind}: {list.Count}");
            foreach (var e in list.Take(examples))
            {
                var s = e.Sentence;
                Console.WriteLine($"  [{s.Id}] {Clip(s.Text, 320)}");
                Console.WriteLine($"      {e.Detail}");
                Console.WriteLine($"      gold: {(s.NoEvents ? "noevents" : string.Join("; ", s.Gold))}");
                Console.WriteLine($"      ours: {(e.Ours.Count == 0 ? "none" : string.Join("; ", e.Ours.Select(o => o.Triple)))}"
                    + (e.Negated.Count > 0 ? $"   negated: {string.Join("; ", e.Negated.Select(o => o.Triple))}" : ""));
                if (e.Context.Length > 0) Console.WriteLine($"      known: {e.Context}");
            }
        }
    }

    internal static string Clip(string s, int n) => s.Length <= n ? s : s[..n] + "…";

    /// <summary>The names, places and agents the pipeline found in the text, with what they code to (for the examples).</summary>
    internal static string Context(ArticleAnalysis a)
    {
        var sb = new StringBuilder();
        foreach (var m in a.Mentions) sb.Append(sb.Length > 0 ? "; " : "").Append($"'{m.Text}' {m.Key}");
        foreach (var g in a.Agents) sb.Append(sb.Length > 0 ? "; " : "").Append($"agent '{g.Text}' {g.Code}");
        return sb.ToString();
    }
}
