using Sitrep.Nlp.Corpora;

namespace Sitrep.Nlp.Tagging;

/// <summary>
/// UPOS and XPOS accuracy over gold CoNLL-U words (gold tokenization: syntactic words, multiword
/// ranges skipped), in percent, the figure the UD shared tasks and the reference scorer report.
/// </summary>
public sealed class PosAccuracy
{
    public int Tokens { get; private set; }

    public int UposCorrect { get; private set; }

    public int XposCorrect { get; private set; }

    public double Upos => Tokens == 0 ? 0 : 100.0 * UposCorrect / Tokens;

    public double Xpos => Tokens == 0 ? 0 : 100.0 * XposCorrect / Tokens;

    public void Add(IReadOnlyList<ConlluToken> gold, PosTags predicted)
    {
        if (gold.Count != predicted.Count) throw new ArgumentException("one predicted tag per gold word expected", nameof(predicted));
        for (int i = 0; i < gold.Count; i++)
        {
            Tokens++;
            if (gold[i].Upos == predicted.Upos(i)) UposCorrect++;
            if (gold[i].Xpos == predicted.Xpos(i)) XposCorrect++;
        }
    }

    /// <summary>Tags the gold words of each sentence and scores the tags.</summary>
    public static PosAccuracy Measure(PosTagger tagger, IEnumerable<ConlluSentence> gold)
    {
        var accuracy = new PosAccuracy();
        foreach (var s in gold) accuracy.Add(s.Tokens, tagger.Tag(s.Tokens.Select(t => t.Form).ToArray()));
        return accuracy;
    }
}
