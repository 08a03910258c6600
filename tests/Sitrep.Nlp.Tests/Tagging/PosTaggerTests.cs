using Sitrep.Tests.Support;
using Sitrep.Nlp.Clusters;
using Sitrep.Nlp.Corpora;
using Sitrep.Nlp.Tagging;
using Sitrep.Nlp.Tokens;
using Xunit;

namespace Sitrep.Nlp.Tests.Tagging;

public class PosTaggerTests
{
    // A toy corpus written for the test: word/UPOS/XPOS.
    private static readonly string[] ToyCorpus =
    [
        "The/DET/DT troops/NOUN/NNS left/VERB/VBD Kabul/PROPN/NNP ./PUNCT/.",
        "Biden/PROPN/NNP will/AUX/MD leave/VERB/VB on/ADP/IN Monday/PROPN/NNP ./PUNCT/.",
        "They/PRON/PRP can/AUX/MD talk/VERB/VB to/ADP/IN the/DET/DT press/NOUN/NN ./PUNCT/.",
        "The/DET/DT talk/NOUN/NN was/AUX/VBD long/ADJ/JJ ./PUNCT/.",
        "A/DET/DT can/NOUN/NN fell/VERB/VBD ./PUNCT/.",
        "Officials/NOUN/NNS said/VERB/VBD 12/NUM/CD people/NOUN/NNS died/VERB/VBD ./PUNCT/.",
    ];

    private static readonly ConlluSentence[] Toy = ToyCorpus.Select(Sentence).ToArray();

    private static readonly PosTagger Tiny = PosTrainer.Train(Toy, new PosTrainingOptions { Epochs = 10, PruneThreshold = 0 });

    private static ConlluSentence Sentence(string tagged)
    {
        var tokens = tagged.Split(' ').Select((w, i) =>
        {
            var p = w.Split('/');
            return new ConlluToken(i + 1, p[0], "_", p[1], p[2], -1, "_");
        }).ToList();
        return new ConlluSentence(null, string.Join(' ', tokens.Select(t => t.Form)), tokens);
    }

    private static string Tagged(PosTags tags, IReadOnlyList<string> words) =>
        string.Join(' ', words.Select((w, i) => $"{w}/{tags.Upos(i)}/{tags.Xpos(i)}"));

    [Fact]
    public void Learns_a_toy_corpus_exactly()
    {
        foreach (var line in ToyCorpus)
        {
            var words = line.Split(' ').Select(w => w.Split('/')[0]).ToArray();
            Assert.Equal(line, Tagged(Tiny.Tag(words), words));
        }
        var accuracy = PosAccuracy.Measure(Tiny, Toy);
        Assert.Equal((33, 33, 33), (accuracy.Tokens, accuracy.UposCorrect, accuracy.XposCorrect));
    }

    [Fact]
    public void A_saved_model_loads_back_with_identical_tags_and_bytes()
    {
        var first = Path.GetTempFileName();
        var second = Path.GetTempFileName();
        try
        {
            Tiny.Save(first);
            var loaded = PosTagger.Load(first);
            foreach (var s in Toy)
            {
                var words = s.Tokens.Select(t => t.Form).ToArray();
                Assert.Equal(Tiny.Tag(words), loaded.Tag(words));
            }
            // Training is deterministic: the same data and options give the same file.
            PosTrainer.Train(Toy, new PosTrainingOptions { Epochs = 10, PruneThreshold = 0 }).Save(second);
            Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        }
        finally
        {
            File.Delete(first);
            File.Delete(second);
        }
    }

    [Fact]
    public void A_model_with_word_clusters_trains_saves_and_loads()
    {
        var text = Path.GetTempFileName();
        var model = Path.GetTempFileName();
        try
        {
            File.WriteAllText(text, string.Join("\n\n", Enumerable.Repeat("The troops left Kabul on Monday. The officials left Herat on Friday. They can talk to the press.", 5)));
            var options = new PosTrainingOptions { Epochs = 10, PruneThreshold = 0, UnlabeledText = [text], Clusters = new WordClusterSettings(Contexts: 10, Coarse: 2, Middle: 3, Fine: 4, MinCount: 2) };
            var tagger = PosTrainer.Train(Toy, options);
            tagger.Save(model);
            var loaded = PosTagger.Load(model);
            string[] words = ["The", "officials", "left", "Herat", "on", "Friday", "."];
            Assert.Equal(tagger.Tag(words), loaded.Tag(words));
            Assert.True(tagger.FeatureCount > Tiny.FeatureCount, "cluster features are learned");
        }
        finally
        {
            File.Delete(text);
            File.Delete(model);
        }
    }

    [Fact]
    public void An_empty_sentence_has_no_tags() => Assert.Empty(Tiny.Tag(Array.Empty<string>()));

    [Theory]
    [InlineData("The troops will leave Kabul on Monday .", "DET NOUN AUX VERB PROPN ADP PROPN PUNCT", "DT NNS MD VB NNP IN NNP .")]
    [InlineData("She said the talks had failed .", "PRON VERB DET NOUN AUX VERB PUNCT", "PRP VBD DT NNS VBD VBN .")]
    [InlineData("I can't believe it 's over !", "PRON AUX PART VERB PRON AUX ADV PUNCT", "PRP MD RB VB PRP VBZ RB .")]
    [InlineData("Prices fell 3.5 % in 2021 .", "NOUN VERB NUM SYM ADP NUM PUNCT", "NNS VBD CD NN IN CD .")]
    [InlineData("NATO said it would withdraw all forces by September .", "PROPN VERB PRON AUX VERB DET NOUN ADP PROPN PUNCT", "NNP VBD PRP MD VB DT NNS IN NNP .")]
    public void The_shipped_model_tags_plain_sentences(string sentence, string upos, string xpos)
    {
        var words = sentence.Split(' ');
        if (sentence.Contains("can't")) words = ["I", "ca", "n't", "believe", "it", "'s", "over", "!"];
        var tags = PosTagger.Default.Tag(words);
        Assert.Equal(upos, string.Join(' ', tags.Select(t => t.Upos)));
        Assert.Equal(xpos, string.Join(' ', tags.Select(t => t.Xpos)));
    }

    [Fact]
    public void Tokens_of_a_text_get_the_same_tags_as_their_words()
    {
        const string text = "U.S. troops left Afghanistan on Aug. 30, 2021, the Pentagon said.";
        var tokens = Tokenizer.Tokenize(text);
        var words = tokens.Select(t => t.Text(text)).ToArray();
        var fromSpans = PosTagger.Default.Tag(text, tokens);
        Assert.Equal(PosTagger.Default.Tag(words), fromSpans);
        Assert.Equal(words.Length, fromSpans.Count);
        Assert.Equal("PROPN", fromSpans.Upos(0));
        Assert.Equal("VBD", fromSpans.Xpos(2));
    }

    [Fact]
    public void Tagging_from_many_threads_gives_the_same_tags()
    {
        var sentences = Enumerable.Range(0, 400).Select(i => ToyCorpus[i % ToyCorpus.Length].Split(' ').Select(w => w.Split('/')[0]).ToArray()).ToArray();
        var expected = sentences.Select(s => PosTagger.Default.Tag(s).ToString()).ToArray();
        var parallel = sentences.AsParallel().AsOrdered().WithDegreeOfParallelism(4).Select(s => PosTagger.Default.Tag(s).ToString()).ToArray();
        Assert.Equal(expected, parallel);
    }

    // A floor, so that a regression fails CI; the measured figure is in docs/benchmarks.md.
    [SharedDataFact(SharedData.EwtDevFile)]
    public void The_shipped_model_keeps_its_accuracy_on_EWT_dev()
    {
        var accuracy = PosAccuracy.Measure(PosTagger.Default, ConlluReader.Read(SharedData.EwtDev!));
        Assert.Equal(25147, accuracy.Tokens);
        Assert.True(accuracy.Upos >= 95.0, $"UPOS {accuracy.Upos:F2}");
        Assert.True(accuracy.Xpos >= 94.3, $"XPOS {accuracy.Xpos:F2}");
    }

    [Fact]
    public void A_single_model_and_a_mean_of_four_both_learn_the_toy_data_and_an_empty_ensemble_is_refused()
    {
        foreach (int ensemble in new[] { 1, 4 })
        {
            var tagger = PosTrainer.Train(Toy, new PosTrainingOptions { Epochs = 10, PruneThreshold = 0, Ensemble = ensemble });
            var accuracy = PosAccuracy.Measure(tagger, Toy);
            Assert.Equal((33, 33), (accuracy.UposCorrect, accuracy.XposCorrect));
        }
        Assert.Throws<ArgumentOutOfRangeException>(() => PosTrainer.Train(Toy, new PosTrainingOptions { Ensemble = 0 }));
    }
}
