using System.IO.Compression;
using System.Text.Json;
using Sitrep.Ingest.Html;

namespace Sitrep.Bench.Tasks;

/// <summary>
/// `extract-aeb`: main-text extraction of <see cref="HtmlPageReader"/> on the Article Extraction Benchmark
/// (--gold: a folder with ground-truth.json and html/ID.html.gz), scored with <see cref="AebScorer"/>.
/// Prints the corpus figures, the worst pages, and the speed: extraction alone (charset, parse,
/// metadata, main text from the uncompressed bytes), one thread, best of max(3, --repeat) passes after
/// a warm-up pass. Every system's output is written in aeb_score.py's input format ({id: {"articleBody"}})
/// to the temp folder, for the reference scorer. `--peer readability | readability-lxml | all` runs
/// the peers (<see cref="ExtractionPeer"/>) on the same pages and prints the ratios ours ÷ theirs.
/// </summary>
public static class ExtractAebTask
{
    private const int WorstShown = 10;

    public static int Run(BenchOptions o)
    {
        var truthPath = Path.Combine(o.Gold, "ground-truth.json");
        if (!File.Exists(truthPath))
        {
            Console.Error.WriteLine($"error: {truthPath} not found (--gold takes the scrapinghub-aeb folder)");
            return 1;
        }
        if (ExtractionPeer.Select(o.Peer) is not { } peers) return 1;
        var pages = Pages(o, truthPath);
        int passes = Math.Max(3, o.Repeat);

        var ours = Extract(pages);
        double seconds = Timing.Best(passes, () => Extract(pages));
        var oursScore = Score(pages, ours, out var pageScores);
        var outputFolder = Path.Combine(Path.GetTempPath(), "sitrep-bench-extract");
        Directory.CreateDirectory(outputFolder);
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(o.Gold));

        var rows = new List<(string System, AebScorer Score, double PagesPerSecond, string Output)>
        {
            ("ours", oursScore, pages.Count / seconds, Write(outputFolder, name, "ours", pages, ours)),
        };
        foreach (var peer in peers)
        {
            var peerPages = pages.Select(p => new ExtractionPeer.Page(p.Id, p.Path, p.Url));
            if (peer.Run(peerPages, passes) is not { } result) return 1;
            var texts = pages.Select(p => result.Texts.GetValueOrDefault(p.Id, "")).ToArray();
            rows.Add((peer.Name, Score(pages, texts, out _), pages.Count / result.Seconds, Write(outputFolder, name, peer.Name, pages, texts)));
        }

        Console.WriteLine($"extract-aeb: {pages.Count} pages of {name}; speed: one thread, best of {passes} passes after a warm-up pass");
        Console.WriteLine();
        Console.WriteLine($"{"system",-18} {"F1",6} {"P",6} {"R",6} {"acc",6} {"empty",5} {"pages/s",8}");
        foreach (var (system, score, pps, _) in rows)
            Console.WriteLine($"{system,-18} {score.F1,6:F3} {score.Precision,6:F3} {score.Recall,6:F3} {score.Accuracy,6:F3} {score.EmptyPredictions,5} {pps,8:F1}");
        foreach (var (system, score, pps, _) in rows.Skip(1))
            Console.WriteLine($"ours ÷ {system}: F1 {oursScore.F1 / score.F1:F3}, speed {rows[0].PagesPerSecond / pps:F2}");
        Console.WriteLine();
        Console.WriteLine($"ours: {WorstShown} worst pages");
        foreach (var (page, s) in pages.Zip(pageScores).OrderBy(x => x.Second.F1).Take(WorstShown))
            Console.WriteLine($"  F1 {s.F1:F3}  P {Show(s.Precision)}  R {Show(s.Recall)}  {page.Id[..12]}  {page.Url}");
        Console.WriteLine();
        foreach (var (system, _, _, output) in rows) Console.WriteLine($"{system}: output in {output}");

        var metrics = new Dictionary<string, object>
        {
            ["task"] = "extract-aeb",
            ["gold"] = name,
            ["pages"] = pages.Count,
            ["f1"] = Math.Round(oursScore.F1, 4),
            ["precision"] = Math.Round(oursScore.Precision, 4),
            ["recall"] = Math.Round(oursScore.Recall, 4),
            ["accuracy"] = Math.Round(oursScore.Accuracy, 4),
            ["pagesPerSecond"] = Math.Round(rows[0].PagesPerSecond, 1),
        };
        foreach (var (system, score, pps, _) in rows.Skip(1))
        {
            metrics[$"{system}F1"] = Math.Round(score.F1, 4);
            metrics[$"{system}PagesPerSecond"] = Math.Round(pps, 1);
            metrics[$"{system}F1Ratio"] = Math.Round(oursScore.F1 / score.F1, 4);
            metrics[$"{system}SpeedRatio"] = Math.Round(rows[0].PagesPerSecond / pps, 2);
        }
        Console.WriteLine(JsonSerializer.Serialize(metrics));
        return 0;
    }

    private sealed record GoldPage(string Id, string Path, string? Url, string Truth, byte[] Html);

    private sealed record Truth(string? articleBody, string? url);

    /// <summary>The gold pages in file order (the first --limit of them), each with its uncompressed HTML.</summary>
    private static List<GoldPage> Pages(BenchOptions o, string truthPath)
    {
        var truth = JsonSerializer.Deserialize<Dictionary<string, Truth>>(File.ReadAllText(truthPath))!;
        var pages = new List<GoldPage>();
        foreach (var (id, t) in truth.Take(o.Limit ?? int.MaxValue))
        {
            var path = Path.Combine(o.Gold, "html", id + ".html.gz");
            pages.Add(new GoldPage(id, path, t.url, t.articleBody ?? "", File.Exists(path) ? Gunzip(path) : []));
        }
        return pages;
    }

    internal static byte[] Gunzip(string path)
    {
        using var input = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    private static string[] Extract(List<GoldPage> pages) =>
        pages.Select(p => HtmlPageReader.Read(p.Html, out _)?.Text ?? "").ToArray();

    private static AebScorer Score(List<GoldPage> pages, string[] texts, out List<AebScorer.PageScore> pageScores)
    {
        var scorer = new AebScorer();
        pageScores = pages.Select((p, i) => scorer.Add(p.Truth, texts[i])).ToList();
        return scorer;
    }

    private static string Write(string folder, string gold, string system, List<GoldPage> pages, string[] texts)
    {
        var path = Path.Combine(folder, $"{gold}.{system}.json");
        var output = pages.Select((p, i) => (p.Id, texts[i])).ToDictionary(x => x.Id, x => new { articleBody = x.Item2 });
        File.WriteAllText(path, JsonSerializer.Serialize(output));
        return path;
    }

    private static string Show(double? value) => value is { } v ? v.ToString("F3") : "  –  ";
}
