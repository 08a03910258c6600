using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Sitrep.Nlp.Corpora;
using Sitrep.Nlp.Tagging;

namespace Sitrep.Bench.Tasks;

/// <summary>
/// `pos`: tags the gold words of a CoNLL-U file (gold tokenization: syntactic words, multiword
/// ranges skipped) with the shipped tagger and scores UPOS and XPOS accuracy over all words,
/// punctuation included. Speed is tagging alone (words given as strings), warm, one thread, best
/// of max(3, --repeat) passes. The predictions are written as CoNLL-U to the temp folder for the
/// reference scorer (../shared/tools/scorers/conllu_pos.py). `--peer opennlp` runs Apache OpenNLP's
/// POS tagger on the same words (<see cref="OpenNlpPosPeer"/>) and adds its figures and the ratios.
/// </summary>
public static class PosTask
{
    public static int Run(BenchOptions o)
    {
        var load = Stopwatch.StartNew();
        var tagger = PosTagger.Default;
        load.Stop();

        if (GoldTreebank.Read(o) is not { } gold) return 1;
        var words = gold.Select(s => s.Tokens.Select(t => t.Form).ToArray()).ToList();
        long tokens = words.Sum(w => (long)w.Length);

        // Scored pass (also the warm-up of the timed passes below).
        var accuracy = new PosAccuracy();
        var predicted = new List<ConlluSentence>(gold.Count);
        for (int i = 0; i < gold.Count; i++)
        {
            var tags = tagger.Tag(words[i]);
            accuracy.Add(gold[i].Tokens, tags);
            predicted.Add(gold[i] with { Tokens = gold[i].Tokens.Select((t, k) => t with { Upos = tags.Upos(k), Xpos = tags.Xpos(k) }).ToList() });
        }
        var predictionsPath = Path.Combine(Path.GetTempPath(), "sitrep-bench-pos", Path.GetFileNameWithoutExtension(o.Gold) + ".predicted.conllu");
        Directory.CreateDirectory(Path.GetDirectoryName(predictionsPath)!);
        using (var writer = new StreamWriter(predictionsPath)) ConlluReader.Write(writer, predicted);

        double best = Timing.Best(Math.Max(3, o.Repeat), () =>
        {
            foreach (var sentence in words) tagger.Tag(sentence);
        });
        double tokensPerSecond = tokens / best;

        var metrics = new Dictionary<string, object>
        {
            ["task"] = "pos",
            ["gold"] = Path.GetFileName(o.Gold),
            ["sentences"] = gold.Count,
            ["tokens"] = tokens,
            ["upos"] = Math.Round(accuracy.Upos / 100, 4),
            ["xpos"] = Math.Round(accuracy.Xpos / 100, 4),
            ["tokensPerSecond"] = Math.Round(tokensPerSecond),
            ["modelLoadSeconds"] = Math.Round(load.Elapsed.TotalSeconds, 2),
        };

        if (o.Peer is { } peer)
        {
            if (!peer.Equals("opennlp", StringComparison.OrdinalIgnoreCase))
            {
                Console.Error.WriteLine($"error: unknown peer '{peer}' for pos (known: opennlp)");
                return 2;
            }
            var result = OpenNlpPosPeer.Run(o.Gold, gold, Console.Error.WriteLine);
            if (result is null) return 1;
            metrics["peer"] = "opennlp";
            metrics["peerVersion"] = result.Version;
            metrics["peerUpos"] = Math.Round(result.Upos / 100, 4);
            metrics["peerTokensPerSecond"] = Math.Round(result.WarmTokensPerSecond);
            metrics["peerTokensPerSecondOnePass"] = Math.Round(result.OnePassTokensPerSecond);
            metrics["peerStartupSeconds"] = Math.Round(result.StartupSeconds, 2);
            metrics["peerWallSeconds"] = Math.Round(result.WallSeconds, 2);
            if (result.TrainSeconds is { } trained) metrics["peerTrainSeconds"] = Math.Round(trained, 1);
            metrics["uposRatio"] = Math.Round(accuracy.Upos / result.Upos, 4);
            metrics["speedRatio"] = Math.Round(tokensPerSecond / result.WarmTokensPerSecond, 2);
        }

        Console.WriteLine($"{"metric",-28} value");
        foreach (var (k, v) in metrics)
        {
            bool score = k is "upos" or "xpos" or "peerUpos";
            string shown = score && v is double d
                ? (d * 100).ToString("F2", CultureInfo.InvariantCulture) + " %"
                : Convert.ToString(v, CultureInfo.InvariantCulture) ?? "";
            Console.WriteLine($"{k,-28} {shown}");
        }
        Console.WriteLine($"predictions (CoNLL-U): {predictionsPath}");
        Console.WriteLine(JsonSerializer.Serialize(metrics));
        return 0;
    }
}
