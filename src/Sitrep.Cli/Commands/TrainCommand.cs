using System.CommandLine;
using Sitrep.Nlp.Entities;
using Sitrep.Nlp.Parsing;
using Sitrep.Nlp.Tagging;

namespace Sitrep.Cli.Commands;

/// <summary>
/// `sitrep train ner|parse|pos`: reproduces the committed models from the public data, scoring each
/// on its dev file and recording it in models/manifest.json. Run by maintainers, never in CI.
/// The defaults are the settings of the committed models.
/// </summary>
public static class TrainCommand
{
    public static Command Create() => new("train", "Train an NLP model from the public data (maintainers; the committed models were made this way)")
    {
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
        var dropout = new Option<double>("--word-dropout") { Description = "Share of capitalized training words whose identity features are hidden", DefaultValueFactory = _ => 0.15 };
        var command = new Command("ner", "Named-entity recognizer on CoNLL-2003") { train, dev, output, epochs, ensemble, dropout, clusters, resources, names };
        command.SetAction(parse =>
        {
            var options = new NerTrainingOptions
            {
                Epochs = parse.GetValue(epochs),
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
}
