using Sitrep.News;
using Sitrep.Ingest.Language;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Sitrep.Articles;
using Sitrep.News.Pipeline;
using Sitrep.News.Times;
using Sitrep.News.Documents;

namespace Sitrep.Bench.Tasks;

/// <summary>
/// `dct`: how well the pipeline infers the publication date of an article that states none. Each
/// dated article (--gold: a JSON Lines file, .gz or not, or a folder searched for *.jsonl[.gz], with the
/// text in "text" or "body" and the date in "time" or "date": timeline17's articles, Reuters-21578) is
/// analysed with its date withheld; the inferred date and its <see cref="PublicationWindow"/> are
/// compared with the true day. Reports coverage (an inferred date at all), exact-day accuracy (of
/// day-precise inferences), the lag from the inferred date's last day to the true day (median, 90th
/// percentile, share negative: the text named a later day than its own), and how often the true day
/// falls inside the window; each article's line goes to a TSV in the temp folder. Lines without a readable date or text are skipped and counted.
/// </summary>
public static class DctTask
{
    public static int Run(BenchOptions o)
    {
        var (articles, skipped) = Read(o);
        if (articles.Count == 0)
        {
            Console.Error.WriteLine($"error: {o.Gold}: no dated articles");
            return 1;
        }
        var pipeline = BenchPipeline.Create(o, "syntax", "events");
        var results = pipeline.AnalyzeMany(articles.Select(a => a.Article)).Zip(articles, (analysis, a) => (a.Truth, Analysis: analysis)).ToList();

        var outputPath = Path.Combine(Path.GetTempPath(), "sitrep-bench-dct", Path.GetFileName(Path.TrimEndingDirectorySeparator(o.Gold)) + ".tsv");
        Directory.CreateDirectory(Path.GetDirectoryName(outputPath)!);
        File.WriteAllLines(outputPath, results.Select(r => string.Join('\t', r.Truth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            r.Analysis.Published?.ToString() ?? "-", r.Analysis.PublishedWindow?.Earliest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-",
            r.Analysis.PublishedWindow?.Latest?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-", r.Analysis.PublishedEvidence ?? "-")));
        int inferred = 0, dayPrecise = 0, exactDay = 0, inWindow = 0, bounded = 0, fromOffice = 0;
        var lags = new List<int>();
        foreach (var (truth, analysis) in results)
        {
            if (analysis.Published is not { } date || !analysis.PublishedInferred) continue;
            inferred++;
            if (analysis.PublishedEvidence?.StartsWith("not before", StringComparison.Ordinal) == true) fromOffice++;
            if (date.IsFullDate)
            {
                dayPrecise++;
                if (date.FirstDay == truth) exactDay++;
            }
            lags.Add(truth.DayNumber - date.LastDay.DayNumber);
            if (analysis.PublishedWindow is { } w)
            {
                if (w.Latest is not null) bounded++;
                if (w.Contains(truth)) inWindow++;
            }
        }
        lags.Sort();
        double Share(int n, int of) => of == 0 ? 0 : Math.Round(100.0 * n / of, 1);
        int Percentile(double p) => lags.Count == 0 ? 0 : lags[Math.Min(lags.Count - 1, (int)Math.Floor(p * lags.Count))];
        var metrics = new Dictionary<string, object>
        {
            ["task"] = "dct",
            ["gold"] = Path.GetFileName(Path.TrimEndingDirectorySeparator(o.Gold)),
            ["articles"] = results.Count,
            ["skipped"] = skipped,
            ["coverage"] = Share(inferred, results.Count),
            ["dayPrecise"] = Share(dayPrecise, inferred),
            ["exactDayAccuracy"] = Share(exactDay, dayPrecise),
            ["exactDayOfAll"] = Share(exactDay, results.Count),
            ["fromOffice"] = fromOffice,
            ["lagMedianDays"] = Percentile(0.5),
            ["lagP90Days"] = Percentile(0.9),
            ["lagNegative"] = Share(lags.Count(l => l < 0), lags.Count),
            ["windowBounded"] = Share(bounded, inferred),
            ["inWindow"] = Share(inWindow, inferred),
            ["windowLagDays"] = PublicationWindow.ExpectedLagDays,
        };
        Console.WriteLine($"{"metric",-18} value");
        foreach (var (k, v) in metrics) Console.WriteLine($"{k,-18} {Convert.ToString(v, CultureInfo.InvariantCulture)}");
        Console.WriteLine("lag (true day − inferred last day), days: " + string.Join(", ",
            new[] { 0.1, 0.25, 0.5, 0.75, 0.8, 0.9, 0.95 }.Select(p => $"p{p * 100:0} {Percentile(p)}")));
        Console.WriteLine($"per article (true day, inferred, window, evidence) in {outputPath}");
        Console.WriteLine(JsonSerializer.Serialize(metrics));
        return 0;
    }

    private static (List<(Article Article, DateOnly Truth)> Articles, int Skipped) Read(BenchOptions o)
    {
        var files = Directory.Exists(o.Gold)
            ? Directory.EnumerateFiles(o.Gold, "*.jsonl*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList()
            : [o.Gold];
        var articles = new List<(Article, DateOnly)>();
        int skipped = 0;
        foreach (var file in files)
        {
            using Stream raw = File.OpenRead(file);
            using var stream = file.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(raw, CompressionMode.Decompress) : raw;
            using var reader = new StreamReader(stream);
            while (reader.ReadLine() is { } line)
            {
                if (o.Limit is { } limit && articles.Count >= limit) return (articles, skipped);
                if (Parse(line) is { } a) articles.Add(a);
                else skipped++;
            }
        }
        return (articles, skipped);
    }

    private static (Article, DateOnly)? Parse(string line)
    {
        try
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return null;
            string? text = Field(root, "text") ?? Field(root, "body");
            string? date = Field(root, "time") ?? Field(root, "date");
            if (string.IsNullOrWhiteSpace(text) || date is null || TrueDay(date) is not { } day) return null;
            return (ArticleLanguage.Settle(Article.Create(Field(root, "title") ?? "", text)), day);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Field(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>"2010-05-15" (timeline17) or "26-FEB-1987 15:01:01.79" (Reuters-21578).</summary>
    private static DateOnly? TrueDay(string s)
    {
        s = s.Trim();
        if (DateOnly.TryParseExact(s.Length >= 10 ? s[..10] : s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso)) return iso;
        int space = s.IndexOf(' ');
        return DateOnly.TryParseExact(space > 0 ? s[..space] : s, "d-MMM-yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var r) ? r : null;
    }
}
