using Sitrep.Nlp.Entities;
using Sitrep.Nlp.Tokens;
using Xunit;

namespace Sitrep.Nlp.Tests.Entities;

/// <summary>Training on a tiny CoNLL-2003 file written for the test, then saving and loading the model.</summary>
public sealed class NerTrainingTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sitrep-ner-tests-" + Guid.NewGuid().ToString("N"));

    private static readonly string[] Sentences =
    [
        "Maria/PER Okafor/PER flew to Lagos/LOC on Monday .",
        "The Harbour/ORG Trust/ORG said Maria/PER Okafor/PER would speak .",
        "Okafor/PER met officials of the Harbour/ORG Trust/ORG in Lagos/LOC .",
        "Residents of Tamsin/LOC praised the Harbour/ORG Trust/ORG .",
        "Daniel/PER Reyes/PER visited Tamsin/LOC with Danish/MISC engineers .",
        "Reyes/PER said the Danish/MISC team would stay in Tamsin/LOC .",
    ];

    public NerTrainingTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string WriteConll(string name)
    {
        var lines = new List<string> { "-DOCSTART- -X- O O", "" };
        foreach (var sentence in Sentences)
        {
            foreach (var item in sentence.Split(' '))
            {
                var parts = item.Split('/');
                lines.Add($"{parts[0]} NNP I-NP {(parts.Length > 1 ? "I-" + parts[1] : "O")}");
            }
            lines.Add("");
        }
        var path = Path.Combine(_folder, name);
        File.WriteAllLines(path, lines);
        return path;
    }

    private NerTrainingResult Train()
    {
        var data = WriteConll("tiny.conll");
        return NerTrainer.Train(data, data, Path.Combine(_folder, "ner.bin.gz"), new NerTrainingOptions { Epochs = 6 });
    }

    [Fact]
    public void Learns_its_training_sentences_and_records_the_manifest()
    {
        var result = Train();
        Assert.Equal(1.0, result.Dev.F1(), 6);
        var manifest = File.ReadAllText(Path.Combine(_folder, "manifest.json"));
        Assert.Contains("\"ner-conll\"", manifest);
        Assert.Contains("\"devScores\"", manifest);
    }

    [Fact]
    public void An_ensemble_trained_with_word_dropout_still_learns_and_is_recorded()
    {
        var data = WriteConll("tiny.conll");
        var result = NerTrainer.Train(data, data, Path.Combine(_folder, "ner.bin.gz"), new NerTrainingOptions { Epochs = 8, Ensemble = 2, WordDropout = 0.15 });
        Assert.Equal(1.0, result.Dev.F1(), 6);
        var manifest = File.ReadAllText(Path.Combine(_folder, "manifest.json"));
        Assert.Contains("\"ensemble\": 2", manifest);
        Assert.Contains("\"wordDropout\": 0.15", manifest);
    }

    [Fact]
    public void Saved_model_predicts_exactly_as_the_loaded_one()
    {
        var trained = Train().Recognizer;
        var path = Path.Combine(_folder, "copy.bin.gz");
        trained.Save(path);
        var loaded = EntityRecognizer.Load(path);
        IReadOnlyList<IReadOnlyList<string>> doc =
        [
            ["Maria", "Reyes", "flew", "to", "Tamsin", "."],
            ["The", "Danish", "Harbour", "Trust", "said", "so", "."],
        ];
        Assert.Equal(EntityRecognizer.Load(Path.Combine(_folder, "ner.bin.gz")).TagNames(doc), loaded.TagNames(doc));
        Assert.Equal(trained.FeatureCount, loaded.FeatureCount);
    }

    [Fact]
    public void Returns_character_offsets_for_tokenized_text()
    {
        var recognizer = Train().Recognizer;
        const string text = "Maria Okafor flew to Lagos on Monday.";
        var tokens = Tokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, tokens);
        var spans = recognizer.Recognize(text, tokens, sentences);
        Assert.Equal(["Maria Okafor/PER", "Lagos/LOC"], spans.Select(s => $"{text[s.Start..s.End]}/{s.Type}"));
    }
}
