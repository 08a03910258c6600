using Sitrep.Nlp.Corpora;
using Sitrep.Nlp.Parsing;
using Sitrep.Nlp.Tagging;
using Xunit;

namespace Sitrep.Nlp.Tests.Parsing;

public class JackknifeTaggingTests
{
    [Fact]
    public void Folds_deal_blocks_of_consecutive_sentences_in_turn()
    {
        int b = JackknifeTagging.BlockSize;
        var folds = JackknifeTagging.Folds(7 * b + 3, 3);
        Assert.Equal(7 * b + 3, folds.Length);
        Assert.Equal([0, 1, 2, 0, 1, 2, 0, 1], folds.Where((_, i) => i % b == 0));
        for (int i = 0; i < folds.Length; i++) Assert.Equal(folds[i - i % b], folds[i]);     // a block stays in one fold
        Assert.Equal([3 * b, 2 * b + 3, 2 * b], folds.GroupBy(f => f).OrderBy(g => g.Key).Select(g => g.Count()));
        Assert.All(JackknifeTagging.Folds(b - 1, 10), f => Assert.Equal(0, f));
        Assert.Throws<ArgumentOutOfRangeException>(() => JackknifeTagging.Folds(10, 1));
    }

    [Fact]
    public void Every_sentence_is_tagged_by_a_tagger_trained_on_the_other_folds()
    {
        // Two folds of the tiny treebank repeated: each tagger sees the same six sentences in its half,
        // so it tags the other half exactly; trees and words stay as they were.
        var tiny = TinyTreebank.Read();
        var treebank = Enumerable.Range(0, 2 * JackknifeTagging.BlockSize + 6).Select(i => tiny[i % tiny.Count]).ToList();
        var (tagged, accuracy) = JackknifeTagging.Tag(treebank, 2, new PosTrainingOptions { Epochs = 3, PruneThreshold = 0 });
        Assert.Equal(treebank.Count, tagged.Count);
        Assert.Equal(treebank.Sum(s => s.Tokens.Count), accuracy.Tokens);
        Assert.Equal(100, accuracy.Upos);
        for (int i = 0; i < treebank.Count; i++) Assert.Equal(treebank[i].Tokens, tagged[i].Tokens);
    }

    [Fact]
    public void Predicted_tags_replace_the_gold_ones()
    {
        // A treebank whose second half calls "left" a noun: the tagger of the first half never saw that.
        var tiny = TinyTreebank.Read();
        var odd = tiny[0] with { Tokens = tiny[0].Tokens.Select(t => t.Form == "left" ? t with { Upos = "NOUN", Xpos = "NN" } : t).ToArray() };
        int b = JackknifeTagging.BlockSize;
        var treebank = Enumerable.Range(0, 2 * b).Select(i => i < b ? tiny[i % tiny.Count] : i % tiny.Count == 0 ? odd : tiny[i % tiny.Count]).ToList();
        var (tagged, _) = JackknifeTagging.Tag(treebank, 2, new PosTrainingOptions { Epochs = 3, PruneThreshold = 0 });
        var retagged = tagged[treebank.IndexOf(odd)];
        var left = retagged.Tokens.Single(t => t.Form == "left");
        Assert.Equal(("VERB", "VBD"), (left.Upos, left.Xpos));
        Assert.Equal(odd.Tokens.Select(t => (t.Form, t.Head, t.Deprel)), retagged.Tokens.Select(t => (t.Form, t.Head, t.Deprel)));
    }
}
