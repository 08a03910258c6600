using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Sitrep.Articles;
using Sitrep.News.Times;
using Sitrep.Nlp.Corpora;
using Sitrep.Nlp.Tokens;
using Sitrep.News.Documents;

namespace Sitrep.Bench.Tasks;

/// <summary>
/// `timex`: TIMEX3 tagging and normalization of <see cref="TimeTagger"/> on TimeML documents
/// (--gold: a folder of .tml files, searched recursively, or one file), scored as TempEval-3 does
/// (<see cref="TimexScorer"/>): strict and relaxed extent P/R/F1, type and value F1 over relaxed
/// matches, micro-averaged, the DCT left out; then per type, per value class, and the most frequent
/// value errors, misses and false alarms. Each document is tagged against its own DCT. Speed is
/// time tagging alone (tokens and sentences given), one thread, best of max(10, --repeat)
/// passes after two seconds of warm-up, in MB of UTF-8 text per second. Our TIMEX3s are written as
/// JSON Lines (a document a line: id, and timexes with offsets into its TEXT) to the temp folder for
/// other scorers. `--peer chrono` runs chrono-node (<see cref="ChronoPeer"/>) on the same texts and
/// DCTs and scores it the same way. A .tml file that cannot be read is
/// reported as `error: FILE: REASON` on stderr and left out.
/// </summary>
public static class TimexTask
{
    public static int Run(BenchOptions o)
    {
        if (Documents(o) is not { } documents) return 1;
        if (documents.Count == 0)
        {
            Console.Error.WriteLine($"error: {o.Gold}: no readable .tml files");
            return 1;
        }
        var tagger = new TimeTagger();
        var inputs = documents.Select(d => new TaggerInput(d, Tokenizer.Tokenize(d.Text), DocumentDate(d.Dct))).ToArray();
        var sentences = inputs.Select(i => SentenceSplitter.Split(i.Document.Text, i.Tokens)).ToArray();

        // Scored pass, which is also the warm-up of the timed passes.
        var ours = new TimexScorer();
        var output = new List<string>(inputs.Length);
        for (int i = 0; i < inputs.Length; i++)
        {
            var found = tagger.Tag(inputs[i].Document.Text, inputs[i].Tokens, sentences[i], inputs[i].Date).Select((t, k) => ToTimex(t, k)).ToList();
            ours.Add(inputs[i].Document, found);
            output.Add(JsonSerializer.Serialize(new { id = inputs[i].Document.Id, timexes = found.Select(t => new { start = t.Start, end = t.End, type = t.Type, value = t.Value, mod = t.Mod, text = t.Text }) }));
        }
        var outputPath = Path.Combine(Path.GetTempPath(), "sitrep-bench-timex", Path.GetFileName(Path.TrimEndingDirectorySeparator(o.Gold)) + ".ours.jsonl");
        Directory.CreateDirectory(Path.GetDirectoryName(outputPath)!);
        File.WriteAllLines(outputPath, output);

        long bytes = documents.Sum(d => (long)Encoding.UTF8.GetByteCount(d.Text));
        int passes = Math.Max(10, o.Repeat);
        Action tagPass = () =>
        {
            for (int i = 0; i < inputs.Length; i++) tagger.Tag(inputs[i].Document.Text, inputs[i].Tokens, sentences[i], inputs[i].Date);
        };
        Action pipelinePass = () =>
        {
            foreach (var input in inputs)
            {
                var tokens = Tokenizer.Tokenize(input.Document.Text);
                tagger.Tag(input.Document.Text, tokens, SentenceSplitter.Split(input.Document.Text, tokens), input.Date);
            }
        };
        // A pass over the gold set takes milliseconds: warm up for two seconds so that tiered JIT has
        // reached optimized code before anything is timed.
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed.TotalSeconds < 2)
        {
            tagPass();
            pipelinePass();
        }
        double tagSeconds = Timing.Best(passes, tagPass);
        double pipelineSeconds = Timing.Best(passes, pipelinePass);
        double mbPerSecond = bytes / 1e6 / tagSeconds;

        var all = ours.Counts();
        Console.WriteLine($"timex: {documents.Count} documents, {bytes / 1e6:F2} MB of text, {all.Gold} gold TIMEX3s (DCT left out)");
        Console.WriteLine();
        TimexTables.PrintOverall(("ours", ours));
        Console.WriteLine();
        TimexTables.PrintBreakdowns(ours);
        Console.WriteLine();
        Console.WriteLine($"ours: {mbPerSecond:F2} MB/s, {documents.Count / tagSeconds:N0} documents/s (time tagging alone, warm, one thread, best of {passes} after 2 s of warm-up);"
            + $" {bytes / 1e6 / pipelineSeconds:F2} MB/s with tokenizer and sentence splitter");
        Console.WriteLine($"ours: output (JSON Lines, offsets into each TEXT) in {outputPath}");

        var metrics = new Dictionary<string, object>
        {
            ["task"] = "timex",
            ["gold"] = Path.GetFileName(Path.TrimEndingDirectorySeparator(o.Gold)),
            ["documents"] = documents.Count,
            ["goldTimexes"] = all.Gold,
            ["systemTimexes"] = all.System,
        };
        AddScores(metrics, "", ours);
        metrics["mbPerSecond"] = Math.Round(mbPerSecond, 2);
        metrics["documentsPerSecond"] = Math.Round(documents.Count / tagSeconds);
        metrics["mbPerSecondWithTokenizer"] = Math.Round(bytes / 1e6 / pipelineSeconds, 2);

        if (o.Peer is { } peer)
        {
            if (!peer.Equals("chrono", StringComparison.OrdinalIgnoreCase))
            {
                Console.Error.WriteLine($"error: unknown peer '{peer}' (known: chrono)");
                return 1;
            }
            if (ChronoPeer.Run(documents, passes) is not { } chrono) return 1;
            var theirs = new TimexScorer();
            foreach (var d in documents) theirs.Add(d, chrono.Timexes.GetValueOrDefault(d.Id, []));
            double theirMbPerSecond = bytes / 1e6 / chrono.Seconds;
            Console.WriteLine();
            Console.WriteLine("chrono-node (every result a DATE):");
            TimexTables.PrintOverall(("ours", ours), ("chrono", theirs));
            Console.WriteLine($"chrono: {theirMbPerSecond:F2} MB/s, {documents.Count / chrono.Seconds:N0} documents/s (parse alone, warm, one thread, best of {passes})");
            var (o1, t1) = (ours.Counts(), theirs.Counts());
            var (oDate, tDate) = (ours.Counts("DATE"), theirs.Counts("DATE"));
            Console.WriteLine($"ours ÷ chrono: relaxed F1 {Ratio(o1.RelaxedF1, t1.RelaxedF1):F3}, DATE value F1 {Ratio(oDate.ValueF1, tDate.ValueF1):F3}, speed {Ratio(mbPerSecond, theirMbPerSecond):F2}");
            metrics["peer"] = "chrono";
            AddScores(metrics, "peer", theirs);
            metrics["peerMbPerSecond"] = Math.Round(theirMbPerSecond, 2);
            metrics["relaxedF1Ratio"] = Math.Round(Ratio(o1.RelaxedF1, t1.RelaxedF1), 4);
            metrics["dateValueF1Ratio"] = Math.Round(Ratio(oDate.ValueF1, tDate.ValueF1), 4);
            metrics["speedRatio"] = Math.Round(Ratio(mbPerSecond, theirMbPerSecond), 2);
        }
        Console.WriteLine(JsonSerializer.Serialize(metrics));
        return 0;
    }

    private sealed record TaggerInput(TimeMlDocument Document, Token[] Tokens, PartialDate? Date);

    /// <summary>The .tml documents under --gold in path order (first --limit of them); unreadable ones reported and skipped.</summary>
    private static List<TimeMlDocument>? Documents(BenchOptions o)
    {
        string[] paths;
        if (Directory.Exists(o.Gold)) paths = Directory.GetFiles(o.Gold, "*.tml", SearchOption.AllDirectories);
        else if (File.Exists(o.Gold)) paths = [o.Gold];
        else
        {
            Console.Error.WriteLine($"error: {o.Gold}: no such folder or .tml file");
            return null;
        }
        Array.Sort(paths, StringComparer.Ordinal);
        var documents = new List<TimeMlDocument>();
        foreach (var path in paths.Take(o.Limit ?? int.MaxValue))
        {
            try
            {
                documents.Add(TimeMlReader.Read(path));
            }
            catch (FormatException e)
            {
                Console.Error.WriteLine($"error: {e.Message}");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"error: {path}: {e.Message}");
            }
        }
        // Document ids key the peer's output: make them unique.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < documents.Count; i++)
            if (!seen.Add(documents[i].Id)) documents[i] = documents[i] with { Id = $"{documents[i].Id}#{i}" };
        return documents;
    }

    /// <summary>The DCT's date as far as its value gives it ("1998-01-08", "1998-01-08T18:30", "1998-01", "1998"), or null.</summary>
    internal static PartialDate? DocumentDate(TimeMlTimex? dct)
    {
        if (dct is null) return null;
        var v = dct.Value;
        static int? Number(string v, int start, int length) =>
            v.Length >= start + length && int.TryParse(v.AsSpan(start, length), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
        if (Number(v, 0, 4) is not { } year || year < 1) return null;
        int? month = v.Length >= 7 && v[4] == '-' ? Number(v, 5, 2) : null;
        int? day = month is not null && v.Length >= 10 && v[7] == '-' ? Number(v, 8, 2) : null;
        try
        {
            return new PartialDate(year, month, day);
        }
        catch (ArgumentOutOfRangeException)
        {
            return new PartialDate(year);
        }
    }

    private static TimeMlTimex ToTimex(TimeExpression t, int index) =>
        new($"s{index + 1}", t.Type.ToString().ToUpperInvariant(), t.Value, t.Mod, null, null, t.Start, t.End, t.Text);

    private static void AddScores(Dictionary<string, object> metrics, string prefix, TimexScorer scorer)
    {
        var c = scorer.Counts();
        string Key(string name) => prefix.Length == 0 ? name : prefix + char.ToUpperInvariant(name[0]) + name[1..];
        metrics[Key("strictF1")] = Round(c.StrictF1);
        metrics[Key("strictPrecision")] = Round(c.Precision(c.Strict));
        metrics[Key("strictRecall")] = Round(c.Recall(c.Strict));
        metrics[Key("relaxedF1")] = Round(c.RelaxedF1);
        metrics[Key("relaxedPrecision")] = Round(c.Precision(c.Relaxed));
        metrics[Key("relaxedRecall")] = Round(c.Recall(c.Relaxed));
        metrics[Key("typeF1")] = Round(c.TypeF1);
        metrics[Key("valueF1")] = Round(c.ValueF1);
        metrics[Key("valuePrecision")] = Round(c.Precision(c.ValueCorrect));
        metrics[Key("valueRecall")] = Round(c.Recall(c.ValueCorrect));
        metrics[Key("valueAccuracy")] = Round(c.ValueAccuracy);
        metrics[Key("dateValueF1")] = Round(scorer.Counts("DATE").ValueF1);
    }

    private static double Round(double x) => Math.Round(x, 4);

    private static double Ratio(double a, double b) => b == 0 ? 0 : a / b;
}
