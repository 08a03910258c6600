using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Sitrep.Articles;
using Sitrep.Corpus.Situations;
using Sitrep.Ingest.PlainText;
using Sitrep.Ingest.Sources;
using Sitrep.News.Documents;
using Sitrep.Reports;

namespace Sitrep.Bench.Tasks;

/// <summary>
/// `scale`: how `sitrep analyze FILE.txt` grows with the size of one plain-text document (issue 13). The --gold
/// articles are joined into one document of each size (1, 4 and 16 MB by default: 16 is just under the default
/// --max-mb), which then goes the whole way a file does — decoded and cleaned by the plain-text reader, the
/// pipeline, the situation, the Markdown and JSON reports — with seconds, MB/s and peak memory per size, and
/// t(largest)/t(smallest) against the ratio of the sizes (equal for linear growth).
/// </summary>
public static partial class ScaleTask
{
    private const string Title = "Plain-text scale bench";

    public static int Run(BenchOptions o)
    {
        var texts = ArticleSource.Read([o.Gold]).Where(r => r.Article is not null).Select(r => r.Article!)
            .Select(a => Shape(a.Title + "\n\n" + a.Text, o.Shape)).ToList();
        if (texts.Count == 0)
        {
            Console.Error.WriteLine($"error: {o.Gold}: no article could be read");
            return 1;
        }
        if (o.Sizes.Count == 0)
        {
            Console.Error.WriteLine("error: --sizes: expected sizes in MB, e.g. 1,4,16");
            return 2;
        }
        if (o.Shape is not ("paragraphs" or "line" or "runon"))
        {
            Console.Error.WriteLine($"error: --shape {o.Shape}: expected paragraphs, line or runon");
            return 2;
        }

        // Resources and JIT first (tiered compilation settles only after many calls), on a document of the smallest
        // size up to 1 MB, so that the smallest size is not charged for them.
        var load = Stopwatch.StartNew();
        Measure(o, Document(texts, (int)Math.Round(Math.Min(1, o.Sizes.Min()) * 1_000_000), o.Shape), "warm-up");
        load.Stop();

        var rows = new List<Dictionary<string, object>>();
        Console.WriteLine($"{"MB",6} {"tokens",10} {"read s",7} {"pipeline s",10} {"situation s",11} {"reports s",9} {"total s",8} {"MB/s",6} {"peak MB",8}");
        foreach (double mb in o.Sizes.Order())
        {
            var bytes = Document(texts, (int)Math.Round(mb * 1_000_000), o.Shape);
            if (o.Write is { } folder)
            {
                Directory.CreateDirectory(folder);
                File.WriteAllBytes(Path.Combine(folder, FormattableString.Invariant($"scale-{o.Shape}-{mb:0.##}MB.txt")), bytes);
            }
            // --repeat N: the fastest of N passes, with the highest peak of them.
            var passes = new List<Measurement>();
            for (int pass = 0; pass < o.Repeat; pass++)
            {
                if (Measure(o, bytes, FormattableString.Invariant($"{mb:0.##} MB")) is not { } m) return 1;
                passes.Add(m);
            }
            var b = passes.MinBy(m => m.Total)! with { PeakMb = passes.Max(m => m.PeakMb) };
            double sizeMb = bytes.Length / 1e6;
            Console.WriteLine(FormattableString.Invariant(
                $"{sizeMb,6:0.##} {b.Tokens,10:N0} {b.Read,7:F2} {b.Pipeline,10:F2} {b.Situation,11:F2} {b.Reports,9:F2} {b.Total,8:F2} {sizeMb / b.Total,6:F3} {b.PeakMb,8:F0}"));
            if (o.Profile)
                foreach (var (name, seconds) in b.Annotators)
                    Console.WriteLine(FormattableString.Invariant($"{"",6} {name,-18} {seconds,8:F2} s"));
            var row = new Dictionary<string, object>
            {
                ["megabytes"] = Math.Round(sizeMb, 3),
                ["tokens"] = b.Tokens,
                ["readSeconds"] = Math.Round(b.Read, 2),
                ["pipelineSeconds"] = Math.Round(b.Pipeline, 2),
                ["situationSeconds"] = Math.Round(b.Situation, 2),
                ["reportSeconds"] = Math.Round(b.Reports, 2),
                ["seconds"] = Math.Round(b.Total, 2),
                ["megabytesPerSecond"] = Math.Round(sizeMb / b.Total, 3),
                ["peakMemoryMb"] = Math.Round(b.PeakMb),
            };
            foreach (var (name, seconds) in b.Annotators) row["seconds_" + name] = Math.Round(seconds, 2);
            rows.Add(row);
        }

        var metrics = new Dictionary<string, object>
        {
            ["task"] = "scale",
            ["gold"] = Path.GetFileName(Path.TrimEndingDirectorySeparator(o.Gold)),
            ["shape"] = o.Shape,
            ["passes"] = o.Repeat,
            ["cores"] = Environment.ProcessorCount,
            ["warmUpSeconds"] = Math.Round(load.Elapsed.TotalSeconds, 2),
            ["sizes"] = rows,
        };
        if (rows.Count >= 2)
        {
            var (first, last) = (rows[0], rows[^1]);
            double sizeRatio = (double)last["megabytes"] / (double)first["megabytes"];
            double timeRatio = (double)last["seconds"] / (double)first["seconds"];
            // t(16)/t(1) is 16 for linear growth: divided by the size ratio, 1 is linear, 2 twice as slow per MB at the largest size.
            metrics["sizeRatio"] = Math.Round(sizeRatio, 2);
            metrics["secondsRatio"] = Math.Round(timeRatio, 2);
            metrics["secondsRatioPerSize"] = Math.Round(timeRatio / sizeRatio, 2);
            metrics["peakMemoryRatio"] = Math.Round((double)last["peakMemoryMb"] / (double)first["peakMemoryMb"], 2);
            Console.WriteLine(FormattableString.Invariant(
                $"t({last["megabytes"]:0.##} MB)/t({first["megabytes"]:0.##} MB) = {timeRatio:F2} for {sizeRatio:F2}× the size ({timeRatio / sizeRatio:F2}× per MB; 1 is linear)"));
        }
        Console.WriteLine(JsonSerializer.Serialize(metrics));
        return 0;
    }

    private sealed record Measurement(long Tokens, double Read, double Pipeline, double Situation, double Reports, double PeakMb,
        IReadOnlyList<(string Name, double Seconds)> Annotators)
    {
        public double Total => Read + Pipeline + Situation + Reports;
    }

    /// <summary>One document the way `analyze` takes a file: read, analysed, a situation, both reports.</summary>
    private static Measurement? Measure(BenchOptions o, byte[] bytes, string label)
    {
        var pipeline = BenchPipeline.Create(o);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        ResetPeakMemory();

        var clock = Stopwatch.StartNew();
        var result = PlainTextArticleReader.Read(label + ".txt", bytes);
        double read = clock.Elapsed.TotalSeconds;
        if (result.Article is not { } article)
        {
            Console.Error.WriteLine($"error: {label}: {result.Error}");
            return null;
        }
        clock.Restart();
        var analysis = pipeline.Analyze(article);
        double analysed = clock.Elapsed.TotalSeconds;
        clock.Restart();
        var situation = SituationBuilder.CreateDefault().Build([analysis.Trimmed()]);
        double built = clock.Elapsed.TotalSeconds;
        clock.Restart();
        int chars = MarkdownReport.Render(situation).Length + JsonReport.Render(situation).Length;
        double reported = clock.Elapsed.TotalSeconds;

        using var self = Process.GetCurrentProcess();
        var annotators = pipeline.Annotators.OfType<TimedAnnotator>().Select(t => (t.Name, t.Elapsed.TotalSeconds)).ToList();
        GC.KeepAlive(chars);
        return new Measurement(analysis.TokenCount, read, analysed, built, reported, self.PeakWorkingSet64 / (1024.0 * 1024.0), annotators);
    }

    /// <summary>
    /// Linux keeps the peak resident size (VmHWM, what PeakWorkingSet64 reads) for the process's life; writing 5 to
    /// clear_refs starts it again, so that each size reports its own peak. Elsewhere the sizes run smallest first,
    /// and each reports the peak so far.
    /// </summary>
    private static void ResetPeakMemory()
    {
        try
        {
            if (OperatingSystem.IsLinux()) File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    /// <summary>
    /// The articles joined in turn, paragraphs apart, under one title line, to <paramref name="bytes"/> bytes of UTF-8
    /// (cut at a character boundary).
    /// </summary>
    private static byte[] Document(List<string> texts, int bytes, string shape)
    {
        var sb = new StringBuilder(Title).Append("\n\n");
        string separator = shape == "paragraphs" ? "\n\n" : " ";
        // A character takes at least one byte: once there are as many characters as bytes wanted, there are enough bytes.
        for (int i = 0; sb.Length < bytes; i++) sb.Append(texts[i % texts.Count]).Append(separator);
        var all = Encoding.UTF8.GetBytes(sb.ToString());
        int length = Math.Min(bytes, all.Length);
        while (length < all.Length && length > 0 && (all[length] & 0xC0) == 0x80) length--;
        return all[..length];
    }

    /// <summary>
    /// paragraphs: as written; line: each article on one line (the document is one paragraph); runon: one line without
    /// sentence punctuation (the document is one sentence).
    /// </summary>
    private static string Shape(string text, string shape) => shape switch
    {
        "line" => Whitespace().Replace(text, " "),
        "runon" => Whitespace().Replace(SentencePunctuation().Replace(text, ""), " "),
        _ => text,
    };

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"[.!?;:…]")]
    private static partial Regex SentencePunctuation();
}
