using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Sitrep.Nlp.Corpora;
using Sitrep.Nlp.Models;
using Sitrep.Nlp.Parsing;
using Sitrep.Nlp.Tagging;

namespace Sitrep.Bench.Tasks;

/// <summary>
/// `parse`: parses the gold words of a CoNLL-U file with the shipped parser and scores UAS and LAS
/// over all words, punctuation included, as the CoNLL 2018 shared task does (LAS compares the
/// universal part of the relation). The headline `uas`/`las` use the GOLD UPOS and XPOS tags; when
/// the POS tagger's model ships, the same words are also parsed with PREDICTED tags
/// (`uasPredictedTags`, `lasPredictedTags`). Speed is parsing alone (tags given), warm, one thread,
/// best of --repeat runs.
/// </summary>
public static class ParseTask
{
    public static int Run(BenchOptions o)
    {
        var load = Stopwatch.StartNew();
        var parser = DependencyParser.Default;
        load.Stop();

        if (GoldTreebank.Read(o) is not { } gold) return 1;
        var words = gold.Select(s => s.Tokens.Select(t => t.Form).ToArray()).ToList();
        var upos = gold.Select(s => s.Tokens.Select(t => t.Upos).ToArray()).ToList();
        var xpos = gold.Select(s => s.Tokens.Select(t => t.Xpos).ToArray()).ToList();
        long tokens = words.Sum(w => (long)w.Length);

        var scores = ParserEvaluator.Evaluate(parser, gold);

        // Warm: the evaluation above ran every path once; time the bare parse of the same input.
        double best = Timing.Best(o.Repeat, () =>
        {
            for (int i = 0; i < words.Count; i++) parser.Parse(words[i], upos[i], xpos[i]);
        });

        AttachmentScores? predicted = null;
        var tagger = LoadTagger();
        if (tagger is not null)
        {
            predicted = ParserEvaluator.Evaluate(parser, gold, tagger);
        }

        var metrics = new Dictionary<string, object>
        {
            ["task"] = "parse",
            ["gold"] = Path.GetFileName(o.Gold),
            ["tags"] = "gold",
            ["sentences"] = scores.Sentences,
            ["tokens"] = tokens,
            ["uas"] = Math.Round(scores.Uas, 4),
            ["las"] = Math.Round(scores.Las, 4),
            ["lasWithSubtypes"] = Math.Round(scores.LasWithSubtypes, 4),
        };
        if (predicted is not null)
        {
            metrics["uasPredictedTags"] = Math.Round(predicted.Uas, 4);
            metrics["lasPredictedTags"] = Math.Round(predicted.Las, 4);
        }
        else metrics["predictedTags"] = "not measured: no POS tagger model";
        metrics["tokensPerSecond"] = Math.Round(tokens / best);
        metrics["modelLoadSeconds"] = Math.Round(load.Elapsed.TotalSeconds, 2);

        Console.WriteLine($"{"metric",-22} value");
        foreach (var (k, v) in metrics)
        {
            bool score = k.StartsWith("uas", StringComparison.Ordinal) || k.StartsWith("las", StringComparison.Ordinal);
            string shown = score && v is double d
                ? (d * 100).ToString("F2", CultureInfo.InvariantCulture) + " %"
                : Convert.ToString(v, CultureInfo.InvariantCulture) ?? "";
            Console.WriteLine($"{k,-22} {shown}");
        }
        Console.WriteLine(JsonSerializer.Serialize(metrics));
        return 0;
    }

    /// <summary>The shipped POS tagger, or null when its model is not there (the parse is then scored on gold tags only).</summary>
    private static PosTagger? LoadTagger()
    {
        try
        {
            ModelFiles.Find(PosTagger.DefaultModelName);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        return PosTagger.Default;
    }
}
