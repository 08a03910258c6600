using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Sitrep.Nlp.Corpora;
using Sitrep.Nlp.Learning;
using Sitrep.Nlp.Models;

namespace Sitrep.Nlp.Entities;

/// <summary>
/// Trains the <see cref="EntityRecognizer"/> on CoNLL-2003 (`sitrep train ner`): induces or loads word
/// clusters, builds the gazetteers, runs the averaged perceptron over shuffled documents with the
/// decoder's own greedy predictions as tag history (so training sees what prediction will see —
/// Collins 2002; Ratinov &amp; Roth 2009 do the same for the document history), averages, prunes,
/// scores the dev file, writes the model and records it in models/manifest.json.
/// </summary>
public static class NerTrainer
{
    public const string ManifestName = "ner-conll";

    public static NerTrainingResult Train(string trainPath, string devPath, string outPath, NerTrainingOptions options, Action<string>? progress = null)
    {
        if (options.Ensemble < 1) throw new ArgumentOutOfRangeException(nameof(options), "the ensemble needs at least one model");
        var clock = Stopwatch.StartNew();
        var profiles = LoadOrInduceProfiles(options, progress);
        var gazetteers = NameGazetteers.Build(options.ResourceFolder, options.NameListFolder);
        progress?.Invoke($"gazetteers: {gazetteers.PhraseCount:N0} phrases in {NameGazetteers.Lists.Count} lists");

        var documents = Documents(trainPath);
        if (options.TrainDocuments is { } limit) documents = documents.Take(limit).ToList();
        var prepared = documents.Select(d => PreparedDocument.Create(d.Select(s => s.Words).ToArray(), profiles, gazetteers)).ToArray();
        var gold = documents.Select(d => d.Select(s => EntityLabels.FromSpans(s.Words.Count, Conll2003Reader.Spans(s.Tags))).ToArray()).ToArray();
        int tokens = documents.Sum(d => d.Sum(s => s.Words.Count));
        progress?.Invoke($"train: {documents.Count:N0} documents, {tokens:N0} words");

        var members = new List<AveragedPerceptron>();
        for (int member = 0; member < options.Ensemble; member++)
            members.Add(TrainOne(prepared, gold, tokens, options, options.Seed + member, progress, clock));
        var model = members.Count == 1 ? members[0] : AveragedPerceptron.Mean(members);
        int kept = model.Prune(options.PruneThreshold);
        progress?.Invoke($"mean of {members.Count} model(s); {kept:N0} features kept after pruning at {options.PruneThreshold}");

        var recognizer = new EntityRecognizer(model, profiles, gazetteers);
        var dev = Evaluate(recognizer, devPath);
        progress?.Invoke($"dev: F1 {100 * dev.F1():F2}, precision {100 * dev.Precision():F2}, recall {100 * dev.Recall():F2}; " +
            string.Join(", ", dev.Types.Select(t => $"{t} {100 * dev.F1(t):F2}")));

        recognizer.Save(outPath);
        long bytes = new FileInfo(outPath).Length;
        clock.Stop();
        var manifest = options.ManifestPath ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(outPath))!, "manifest.json");
        ModelManifest.Record(manifest, ManifestName, ManifestEntry(trainPath, devPath, outPath, options, dev, kept, bytes, profiles, gazetteers, clock.Elapsed));
        return new NerTrainingResult(recognizer, dev, kept, bytes, clock.Elapsed);
    }

    /// <summary>One averaged perceptron over the training documents, shuffled by <paramref name="seed"/>.</summary>
    private static AveragedPerceptron TrainOne(PreparedDocument[] prepared, int[][][] gold, int tokens, NerTrainingOptions options, int seed, Action<string>? progress, Stopwatch clock)
    {
        var model = new AveragedPerceptron(EntityLabels.Count, 1 << 20);
        var random = new Random(seed);
        var order = Enumerable.Range(0, prepared.Length).ToArray();
        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            int errors = 0;
            foreach (int d in order)
            {
                var decoder = new DocumentDecoder(prepared[d], random, options.WordDropout);
                var tags = gold[d].Select(row => new int[row.Length]).ToArray();
                // Both passes learn: the first without the document view, the second with it.
                decoder.Run(model, tags, gold[d]);
                errors += decoder.Run(model, tags, gold[d]);
            }
            progress?.Invoke($"seed {seed} epoch {epoch}: {errors:N0} word errors ({100.0 * errors / tokens:F2}%), {model.FeatureCount:N0} features, {clock.Elapsed.TotalSeconds:F0}s");
        }
        model.Average();
        return model;
    }

    /// <summary>Scores a recognizer on a CoNLL-2003 file, document by document (conlleval rules).</summary>
    public static EntityScorer Evaluate(EntityRecognizer recognizer, string conllPath, int? sentenceLimit = null)
    {
        var scorer = new EntityScorer();
        int seen = 0;
        foreach (var document in Documents(conllPath))
        {
            var sentences = sentenceLimit is { } limit ? document.Take(Math.Max(0, limit - seen)).ToList() : document;
            if (sentences.Count == 0) break;
            seen += sentences.Count;
            var predicted = recognizer.TagNames(sentences.Select(s => s.Words).ToArray());
            for (int s = 0; s < sentences.Count; s++)
                scorer.Add(Conll2003Reader.Spans(sentences[s].Tags), Conll2003Reader.Spans(predicted[s]));
        }
        return scorer;
    }

    /// <summary>The sentences of a CoNLL-2003 file grouped into its -DOCSTART- documents.</summary>
    public static List<List<Conll2003Sentence>> Documents(string conllPath)
    {
        var documents = new List<List<Conll2003Sentence>>();
        int current = int.MinValue;
        foreach (var sentence in Conll2003Reader.Read(conllPath))
        {
            if (sentence.Document != current) { documents.Add([]); current = sentence.Document; }
            documents[^1].Add(sentence);
        }
        return documents;
    }

    private const string ClusterMagic = "sitrep-ner-clusters";

    /// <summary>Version 2: clusters by the shared <see cref="Clusters.WordClusterInducer"/> (version 1 caches hold the old projected ones).</summary>
    private const int ClusterCacheVersion = 2;

    private static WordProfiles LoadOrInduceProfiles(NerTrainingOptions options, Action<string>? progress)
    {
        if (options.ClusterCache is { } cache && File.Exists(cache))
        {
            var cached = ModelFiles.Load(cache, ClusterMagic, ClusterCacheVersion, WordProfiles.Read);
            progress?.Invoke($"clusters: {cached.Count:N0} words from {cache}");
            return cached;
        }
        if (options.ClusterText.Count == 0) return WordProfiles.Empty;
        var clock = Stopwatch.StartNew();
        var profiles = WordProfiles.Induce(UnlabeledText.Documents(options.ClusterText), options.Clusters, progress);
        progress?.Invoke($"clusters: induced in {clock.Elapsed.TotalSeconds:F0}s");
        if (options.ClusterCache is { } path) ModelFiles.Save(path, ClusterMagic, ClusterCacheVersion, profiles.Write);
        return profiles;
    }

    private static JsonObject ManifestEntry(string trainPath, string devPath, string outPath, NerTrainingOptions o, EntityScorer dev, int features, long bytes,
        WordProfiles profiles, NameGazetteers gazetteers, TimeSpan elapsed)
    {
        var perType = new JsonObject();
        foreach (var type in dev.Types) perType[type] = Math.Round(100 * dev.F1(type), 2);
        return new JsonObject
        {
            ["file"] = Path.GetFileName(outPath),
            ["task"] = "named-entity recognition (PER, LOC, ORG, MISC), BILOU, greedy averaged perceptron (mean of an ensemble)",
            ["train"] = Path.GetFileName(trainPath),
            ["dev"] = Path.GetFileName(devPath),
            ["data"] = "CoNLL-2003 English (Reuters RCV1); clusters from " + string.Join(", ", o.ClusterText.Select(Path.GetFileName)) +
                "; gazetteers from Sitrep resources (GeoNames CC BY 4.0, PETRARCH2 MIT, mledoze/countries ODbL) and shared name lists (MIT)",
            ["date"] = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["settings"] = new JsonObject
            {
                ["epochs"] = o.Epochs,
                ["seed"] = o.Seed,
                ["ensemble"] = o.Ensemble,
                ["wordDropout"] = o.WordDropout,
                ["pruneThreshold"] = o.PruneThreshold,
                ["clusters"] = o.Clusters.Describe(),
                ["clusterWords"] = profiles.Count,
                ["gazetteerPhrases"] = gazetteers.PhraseCount,
            },
            ["devScores"] = new JsonObject
            {
                ["f1"] = Math.Round(100 * dev.F1(), 2),
                ["precision"] = Math.Round(100 * dev.Precision(), 2),
                ["recall"] = Math.Round(100 * dev.Recall(), 2),
                ["perTypeF1"] = perType,
            },
            ["features"] = features,
            ["bytes"] = bytes,
            ["trainingSeconds"] = Math.Round(elapsed.TotalSeconds),
        };
    }
}
