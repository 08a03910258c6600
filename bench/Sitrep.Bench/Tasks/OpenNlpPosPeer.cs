using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Sitrep.Nlp.Corpora;

namespace Sitrep.Bench.Tasks;

/// <summary>What the OpenNLP POS tagger scored and how fast it ran.</summary>
internal sealed record OpenNlpPosResult(string Version, double Upos, double WarmTokensPerSecond, double OnePassTokensPerSecond,
    double StartupSeconds, double WallSeconds, double? TrainSeconds);

/// <summary>
/// The Apache OpenNLP peer of the `pos` task, run from Debian's `opennlp` package (installed by
/// `apt-get install -y opennlp`, never by the product). Its POSTaggerTrainer is trained with its
/// defaults (maxent, 100 iterations, cutoff 5, default feature generator and no tag dictionary) on
/// the UD training file next to the gold file, converted to OpenNLP's word_TAG sentences with UPOS
/// tags (spaces inside a word become '_', as in the reference scorer); the model is cached in the
/// temp folder, keyed by the training data's hash. Its POSTagger then tags the gold words, one
/// sentence per line, and is scored on UPOS like ours.
/// Speed: OpenNLP's own "Runtime" (the tagging loop, after JVM start and model load). The warm
/// figure is the marginal rate of tagging the words 10 times over versus once (JIT warm-up
/// excluded); start-up is the wall time of a three-sentence run.
/// </summary>
internal static class OpenNlpPosPeer
{
    private const int Passes = 10;

    public static OpenNlpPosResult? Run(string goldPath, IReadOnlyList<ConlluSentence> gold, Action<string> log)
    {
        var opennlp = FindOpenNlp();
        if (opennlp is null)
        {
            log("error: opennlp is not installed (apt-get install -y opennlp)");
            return null;
        }
        var trainPath = TrainFileFor(goldPath);
        if (trainPath is null)
        {
            log($"error: no training file next to {goldPath} (expected its name with -train for -dev/-test)");
            return null;
        }
        var work = Path.Combine(Path.GetTempPath(), "sitrep-bench-pos");
        Directory.CreateDirectory(work);

        var trainText = WordTags(ConlluReader.Read(trainPath));
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(trainText)))[..16].ToLowerInvariant();
        var model = Path.Combine(work, $"opennlp-pos-{hash}.bin");
        double? trainSeconds = null;
        if (!File.Exists(model))
        {
            var data = Path.Combine(work, $"train-{hash}.wordtag");
            File.WriteAllText(data, trainText);
            log($"opennlp: training POSTaggerTrainer on {Path.GetFileName(trainPath)} (defaults: maxent, 100 iterations, cutoff 5) ...");
            var partial = model + ".partial";
            var train = Exec(opennlp, ["POSTaggerTrainer", "-lang", "en", "-model", partial, "-data", data, "-encoding", "UTF-8"], null);
            if (train.Exit != 0 || !File.Exists(partial))
            {
                log($"error: opennlp POSTaggerTrainer failed ({train.Exit}): {Tail(train.Error)}");
                return null;
            }
            File.Move(partial, model, overwrite: true);
            trainSeconds = train.Seconds;
        }

        var lines = gold.Select(s => string.Join(' ', s.Tokens.Select(t => Word(t.Form)))).ToList();
        string once = string.Join('\n', lines) + "\n";
        string many = string.Concat(Enumerable.Repeat(once, Passes));
        string tiny = string.Join('\n', lines.Take(3)) + "\n";

        var startup = Exec(opennlp, ["POSTagger", model], tiny);
        var one = Exec(opennlp, ["POSTagger", model], once);
        var repeated = Exec(opennlp, ["POSTagger", model], many);
        foreach (var run in new[] { startup, one, repeated })
            if (run.Exit != 0)
            {
                log($"error: opennlp POSTagger failed ({run.Exit}): {Tail(run.Error)}");
                return null;
            }

        int tokens = gold.Sum(s => s.Tokens.Count), correct = 0;
        var tagged = one.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (tagged.Length != gold.Count)
        {
            log($"error: opennlp returned {tagged.Length} sentences for {gold.Count}");
            return null;
        }
        for (int s = 0; s < gold.Count; s++)
        {
            var items = tagged[s].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (items.Length != gold[s].Tokens.Count)
            {
                log($"error: opennlp returned {items.Length} words for {gold[s].Tokens.Count} in sentence {s + 1}");
                return null;
            }
            for (int i = 0; i < items.Length; i++)
            {
                int cut = items[i].LastIndexOf('_');
                if (cut >= 0 && items[i][(cut + 1)..] == gold[s].Tokens[i].Upos) correct++;
            }
        }

        double runtimeOne = Runtime(one.Error), runtimeMany = Runtime(repeated.Error);
        double warm = runtimeMany > runtimeOne ? (Passes - 1) * (double)tokens / (runtimeMany - runtimeOne) : tokens / runtimeOne;
        return new OpenNlpPosResult(Version(opennlp), 100.0 * correct / tokens, warm, tokens / runtimeOne, startup.Seconds, one.Seconds, trainSeconds);
    }

    /// <summary>en_ewt-ud-dev.conllu → en_ewt-ud-train.conllu(.gz) in the same folder.</summary>
    private static string? TrainFileFor(string goldPath)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(goldPath))!;
        var name = Path.GetFileName(goldPath);
        foreach (var split in new[] { "-dev", "-test" })
        {
            int at = name.LastIndexOf(split, StringComparison.Ordinal);
            if (at < 0) continue;
            var baseName = name[..at] + "-train" + name[(at + split.Length)..];
            if (baseName.EndsWith(".gz", StringComparison.Ordinal)) baseName = baseName[..^3];
            foreach (var candidate in new[] { baseName, baseName + ".gz" })
                if (File.Exists(Path.Combine(dir, candidate))) return Path.Combine(dir, candidate);
        }
        return null;
    }

    private static string WordTags(IEnumerable<ConlluSentence> sentences)
    {
        var sb = new StringBuilder();
        foreach (var s in sentences)
        {
            sb.AppendJoin(' ', s.Tokens.Select(t => Word(t.Form) + "_" + t.Upos));
            sb.Append('\n');
        }
        return sb.ToString();
    }

    private static string Word(string form) => form.Replace(' ', '_');

    private static string? FindOpenNlp()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin").Split(':').Append("/usr/bin"))
        {
            var path = Path.Combine(dir, "opennlp");
            if (File.Exists(path)) return path;
        }
        return null;
    }

    private static string Version(string opennlp)
    {
        var m = Regex.Match(Exec(opennlp, [], null).Output, @"OpenNLP (\S+)\.\s");
        return m.Success ? m.Groups[1].Value : "unknown";
    }

    /// <summary>OpenNLP's own timing line of the tagging loop, e.g. "Runtime: 1.764s".</summary>
    private static double Runtime(string stderr)
    {
        var m = Regex.Match(stderr, @"Runtime:\s*([0-9.]+)s");
        return m.Success ? double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : double.NaN;
    }

    private static string Tail(string text) => text.Length <= 400 ? text.Trim() : text[^400..].Trim();

    private sealed record Execution(int Exit, string Output, string Error, double Seconds);

    private static Execution Exec(string program, string[] args, string? input)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var a in args) start.ArgumentList.Add(a);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using (var stdin = new StreamWriter(process.StandardInput.BaseStream, new UTF8Encoding(false)))
            if (input is not null) stdin.Write(input);
        process.WaitForExit();
        clock.Stop();
        return new Execution(process.ExitCode, output.Result, error.Result, clock.Elapsed.TotalSeconds);
    }
}
