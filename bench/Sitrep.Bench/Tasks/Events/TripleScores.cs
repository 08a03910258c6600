namespace Sitrep.Bench.Tasks.Events;

/// <summary>
/// Triple precision, recall and F1 under several views of a triple (exact, root code, without the target, …), counted per
/// sentence as PETRARCH2's validation does: the sentence's gold and our triples, each a set under the view; a gold key
/// we give is a true positive, one we do not a false negative, each key of ours not in the gold a false positive (so any
/// triple in a "noevents" sentence is a false positive). Summed over sentences (micro-averaged).
/// </summary>
public sealed class TripleScores
{
    public sealed class Counts
    {
        public int Tp, Fp, Fn;
        public double Precision => Tp + Fp == 0 ? 0 : (double)Tp / (Tp + Fp);
        public double Recall => Tp + Fn == 0 ? 0 : (double)Tp / (Tp + Fn);
        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    }

    private readonly List<string> _views = [];
    private readonly Dictionary<string, Counts> _counts = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Views => _views;

    public Counts this[string view] => _counts[view];

    /// <summary>Adds one sentence under one view: its gold keys and ours (duplicates collapse).</summary>
    public void Add(string view, IEnumerable<string> gold, IEnumerable<string> ours)
    {
        if (!_counts.TryGetValue(view, out var c))
        {
            _counts[view] = c = new Counts();
            _views.Add(view);
        }
        var g = gold.ToHashSet(StringComparer.Ordinal);
        var o = ours.ToHashSet(StringComparer.Ordinal);
        int tp = o.Count(g.Contains);
        c.Tp += tp;
        c.Fp += o.Count - tp;
        c.Fn += g.Count - tp;
    }

    public void Print(IReadOnlyDictionary<string, string> descriptions)
    {
        Console.WriteLine($"{"view",-16} {"F1",7} {"P",7} {"R",7} {"TP",6} {"FP",6} {"FN",6}  triple");
        foreach (var v in _views)
        {
            var c = _counts[v];
            Console.WriteLine($"{v,-16} {100 * c.F1,7:F2} {100 * c.Precision,7:F2} {100 * c.Recall,7:F2} {c.Tp,6} {c.Fp,6} {c.Fn,6}  {descriptions.GetValueOrDefault(v, "")}");
        }
    }

    /// <summary>The view's F1, precision and recall as metrics: "f1", "precision", "recall" for the first view, "{view}F1" … for the others.</summary>
    public void AddMetrics(Dictionary<string, object> metrics)
    {
        for (int i = 0; i < _views.Count; i++)
        {
            var c = _counts[_views[i]];
            string Key(string name) => i == 0 ? name : _views[i] + char.ToUpperInvariant(name[0]) + name[1..];
            metrics[Key("f1")] = Math.Round(c.F1, 4);
            metrics[Key("precision")] = Math.Round(c.Precision, 4);
            metrics[Key("recall")] = Math.Round(c.Recall, 4);
            if (i == 0)
            {
                metrics["tp"] = c.Tp;
                metrics["fp"] = c.Fp;
                metrics["fn"] = c.Fn;
            }
        }
    }
}

/// <summary>
/// The tally PETRARCH2's validation.py prints, per category and in total: records; correct (our triples that equal a gold
/// triple, and a "noevents" record we leave empty counts one); uncoded (gold triples not given; a "noevents" record we
/// code counts one); extra (our triples not in the gold). Its TP% is correct ÷ (correct + uncoded), FP extra ÷ records.
/// </summary>
public sealed class PetrarchTally
{
    private readonly List<string> _order = [];
    private readonly Dictionary<string, int[]> _rows = new(StringComparer.Ordinal);

    public void Add(string category, IReadOnlyCollection<Triple> gold, bool noEvents, IReadOnlyCollection<Triple> ours)
    {
        if (!_rows.TryGetValue(category, out var row))
        {
            _rows[category] = row = new int[4];
            _order.Add(category);
        }
        row[0]++;
        if (noEvents)
        {
            if (ours.Count == 0) row[1]++;
            else { row[2]++; row[3] += ours.Count; }
            return;
        }
        int found = ours.Count(gold.Contains);
        row[1] += found;
        row[2] += gold.Count - found;
        row[3] += ours.Count - found;
    }

    public (int Records, int Correct, int Uncoded, int Extra) Total()
    {
        var t = new int[4];
        foreach (var r in _rows.Values) for (int i = 0; i < 4; i++) t[i] += r[i];
        return (t[0], t[1], t[2], t[3]);
    }

    public void Print(string title = "PETRARCH2 validation tally (validation.py): correct includes a 'noevents' record left empty", string rows = "category")
    {
        Console.WriteLine(title);
        Console.WriteLine($"{rows,-10} {"records",8} {"correct",8} {"uncoded",8} {"extra",8} {"TP%",8} {"FP/rec",8}");
        foreach (var c in _order.Append("Total"))
        {
            var r = c == "Total" ? [Total().Records, Total().Correct, Total().Uncoded, Total().Extra] : _rows[c];
            double tp = r[1] + r[2] == 0 ? 0 : 100.0 * r[1] / (r[1] + r[2]);
            double fp = r[0] == 0 ? 0 : 100.0 * r[3] / r[0];
            Console.WriteLine($"{c,-10} {r[0],8} {r[1],8} {r[2],8} {r[3],8} {tp,7:F1}% {fp,7:F1}%");
        }
    }
}
