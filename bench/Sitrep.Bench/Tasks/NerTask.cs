using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Sitrep.Nlp.Corpora;
using Sitrep.Nlp.Entities;

namespace Sitrep.Bench.Tasks;

/// <summary>
/// `ner`: entity F1 (conlleval rules: exact span and type) of <see cref="EntityRecognizer.Default"/> on a
/// CoNLL-2003 file, overall and per type, and its warm single-thread speed. `--limit N` keeps the first N
/// sentences; `--repeat N` times N passes. `--peer opennlp` trains Apache OpenNLP's name finder on the
/// eng.train next to the gold file (cached in the temp folder), tags the same sentences and scores them
/// the same way. Our output is also written in OpenNLP markup (path printed) so that
/// ../shared/tools/scorers/conll_ner.py can score both.
/// </summary>
public static class NerTask
{
    private static readonly string WorkFolder = Path.Combine(Path.GetTempPath(), "sitrep-bench-ner");

    public static int Run(BenchOptions o)
    {
        if (!File.Exists(o.Gold))
        {
            Console.Error.WriteLine($"error: {o.Gold}: no such CoNLL-2003 file");
            return 1;
        }
        var load = Stopwatch.StartNew();
        var recognizer = EntityRecognizer.Default;
        load.Stop();

        var documents = NerTrainer.Documents(o.Gold);
        if (o.Limit is { } limit) documents = Limit(documents, limit);
        var inputs = documents.Select(d => (IReadOnlyList<IReadOnlyList<string>>)d.Select(s => s.Words).ToArray()).ToArray();
        long tokens = documents.Sum(d => d.Sum(s => (long)s.Words.Count));
        int sentenceCount = documents.Sum(d => d.Count);

        // Warm-up pass (JIT, lazy tables), which also gives the output that is scored.
        var predicted = inputs.Select(recognizer.TagNames).ToArray();
        GC.Collect();
        var clock = Stopwatch.StartNew();
        for (int r = 0; r < o.Repeat; r++)
            foreach (var doc in inputs) recognizer.Tag(doc);
        clock.Stop();
        double tokensPerSecond = tokens * o.Repeat / clock.Elapsed.TotalSeconds;

        var ours = new EntityScorer();
        for (int d = 0; d < documents.Count; d++)
            for (int s = 0; s < documents[d].Count; s++)
                ours.Add(Conll2003Reader.Spans(documents[d][s].Tags), Conll2003Reader.Spans(predicted[d][s]));
        Directory.CreateDirectory(WorkFolder);
        var oursPath = Path.Combine(WorkFolder, "ours.tagged.txt");
        File.WriteAllText(oursPath, Markup(documents, predicted.Select(d => d.Select(s => (IReadOnlyList<string>)s).ToArray()).ToArray()));

        var metrics = new Dictionary<string, object>
        {
            ["task"] = "ner",
            ["gold"] = Path.GetFileName(o.Gold),
            ["sentences"] = sentenceCount,
            ["tokens"] = tokens,
            ["f1"] = Round(ours.F1()),
            ["precision"] = Round(ours.Precision()),
            ["recall"] = Round(ours.Recall()),
        };
        foreach (var type in EntityLabels.Types) metrics[type] = Round(ours.F1(type));
        metrics["tokensPerSecond"] = Math.Round(tokensPerSecond);
        metrics["modelLoadSeconds"] = Math.Round(load.Elapsed.TotalSeconds, 2);

        Console.WriteLine($"{"",-10} {"F1",7} {"P",7} {"R",7}");
        PrintRow("ours", ours);
        foreach (var type in EntityLabels.Types) PrintRow("  " + type, ours, type);
        Console.WriteLine($"ours: {tokensPerSecond:N0} tokens/s (warm, one thread, {o.Repeat} pass(es) over {tokens:N0} tokens); output in {oursPath}");

        if (o.Peer is { } peer)
        {
            if (!peer.Equals("opennlp", StringComparison.OrdinalIgnoreCase))
            {
                Console.Error.WriteLine($"error: unknown peer '{peer}' (known: opennlp)");
                return 1;
            }
            var result = RunOpenNlp(o.Gold, documents);
            if (result is null) return 1;
            var (theirs, theirSpeed) = result.Value;
            PrintRow("opennlp", theirs);
            foreach (var type in EntityLabels.Types) PrintRow("  " + type, theirs, type);
            Console.WriteLine($"opennlp: {theirSpeed:N0} tokens/s (warm: extra passes ÷ extra runtime)");
            Console.WriteLine($"ours ÷ opennlp: F1 {ours.F1() / theirs.F1():F3}, speed {tokensPerSecond / theirSpeed:F2}");
            metrics["peer"] = "opennlp";
            metrics["peerF1"] = Round(theirs.F1());
            metrics["peerPrecision"] = Round(theirs.Precision());
            metrics["peerRecall"] = Round(theirs.Recall());
            foreach (var type in EntityLabels.Types) metrics["peer" + type] = Round(theirs.F1(type));
            metrics["peerTokensPerSecond"] = Math.Round(theirSpeed);
            metrics["f1Ratio"] = Math.Round(ours.F1() / theirs.F1(), 4);
            metrics["speedRatio"] = Math.Round(tokensPerSecond / theirSpeed, 2);
        }
        Console.WriteLine(JsonSerializer.Serialize(metrics));
        return 0;
    }

    private static double Round(double x) => Math.Round(x, 4);

    private static void PrintRow(string name, EntityScorer s, string? type = null) =>
        Console.WriteLine($"{name,-10} {100 * s.F1(type),7:F2} {100 * s.Precision(type),7:F2} {100 * s.Recall(type),7:F2}");

    private static List<List<Conll2003Sentence>> Limit(List<List<Conll2003Sentence>> documents, int sentences)
    {
        var kept = new List<List<Conll2003Sentence>>();
        foreach (var doc in documents)
        {
            if (sentences <= 0) break;
            kept.Add(doc.Take(sentences).ToList());
            sentences -= kept[^1].Count;
        }
        return kept;
    }

    /// <summary>One sentence per line in OpenNLP's name-finder markup; an empty line between documents.</summary>
    private static string Markup(List<List<Conll2003Sentence>> documents, IReadOnlyList<string>[][] tags)
    {
        var sb = new StringBuilder();
        for (int d = 0; d < documents.Count; d++)
        {
            if (d > 0) sb.Append('\n');
            for (int s = 0; s < documents[d].Count; s++)
            {
                var words = documents[d][s].Words;
                var spans = Conll2003Reader.Spans(tags[d][s]);
                var parts = new List<string>();
                for (int i = 0; i < words.Count; i++)
                {
                    foreach (var span in spans) if (span.Start == i) parts.Add($"<START:{span.Type.ToLowerInvariant()}>");
                    parts.Add(words[i]);
                    foreach (var span in spans) if (span.End == i + 1) parts.Add("<END>");
                }
                sb.Append(string.Join(' ', parts)).Append('\n');
            }
        }
        return sb.ToString();
    }

    private static (EntityScorer Scores, double TokensPerSecond)? RunOpenNlp(string gold, List<List<Conll2003Sentence>> documents)
    {
        const string opennlp = "/usr/bin/opennlp";
        if (!File.Exists(opennlp))
        {
            Console.Error.WriteLine("error: /usr/bin/opennlp is missing (apt-get install opennlp)");
            return null;
        }
        var train = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(gold))!, "eng.train");
        var model = Path.Combine(WorkFolder, "opennlp-ner-conll03.bin");
        if (!File.Exists(model))
        {
            Console.WriteLine($"opennlp: training on {train} (cached in {model})");
            var (ok, _, err) = Exec(opennlp, ["TokenNameFinderTrainer.conll03", "-lang", "eng", "-model", model, "-types", "per,loc,org,misc", "-data", train, "-encoding", "UTF-8"], null);
            if (!ok || !File.Exists(model)) { Console.Error.WriteLine($"error: opennlp training failed: {err}"); return null; }
        }
        var text = new StringBuilder();
        for (int d = 0; d < documents.Count; d++)
        {
            if (d > 0) text.Append('\n');
            foreach (var s in documents[d]) text.Append(string.Join(' ', s.Words)).Append('\n');
        }
        var once = text.ToString();
        const int extraPasses = 3;
        var (ran, tagged, log) = Exec(opennlp, ["TokenNameFinder", model], once);
        var (ranRepeated, _, logRepeated) = Exec(opennlp, ["TokenNameFinder", model], string.Concat(Enumerable.Repeat(once + "\n", extraPasses + 1)));
        if (!ran || !ranRepeated) { Console.Error.WriteLine($"error: opennlp tagging failed: {log}"); return null; }

        var lines = tagged.Split('\n').Where(l => l.Trim().Length > 0).ToArray();
        var sentences = documents.SelectMany(d => d).ToArray();
        if (lines.Length != sentences.Length) { Console.Error.WriteLine($"error: opennlp returned {lines.Length} sentences for {sentences.Length}"); return null; }
        var scores = new EntityScorer();
        for (int s = 0; s < sentences.Length; s++) scores.Add(Conll2003Reader.Spans(sentences[s].Tags), ParseMarkup(lines[s]));
        // The CLI's runtime includes JIT warm-up; the warm rate is the extra passes over the extra time.
        double extraSeconds = Runtime(logRepeated) - Runtime(log);
        long tokens = sentences.Sum(s => (long)s.Words.Count);
        return (scores, extraSeconds > 0 ? tokens * extraPasses / extraSeconds : double.NaN);
    }

    private static double Runtime(string log)
    {
        var m = Regex.Match(log, @"Runtime: ([0-9.]+)s");
        return m.Success ? double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : double.NaN;
    }

    private static List<(int Start, int End, string Type)> ParseMarkup(string line)
    {
        var spans = new List<(int, int, string)>();
        int count = 0, start = -1;
        string? type = null;
        foreach (var w in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (w.StartsWith("<START:", StringComparison.Ordinal) && w.EndsWith('>'))
            {
                start = count;
                type = w[7..^1].ToLowerInvariant() switch { "person" or "per" => "PER", "location" or "loc" => "LOC", "organization" or "org" => "ORG", "misc" => "MISC", var t => t.ToUpperInvariant() };
            }
            else if (w == "<END>")
            {
                if (start >= 0) spans.Add((start, count, type!));
                start = -1;
            }
            else count++;
        }
        return spans;
    }

    private static (bool Ok, string Stdout, string Stderr) Exec(string file, string[] args, string? stdin)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = stdin is not null, UseShellExecute = false };
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
            process.StandardInput.Close();
        }
        process.WaitForExit();
        return (process.ExitCode == 0, stdout.Result, stderr.Result);
    }
}
