using Sitrep.Nlp.Corpora;

namespace Sitrep.Bench.Tasks;

/// <summary>
/// The readable tables of the `timex` task: the TempEval-3 figures side by side for each system, then
/// for one system the breakdowns that guide error work — per TIMEX3 type, per value class of the
/// gold value, and the most frequent value errors, misses and false alarms (capped lists).
/// </summary>
internal static class TimexTables
{
    private const int ListCap = 20;
    private static readonly string[] Types = ["DATE", "TIME", "DURATION", "SET"];

    public static void PrintOverall(params (string Name, TimexScorer Scorer)[] systems)
    {
        Console.WriteLine($"{"",-8} {"gold",6} {"system",6} | {"strict P",8} {"R",6} {"F1",6} | {"relaxed P",9} {"R",6} {"F1",6} | {"type F1",7} {"value F1",8} {"value acc",9} {"DATE value F1",13}");
        foreach (var (name, s) in systems)
        {
            var c = s.Counts();
            Console.WriteLine($"{name,-8} {c.Gold,6} {c.System,6} | {P(c.Precision(c.Strict)),8} {P(c.Recall(c.Strict)),6} {P(c.StrictF1),6} | "
                + $"{P(c.Precision(c.Relaxed)),9} {P(c.Recall(c.Relaxed)),6} {P(c.RelaxedF1),6} | {P(c.TypeF1),7} {P(c.ValueF1),8} {P(c.ValueAccuracy),9} {P(s.Counts("DATE").ValueF1),13}");
        }
    }

    public static void PrintBreakdowns(TimexScorer s)
    {
        var pairs = s.Pairs;
        Console.WriteLine("per type (P, R, F1 count a match when gold and system both have the type; found = gold extent matched by any type):");
        Console.WriteLine($"  {"type",-10} {"gold",6} {"system",6} {"found",6} {"P",6} {"R",6} {"F1",6} {"value acc",9} {"value F1",8}");
        foreach (var type in Types)
        {
            var c = s.Counts(type);
            int found = pairs.Count(p => p.IsMatch && p.Gold!.Type == type);
            Console.WriteLine($"  {type,-10} {c.Gold,6} {c.System,6} {found,6} {P(c.Precision(c.Relaxed)),6} {P(c.Recall(c.Relaxed)),6} {P(c.RelaxedF1),6} {P(c.ValueAccuracy),9} {P(c.ValueF1),8}");
        }

        Console.WriteLine();
        Console.WriteLine("per value class of the gold TIMEX3 (found = relaxed recall; value acc over found; value R over gold):");
        Console.WriteLine($"  {"class",-28} {"gold",6} {"found",6} {"value ok",8} {"found",6} {"value acc",9} {"value R",7}");
        foreach (var group in pairs.Where(p => p.Gold is not null).GroupBy(p => TimexValueClass.Of(p.Gold!)).OrderByDescending(g => g.Count()))
        {
            var c = TimexScorer.Count(group, _ => true);
            Console.WriteLine($"  {group.Key,-28} {c.Gold,6} {c.Relaxed,6} {c.ValueCorrect,8} {P(c.Recall(c.Relaxed)),6} {P(c.ValueAccuracy),9} {P(c.Recall(c.ValueCorrect)),7}");
        }
        var spuriousByClass = pairs.Where(p => p.Gold is null).GroupBy(p => TimexValueClass.Of(p.System!)).OrderByDescending(g => g.Count())
            .Select(g => $"{g.Key} {g.Count()}");
        Console.WriteLine($"  false alarms by value class of ours: {string.Join(", ", spuriousByClass)}");

        var wrong = pairs.Where(p => p.IsMatch && !p.ValueCorrect).ToList();
        Console.WriteLine();
        Console.WriteLine($"value errors on relaxed matches: {wrong.Count}; by value class, gold → ours:");
        foreach (var g in wrong.GroupBy(p => $"{TimexValueClass.Of(p.Gold!)} → {TimexValueClass.Of(p.System!)}").OrderByDescending(g => g.Count()).Take(ListCap))
            Console.WriteLine($"  {g.Count(),5}  {g.Key}");
        Console.WriteLine($"most frequent value errors (gold text: gold value vs ours [ours' extent if different]), top {ListCap}:");
        foreach (var g in wrong.GroupBy(p => (Text: Fold(p.Gold!.Text), Gold: p.Gold!.Value, Ours: p.System!.Value)).OrderByDescending(g => g.Count()).Take(ListCap))
        {
            var first = g.First();
            string extent = first.IsStrict ? "" : $"  [{Fold(first.System!.Text)}]";
            Console.WriteLine($"  {g.Count(),5}  \"{g.Key.Text}\": {g.Key.Gold} vs {g.Key.Ours}{extent}");
        }

        Console.WriteLine($"most frequent misses (gold text, type), top {ListCap}:");
        foreach (var g in pairs.Where(p => p.System is null).GroupBy(p => (Text: Fold(p.Gold!.Text), p.Gold!.Type)).OrderByDescending(g => g.Count()).Take(ListCap))
            Console.WriteLine($"  {g.Count(),5}  \"{g.Key.Text}\" {g.Key.Type}");
        Console.WriteLine($"most frequent false alarms (our text, type), top {ListCap}:");
        foreach (var g in pairs.Where(p => p.Gold is null).GroupBy(p => (Text: Fold(p.System!.Text), p.System!.Type)).OrderByDescending(g => g.Count()).Take(ListCap))
            Console.WriteLine($"  {g.Count(),5}  \"{g.Key.Text}\" {g.Key.Type}");
    }

    private static string P(double x) => (100 * x).ToString("F1", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Lower case with runs of white space as one space, so that the same expression groups together.</summary>
    private static string Fold(string text) => string.Join(' ', text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
