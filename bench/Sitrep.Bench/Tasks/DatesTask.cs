using System.Diagnostics;
using System.Text.Json;
using Sitrep.Ingest.Html;

namespace Sitrep.Bench.Tasks;

/// <summary>
/// `dates`: the publication date that <see cref="HtmlPageReader"/> finds, on htmldate's evaluation set
/// (--gold: a folder with dates.json and html/), at the day: output equal to the gold day is a TP, any
/// other output an FP, no output an FN. Items whose gold date is null, or whose page is missing, are
/// left out (and counted). Each page is read with its URL, as a crawler knows it. Accuracy is TP over
/// the scored items, coverage the share of them with any date; the wrong dates are listed, and every miss
/// (wrong date or none) is written to the temp folder as dates-misses.tsv (found, gold, file, URL).
/// </summary>
public static class DatesTask
{
    private const int ErrorsShown = 15;

    public static int Run(BenchOptions o)
    {
        var goldPath = Path.Combine(o.Gold, "dates.json");
        if (!File.Exists(goldPath))
        {
            Console.Error.WriteLine($"error: {goldPath} not found (--gold takes the htmldate-eval folder)");
            return 1;
        }
        var gold = JsonSerializer.Deserialize<Dictionary<string, GoldDate>>(File.ReadAllText(goldPath))!;
        int tp = 0, fp = 0, fn = 0, leftOut = 0;
        var errors = new List<string>();
        var misses = new List<string>();
        var sw = Stopwatch.StartNew();
        foreach (var (url, item) in gold.Take(o.Limit ?? int.MaxValue))
        {
            var path = Path.Combine(o.Gold, "html", item.file + ".gz");
            if (item.date is null || !File.Exists(path))
            {
                leftOut++;
                continue;
            }
            var found = HtmlPageReader.Read(ExtractAebTask.Gunzip(path), out _, url)?.Published;
            var day = found is { IsFullDate: true } f ? f.ToString() : null;
            if (day == item.date)
            {
                tp++;
                continue;
            }
            if (day is null) fn++;
            else
            {
                fp++;
                errors.Add($"  {day} for {item.date}  {url}");
            }
            misses.Add($"{day ?? "-"}\t{item.date}\t{item.file}\t{url}");
        }
        double seconds = sw.Elapsed.TotalSeconds;
        int scored = tp + fp + fn;
        double accuracy = scored == 0 ? 0 : (double)tp / scored;
        double coverage = scored == 0 ? 0 : (double)(tp + fp) / scored;
        double precision = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
        double recall = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        double f1 = 2.0 * tp / Math.Max(1, 2 * tp + fp + fn);

        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(o.Gold));
        Console.WriteLine($"dates: {scored} pages of {name} scored at the day ({leftOut} left out: null gold or no page)");
        Console.WriteLine();
        Console.WriteLine($"{"accuracy",9} {"coverage",9} {"P",6} {"R",6} {"F1",6} {"right",6} {"wrong",6} {"none",6} {"pages/s",8}");
        Console.WriteLine($"{accuracy,9:F3} {coverage,9:F3} {precision,6:F3} {recall,6:F3} {f1,6:F3} {tp,6} {fp,6} {fn,6} {scored / seconds,8:F1}");
        Console.WriteLine();
        Console.WriteLine($"wrong dates ({Math.Min(ErrorsShown, errors.Count)} of {errors.Count}):");
        foreach (var e in errors.Take(ErrorsShown)) Console.WriteLine(e);
        var missesPath = Path.Combine(Path.GetTempPath(), "sitrep-bench-extract", "dates-misses.tsv");
        Directory.CreateDirectory(Path.GetDirectoryName(missesPath)!);
        File.WriteAllLines(missesPath, misses);
        Console.WriteLine($"all {misses.Count} misses (found, gold, file, URL): {missesPath}");
        var metrics = new Dictionary<string, object>
        {
            ["task"] = "dates",
            ["gold"] = name,
            ["pages"] = scored,
            ["accuracy"] = Math.Round(accuracy, 4),
            ["coverage"] = Math.Round(coverage, 4),
            ["precision"] = Math.Round(precision, 4),
            ["recall"] = Math.Round(recall, 4),
            ["f1"] = Math.Round(f1, 4),
        };
        Console.WriteLine(JsonSerializer.Serialize(metrics));
        return 0;
    }

    private sealed record GoldDate(string file, string? date);
}
