using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Sitrep.Nlp.Corpora;
using Sitrep.Nlp.Learning;
using Sitrep.Nlp.Models;
using Sitrep.Nlp.Tagging;

namespace Sitrep.Nlp.Parsing;

/// <summary>
/// Trains a <see cref="DependencyParser"/> on CoNLL-U treebanks (with jackknifed or gold tags), the arc-eager
/// dynamic oracle and error exploration (Goldberg &amp; Nivre 2012, 2013): at every step the
/// perceptron is updated towards the best-scoring zero-cost transition when its own choice has a
/// cost. Sentences whose gold tree is not projective are skipped (arc-eager cannot build them).
/// The labeller learns from the arcs that are right, with the gold relation as its answer.
/// </summary>
public static class ParserTrainer
{
    /// <summary>
    /// Trains on <paramref name="trainPath"/> with jackknifed tags (gold tags when
    /// <see cref="ParserTrainingOptions.JackknifeFolds"/> is 0), scores on <paramref name="devPath"/> (if
    /// given) with gold tags and with the tags of <see cref="ParserTrainingOptions.DevTagger"/>, writes the
    /// model to <paramref name="outPath"/> and records it in the manifest (models/manifest.json next to
    /// it unless <see cref="ParserTrainingOptions.ManifestPath"/> says otherwise).
    /// </summary>
    public static ParserTrainingResult Train(string trainPath, string? devPath, string outPath, ParserTrainingOptions? options = null, Action<string>? progress = null)
    {
        options ??= new ParserTrainingOptions();
        var clock = Stopwatch.StartNew();
        IReadOnlyList<ConlluSentence> train = ConlluReader.Read(trainPath).ToList();
        PosAccuracy? jackknife = null;
        if (options.JackknifeFolds > 0)
        {
            (train, jackknife) = JackknifeTagging.Tag(train, options.JackknifeFolds, options.Tagging, progress);
            progress?.Invoke($"jackknifed tags: UPOS {jackknife.Upos:F2} XPOS {jackknife.Xpos:F2}");
        }
        var parser = Train(train, options, progress, out int skipped);
        var trainingTime = clock.Elapsed;

        AttachmentScores? dev = null, devPredicted = null;
        if (devPath is not null)
        {
            var devSentences = ConlluReader.Read(devPath).ToList();
            dev = ParserEvaluator.Evaluate(parser, devSentences);
            progress?.Invoke($"dev {Path.GetFileName(devPath)}, gold tags: {dev}");
            if (options.DevTagger is { } tagger)
            {
                devPredicted = ParserEvaluator.Evaluate(parser, devSentences, tagger);
                progress?.Invoke($"dev {Path.GetFileName(devPath)}, predicted tags: {devPredicted}");
            }
        }
        parser.Save(outPath);
        long bytes = new FileInfo(outPath).Length;
        progress?.Invoke($"wrote {outPath} ({bytes / 1e6:F1} MB)");

        var manifest = options.ManifestPath ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(outPath))!, "manifest.json");
        var name = Path.GetFileName(outPath);
        name = name.EndsWith(".bin.gz", StringComparison.Ordinal) ? name[..^7] : Path.GetFileNameWithoutExtension(name);
        var settings = new JsonObject
        {
            ["epochs"] = options.Epochs,
            ["seed"] = options.Seed,
            ["exploreFromEpoch"] = options.ExploreFromEpoch,
            ["exploreProbability"] = options.ExploreProbability,
            ["pruneThreshold"] = options.PruneThreshold,
            ["tags"] = jackknife is null ? "gold" : "jackknifed",
            ["clusters"] = ClusterSettings(options.Tagging),
        };
        if (jackknife is not null)
        {
            settings["jackknifeFolds"] = options.JackknifeFolds;
            settings["jackknifeBlockSize"] = JackknifeTagging.BlockSize;
            settings["jackknifeTagger"] = $"the POS tagger's settings and clusters, {options.Tagging.Ensemble} model(s) per fold";
            settings["jackknifeUpos"] = Math.Round(jackknife.Upos, 2);
            settings["jackknifeXpos"] = Math.Round(jackknife.Xpos, 2);
        }
        var entry = new JsonObject
        {
            ["file"] = Path.GetFileName(outPath),
            ["task"] = "dependency parsing (arc-eager, dynamic oracle, averaged perceptron)",
            ["data"] = "UD English EWT (CC BY-SA 4.0): train split with " + (jackknife is null ? "gold UPOS and XPOS" : "jackknifed predicted UPOS and XPOS, gold trees")
                + "; dev split for the scores",
            ["train"] = Path.GetFileName(trainPath),
            ["dev"] = devPath is null ? null : Path.GetFileName(devPath),
            ["date"] = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["settings"] = settings,
            ["trainSentences"] = train.Count,
            ["nonProjectiveSkipped"] = skipped,
            ["transitionFeatures"] = parser.Transitions.FeatureCount,
            ["labelFeatures"] = parser.Labeler.FeatureCount,
            ["bytes"] = bytes,
            ["trainingSeconds"] = Math.Round(trainingTime.TotalSeconds, 1),
        };
        if (dev is not null)
        {
            var scores = new JsonObject();
            if (devPredicted is not null)
            {
                scores["uas"] = Percent(devPredicted.Uas);
                scores["las"] = Percent(devPredicted.Las);
                scores["lasWithSubtypes"] = Percent(devPredicted.LasWithSubtypes);
                scores["tags"] = "predicted by " + PosTagger.DefaultModelName;
            }
            scores["uasGoldTags"] = Percent(dev.Uas);
            scores["lasGoldTags"] = Percent(dev.Las);
            scores["lasWithSubtypesGoldTags"] = Percent(dev.LasWithSubtypes);
            scores["words"] = dev.Words;
            entry["devScores"] = scores;
        }
        ModelManifest.Record(manifest, name, entry);
        return new ParserTrainingResult(parser, dev, devPredicted, train.Count, skipped, trainingTime, bytes);
    }

    private static double Percent(double share) => Math.Round(share * 100, 2);

    private static string ClusterSettings(PosTrainingOptions o) => o.UnlabeledText.Count == 0 ? "none"
        : $"as the POS tagger's: from the train words and {string.Join(", ", o.UnlabeledText.Select(p => Path.GetFileName(Path.TrimEndingDirectorySeparator(p))))}, "
          + $"spherical k-means {o.Clusters.Coarse}/{o.Clusters.Middle}/{o.Clusters.Fine} (features use the last two)";

    /// <summary>Trains on sentences in memory (gold heads and relations, tags as given) and returns the averaged, pruned parser.</summary>
    public static DependencyParser Train(IReadOnlyList<ConlluSentence> sentences, ParserTrainingOptions? options = null, Action<string>? progress = null) =>
        Train(sentences, options ?? new ParserTrainingOptions(), progress, out _);

    private sealed record Example(SentenceCodes Codes, int[] Gold, int[] GoldLabels);

    private static DependencyParser Train(IReadOnlyList<ConlluSentence> sentences, ParserTrainingOptions options, Action<string>? progress, out int skipped)
    {
        var relations = sentences.SelectMany(s => s.Tokens).Select(t => t.Deprel).Append("root").Distinct().Order(StringComparer.Ordinal).ToArray();
        if (relations.Length > 64) throw new InvalidDataException($"{relations.Length} relations: the label-set features hold at most 64");
        var labelIndex = relations.Select((r, i) => (r, i)).ToDictionary(x => x.r, x => x.i, StringComparer.Ordinal);

        WordClusters? clusters = null;
        if (options.Tagging.UnlabeledText.Count > 0)
        {
            var text = sentences.Select(s => (IReadOnlyList<string>)s.Tokens.Select(t => t.Form).ToArray())
                .Concat(options.Tagging.UnlabeledText.SelectMany(RawText.Read));
            clusters = WordClusters.Build(text, options.Tagging.Clusters, progress);
        }
        // The two classifiers learn as perceptrons; once averaged and pruned they are compiled for the parser.
        var transitions = new AveragedPerceptron(DependencyParser.TransitionCount, 1 << 20);
        var labeler = new AveragedPerceptron(relations.Length, 1 << 16);
        int rootLabel = labelIndex["root"];

        var examples = new List<Example>();
        skipped = 0;
        foreach (var s in sentences)
        {
            var heads = s.Tokens.Select(t => t.Head).ToArray();
            if (heads.Length == 0) continue;
            if (!Projectivity.IsProjective(heads)) { skipped++; continue; }
            var codes = new SentenceCodes(s.Tokens.Select(t => t.Form).ToArray(), s.Tokens.Select(t => t.Upos).ToArray(), s.Tokens.Select(t => t.Xpos).ToArray(), clusters);
            var goldLabels = new int[heads.Length + 2];
            for (int i = 0; i < heads.Length; i++) goldLabels[i + 1] = labelIndex[s.Tokens[i].Deprel];
            examples.Add(new Example(codes, ArcEagerOracle.GoldHeads(heads), goldLabels));
        }
        progress?.Invoke($"training on {examples.Count} sentences ({skipped} non-projective skipped), {relations.Length} relations");

        var random = new Random(options.Seed);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        for (int epoch = 0; epoch < options.Epochs; epoch++)
        {
            var clock = Stopwatch.StartNew();
            random.Shuffle(order);
            double explore = epoch >= options.ExploreFromEpoch ? options.ExploreProbability : 0;
            long steps = 0, right = 0, arcs = 0, labelsRight = 0;
            foreach (int e in order)
            {
                var (s, r, a, l) = TrainSentence(transitions, labeler, rootLabel, examples[e], explore, random);
                steps += s; right += r; arcs += a; labelsRight += l;
            }
            progress?.Invoke(string.Format(CultureInfo.InvariantCulture,
                "epoch {0}: transitions {1:F2}% right, labels {2:F2}% right, {3} + {4} features, {5:F1}s",
                epoch + 1, 100.0 * right / Math.Max(1, steps), 100.0 * labelsRight / Math.Max(1, arcs),
                transitions.FeatureCount, labeler.FeatureCount, clock.Elapsed.TotalSeconds));
        }
        transitions.Average();
        labeler.Average();
        if (options.PruneThreshold > 0)
        {
            transitions.Prune(options.PruneThreshold);
            labeler.Prune(options.PruneThreshold);
            progress?.Invoke($"pruned to {transitions.FeatureCount} + {labeler.FeatureCount} features");
        }
        return new DependencyParser(relations, clusters, TransitionWeights.Compile(transitions), LabelWeights.Compile(labeler));
    }

    /// <summary>One pass over one sentence; returns (steps, steps right, gold arcs labelled, labels right).</summary>
    private static (int, int, int, int) TrainSentence(AveragedPerceptron transitions, AveragedPerceptron labeler, int rootLabel, Example example, double explore, Random random)
    {
        var codes = example.Codes;
        var gold = example.Gold;
        var state = new ArcEagerState(codes.Length);
        Span<ulong> features = stackalloc ulong[ParserFeatures.MaxTransitionFeatures];
        Span<ulong> labelFeatures = stackalloc ulong[ParserFeatures.MaxLabelFeatures];
        Span<float> scores = stackalloc float[DependencyParser.TransitionCount];
        Span<int> costs = stackalloc int[DependencyParser.TransitionCount];
        Span<float> labelScores = stackalloc float[labeler.ClassCount];
        int steps = 0, right = 0, arcs = 0, labelsRight = 0;
        while (!state.IsTerminal)
        {
            int count = ParserFeatures.Transition(state, codes, features);
            var f = features[..count];
            scores.Clear();
            transitions.Score(f, scores);
            int predicted = -1, best = -1;
            for (int t = 0; t < DependencyParser.TransitionCount; t++)
            {
                if (!state.CanApply((Transition)t)) { costs[t] = -1; continue; }
                costs[t] = ArcEagerOracle.Cost(state, (Transition)t, gold);
                if (predicted < 0 || scores[t] > scores[predicted]) predicted = t;
            }
            int minCost = int.MaxValue;
            for (int t = 0; t < DependencyParser.TransitionCount; t++) if (costs[t] >= 0) minCost = Math.Min(minCost, costs[t]);
            for (int t = 0; t < DependencyParser.TransitionCount; t++)
                if (costs[t] == minCost && (best < 0 || scores[t] > scores[best])) best = t;

            steps++;
            bool ok = costs[predicted] == minCost;
            if (ok) right++;
            transitions.Update(f, best, ok ? best : predicted);
            int follow = ok || random.NextDouble() < explore ? predicted : best;

            var transition = (Transition)follow;
            int label = -1;
            if (transition is Transition.LeftArc or Transition.RightArc)
            {
                var (head, dependent) = DependencyParser.Arc(state, transition);
                if (head == state.Root) label = rootLabel;
                else
                {
                    int n = ParserFeatures.Label(state, codes, head, dependent, labelFeatures);
                    labelScores.Clear();
                    labeler.Score(labelFeatures[..n], labelScores);
                    label = DependencyParser.BestRelation(labelScores, rootLabel);
                    if (gold[dependent] == head)
                    {
                        int truth = example.GoldLabels[dependent];
                        labeler.Update(labelFeatures[..n], truth, label);
                        arcs++;
                        if (label == truth) labelsRight++;
                        label = truth;
                    }
                }
            }
            state.Apply(transition, label);
        }
        return (steps, right, arcs, labelsRight);
    }
}
