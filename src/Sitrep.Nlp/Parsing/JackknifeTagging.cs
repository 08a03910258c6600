using System.Diagnostics;
using Sitrep.Nlp.Corpora;
using Sitrep.Nlp.Tagging;

namespace Sitrep.Nlp.Parsing;

/// <summary>
/// Jackknifed part-of-speech tags for training a parser on the kind of tags it meets in use: the
/// treebank is split into k folds, a <see cref="PosTagger"/> is trained on k − 1 of them and tags the
/// one left out, so every sentence gets tags from a tagger that never saw it (Collins &amp; Koo 2005;
/// Che et al. 2012). Folds are made of blocks of <see cref="BlockSize"/> consecutive sentences dealt
/// out in turn: a document mostly stays in one fold (its words do not leak into its own tagger) while
/// every fold samples every genre of the treebank. Deterministic: same data and options, same tags.
/// </summary>
public static class JackknifeTagging
{
    /// <summary>Consecutive sentences kept in one fold (EWT documents run about 20 sentences).</summary>
    public const int BlockSize = 50;

    /// <summary>The fold (0 to <paramref name="folds"/> − 1) of each of <paramref name="count"/> sentences.</summary>
    public static int[] Folds(int count, int folds)
    {
        if (folds < 2) throw new ArgumentOutOfRangeException(nameof(folds), "at least two folds");
        var fold = new int[count];
        for (int i = 0; i < count; i++) fold[i] = i / BlockSize % folds;
        return fold;
    }

    /// <summary>
    /// Returns <paramref name="sentences"/> with their UPOS and XPOS replaced by jackknifed predictions
    /// (everything else, heads and relations included, as given), and the accuracy of those tags.
    /// Each fold's tagger is trained with <paramref name="options"/> (the shipped tagger's settings).
    /// </summary>
    public static (IReadOnlyList<ConlluSentence> Tagged, PosAccuracy Accuracy) Tag(IReadOnlyList<ConlluSentence> sentences, int folds,
        PosTrainingOptions options, Action<string>? progress = null)
    {
        var fold = Folds(sentences.Count, folds);
        var tagged = new ConlluSentence[sentences.Count];
        var accuracy = new PosAccuracy();
        for (int k = 0; k < folds; k++)
        {
            if (!fold.Contains(k)) continue; // fewer blocks than folds: nothing to tag
            var clock = Stopwatch.StartNew();
            var rest = sentences.Where((_, i) => fold[i] != k).ToList();
            var tagger = PosTrainer.Train(rest, options);
            var foldAccuracy = new PosAccuracy();
            for (int i = 0; i < sentences.Count; i++)
            {
                if (fold[i] != k) continue;
                var s = sentences[i];
                var tags = tagger.Tag(s.Tokens.Select(t => t.Form).ToArray());
                accuracy.Add(s.Tokens, tags);
                foldAccuracy.Add(s.Tokens, tags);
                tagged[i] = s with { Tokens = s.Tokens.Select((t, j) => t with { Upos = tags.Upos(j), Xpos = tags.Xpos(j) }).ToArray() };
            }
            progress?.Invoke($"jackknife fold {k + 1}/{folds}: {foldAccuracy.Tokens:N0} words tagged, UPOS {foldAccuracy.Upos:F2} XPOS {foldAccuracy.Xpos:F2}, {clock.Elapsed.TotalSeconds:F0}s");
        }
        return (tagged, accuracy);
    }
}
