using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Sitrep.Nlp.Corpora;
using Sitrep.Nlp.Models;

namespace Sitrep.Nlp.Tagging;

/// <summary>
/// Trains a <see cref="PosTagger"/> on CoNLL-U data (UD English EWT for the committed model):
/// greedy left-to-right averaged perceptron, trained on its own predicted history, sentences
/// shuffled each epoch with a fixed seed, so the same data and options give the same model.
/// </summary>
public static class PosTrainer
{
    /// <summary>The name of the committed model in models/manifest.json.</summary>
    public const string ManifestName = "pos-ewt";

    /// <summary>Trains on the gold sentences and returns the averaged, pruned tagger (nothing is written).</summary>
    public static PosTagger Train(IReadOnlyList<ConlluSentence> train, PosTrainingOptions? options = null, Action<string>? progress = null)
    {
        options ??= new PosTrainingOptions();
        var (tagger, learner) = TrainUnpruned(train, options, progress);
        return Prune(tagger, learner, options, progress);
    }

    /// <summary>
    /// Trains on <paramref name="trainPath"/> (CoNLL-U), scores on <paramref name="devPath"/> before and
    /// after pruning, writes the model to <paramref name="modelPath"/> and records it as
    /// <see cref="ManifestName"/>, with data, settings and dev scores, in the manifest
    /// (<see cref="PosTrainingOptions.ManifestPath"/>, or manifest.json next to the model).
    /// </summary>
    public static PosTrainingReport Train(string trainPath, string devPath, string modelPath, PosTrainingOptions? options = null, Action<string>? progress = null)
    {
        options ??= new PosTrainingOptions();
        var clock = Stopwatch.StartNew();
        var train = ConlluReader.Read(trainPath).ToList();
        var dev = ConlluReader.Read(devPath).ToList();
        var (unprunedTagger, learner) = TrainUnpruned(train, options, progress);
        var seconds = clock.Elapsed.TotalSeconds;
        int before = unprunedTagger.FeatureCount;
        var unpruned = PosAccuracy.Measure(unprunedTagger, dev);
        progress?.Invoke($"dev before pruning: UPOS {unpruned.Upos:F2} XPOS {unpruned.Xpos:F2} ({before:N0} features, {unprunedTagger.WeightCount:N0} weights)");
        var tagger = Prune(unprunedTagger, learner, options, progress);
        var pruned = PosAccuracy.Measure(tagger, dev);
        progress?.Invoke($"dev: UPOS {pruned.Upos:F2} XPOS {pruned.Xpos:F2} ({tagger.FeatureCount:N0} features)");
        tagger.Save(modelPath);
        long bytes = new FileInfo(modelPath).Length;
        var report = new PosTrainingReport(train.Count, train.Sum(s => s.Tokens.Count), tagger.TagSet.Count, before, tagger.FeatureCount, tagger.WeightCount,
            Math.Round(unpruned.Upos, 2), Math.Round(unpruned.Xpos, 2), Math.Round(pruned.Upos, 2), Math.Round(pruned.Xpos, 2),
            pruned.Tokens, bytes, Math.Round(seconds, 1));
        var manifest = options.ManifestPath ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(modelPath))!, "manifest.json");
        ModelManifest.Record(manifest, ManifestName, Entry(trainPath, devPath, modelPath, options, report));
        return report;
    }

    private static JsonObject Entry(string trainPath, string devPath, string modelPath, PosTrainingOptions o, PosTrainingReport r) => new()
    {
        ["file"] = Path.GetFileName(modelPath),
        ["task"] = "part-of-speech tagging (UPOS + XPOS as one joint class), greedy left-to-right averaged perceptron",
        ["data"] = "UD English EWT (CC BY-SA 4.0): train split; dev split for the scores"
            + (o.UnlabeledText.Count > 0 ? "; word clusters from the train words and " + string.Join(", ", o.UnlabeledText.Select(FileName)) : ""),
        ["train"] = Path.GetFileName(trainPath),
        ["dev"] = Path.GetFileName(devPath),
        ["date"] = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["settings"] = new JsonObject
        {
            ["epochs"] = o.Epochs,
            ["seed"] = o.Seed,
            ["ensemble"] = o.Ensemble,
            ["pruneThreshold"] = o.PruneThreshold,
            ["ambiguityMinCount"] = o.AmbiguityMinCount,
            ["ambiguityMinShare"] = o.AmbiguityMinShare,
            ["knownMinCount"] = o.KnownMinCount,
            ["knownMinShare"] = o.KnownMinShare,
            ["clusters"] = o.UnlabeledText.Count == 0 ? "none" : o.Clusters.Describe(),
            ["classes"] = r.Classes,
        },
        ["trainSentences"] = r.TrainSentences,
        ["trainTokens"] = r.TrainTokens,
        ["features"] = r.Features,
        ["weights"] = r.Weights,
        ["featuresBeforePruning"] = r.FeaturesBeforePruning,
        ["bytes"] = r.ModelBytes,
        ["trainingSeconds"] = r.TrainSeconds,
        ["devScores"] = new JsonObject
        {
            ["upos"] = r.DevUpos,
            ["xpos"] = r.DevXpos,
            ["uposBeforePruning"] = r.DevUposBeforePruning,
            ["xposBeforePruning"] = r.DevXposBeforePruning,
            ["words"] = r.DevTokens,
        },
    };

    private static string FileName(string path) => Path.GetFileName(Path.TrimEndingDirectorySeparator(path));

    /// <summary>Trains, averages and compiles all weights; the learner can compile a pruned model after the full one is scored.</summary>
    internal static (PosTagger Tagger, PosLearner Learner) TrainUnpruned(IReadOnlyList<ConlluSentence> train, PosTrainingOptions options, Action<string>? log)
    {
        if (train.Count == 0) throw new ArgumentException("no training sentences", nameof(train));
        if (options.Ensemble < 1) throw new ArgumentOutOfRangeException(nameof(options), "the ensemble needs at least one model");
        // Classes in order of frequency: the argmax breaks ties towards the lower index, i.e. the commoner pair.
        var pairs = train.SelectMany(s => s.Tokens).GroupBy(t => (t.Upos, t.Xpos))
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Upos, StringComparer.Ordinal).ThenBy(g => g.Key.Xpos, StringComparer.Ordinal)
            .Select(g => new PosTag(g.Key.Upos, g.Key.Xpos));
        var tags = new PosTagSet(pairs);

        var words = new PosWord[train.Count][];
        var gold = new int[train.Count][];
        for (int s = 0; s < train.Count; s++)
        {
            var tokens = train[s].Tokens;
            words[s] = new PosWord[tokens.Count];
            gold[s] = new int[tokens.Count];
            for (int i = 0; i < tokens.Count; i++)
            {
                PosWord.Describe(tokens[i].Form, ref words[s][i]);
                gold[s][i] = tags.IndexOf(tokens[i].Upos, tokens[i].Xpos);
            }
        }
        var lexicon = PosLexicon.Build(words.Zip(gold).SelectMany(p => p.First.Zip(p.Second, (w, c) => (w.Form, w.LowerKey, c))), tags,
            options.AmbiguityMinCount, options.AmbiguityMinShare, options.KnownMinCount, options.KnownMinShare);
        WordClusters? clusters = null;
        if (options.UnlabeledText.Count > 0)
        {
            var text = train.Select(s => (IReadOnlyList<string>)s.Tokens.Select(t => t.Form).ToArray())
                .Concat(options.UnlabeledText.SelectMany(RawText.Read));
            clusters = WordClusters.Build(text, options.Clusters, log);
        }
        var tagger = new PosTagger(tags, lexicon, clusters, PosWeights.Empty(tags.Count));
        foreach (var sentence in words)
            for (int i = 0; i < sentence.Length; i++) tagger.Annotate(ref sentence[i]);
        int tokenCount = gold.Sum(g => g.Length);
        var members = new List<PosLearner>();
        for (int member = 0; member < options.Ensemble; member++)
        {
            var one = new PosLearner(tags.Count);
            var order = Enumerable.Range(0, train.Count).ToArray();
            var random = new Random(options.Seed + member);
            for (int epoch = 1; epoch <= options.Epochs; epoch++)
            {
                var clock = Stopwatch.StartNew();
                random.Shuffle(order);
                int correct = 0;
                foreach (int s in order) correct += one.Learn(words[s], gold[s]);
                log?.Invoke($"{(options.Ensemble > 1 ? $"model {member + 1} " : "")}epoch {epoch}: train accuracy {100.0 * correct / tokenCount:F2} ({one.FeatureCount:N0} features, {clock.Elapsed.TotalSeconds:F1}s)");
            }
            one.Average();
            members.Add(one);
        }
        var learner = PosLearner.Mean(members);
        return (tagger.With(learner.Compile(0)), learner);
    }

    internal static PosTagger Prune(PosTagger tagger, PosLearner learner, PosTrainingOptions options, Action<string>? log)
    {
        if (options.PruneThreshold <= 0) return tagger;
        var pruned = tagger.With(learner.Compile(options.PruneThreshold));
        log?.Invoke($"pruned at {options.PruneThreshold}: {tagger.FeatureCount:N0} → {pruned.FeatureCount:N0} features, {tagger.WeightCount:N0} → {pruned.WeightCount:N0} weights");
        return pruned;
    }
}
