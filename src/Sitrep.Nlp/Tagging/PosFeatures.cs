using Sitrep.Nlp.Learning;

namespace Sitrep.Nlp.Tagging;

/// <summary>
/// The feature templates of the tagger for word i of a sentence, given the two classes it
/// predicted before (greedy, left to right): the word's own form, affixes, shape and flags; its
/// neighbours two either side; the previous tags alone, together and with the word; ambiguity
/// classes around it; and distributional clusters when the model has them. Each feature is a
/// 64-bit hash of (template, value) made from hashes <see cref="PosWord"/> computed once per word:
/// nothing is built as a string.
/// </summary>
internal static class PosFeatures
{
    public const int Max = 64;

    private enum T
    {
        Bias = 100, Word, Form, Prefix1, Prefix2, Prefix3, Prefix4, Suffix1, Suffix2, Suffix3, Suffix4, Shape, ShortShape, Flags, FirstCapitalized,
        Tag1, Tag2, Tag12, Tag1Word, Tag2Word, Tag12Word, Tag1Suffix3, Tag1ShortShape,
        WordM1, WordM2, WordP1, WordP2, Suffix3M1, Suffix3P1, Suffix3P2, ShapeM1, ShapeP1, ShortShapeShortShapeP1,
        WordM1Word, WordWordP1, WordM1WordP1, WordP1WordP2, Tag1WordP1,
        Ambiguity, AmbiguityM1, AmbiguityP1, AmbiguityP2, Tag1Ambiguity, Tag1AmbiguityP1, AmbiguityAmbiguityP1,
        Cluster1, Cluster2, Cluster3, Cluster2M1, Cluster2P1, Cluster3P1, Cluster2P2, Tag1Cluster2, Cluster2Cluster2P1,
        Count,
    }

    private static readonly ulong[] Seeds = Enumerable.Range(0, (int)T.Count + 1).Select(t => FeatureHash.Of(t)).ToArray();

    private static ulong F(T t, ulong value) => FeatureHash.Mix(FeatureHash.Mix(Seeds[(int)t], (uint)value), (uint)(value >> 32));

    private static ulong F(T t, ulong a, ulong b) =>
        FeatureHash.Mix(FeatureHash.Mix(FeatureHash.Mix(FeatureHash.Mix(Seeds[(int)t], (uint)a), (uint)(a >> 32)), (uint)b), (uint)(b >> 32));

    private static ulong F(T t, int value) => FeatureHash.Mix(Seeds[(int)t], (uint)value);

    private static ulong Pair(int a, int b) => ((ulong)(uint)a << 32) | (uint)b;

    /// <summary>Writes the features of word <paramref name="i"/> into <paramref name="f"/> (at least <see cref="Max"/> long); returns how many.</summary>
    /// <param name="t1">the class predicted for word i-1 (or a boundary class)</param>
    /// <param name="t2">the class predicted for word i-2 (or a boundary class)</param>
    public static int Extract(ReadOnlySpan<PosWord> words, int i, int t1, int t2, Span<ulong> f)
    {
        ref readonly var w = ref words[i];
        ref readonly var m1 = ref i >= 1 ? ref words[i - 1] : ref PosWord.Start;
        ref readonly var m2 = ref i >= 2 ? ref words[i - 2] : ref PosWord.Start;
        ref readonly var p1 = ref i + 1 < words.Length ? ref words[i + 1] : ref PosWord.End;
        ref readonly var p2 = ref i + 2 < words.Length ? ref words[i + 2] : ref PosWord.End;
        int n = 0;

        // The word itself.
        f[n++] = Seeds[(int)T.Bias];
        f[n++] = F(T.Word, w.Lower);
        f[n++] = F(T.Form, w.Form);
        if (w.Prefix1 != 0) f[n++] = F(T.Prefix1, w.Prefix1);
        if (w.Prefix2 != 0) f[n++] = F(T.Prefix2, w.Prefix2);
        if (w.Prefix3 != 0) f[n++] = F(T.Prefix3, w.Prefix3);
        if (w.Prefix4 != 0) f[n++] = F(T.Prefix4, w.Prefix4);
        if (w.Suffix1 != 0) f[n++] = F(T.Suffix1, w.Suffix1);
        if (w.Suffix2 != 0) f[n++] = F(T.Suffix2, w.Suffix2);
        if (w.Suffix3 != 0) f[n++] = F(T.Suffix3, w.Suffix3);
        if (w.Suffix4 != 0) f[n++] = F(T.Suffix4, w.Suffix4);
        f[n++] = F(T.Shape, w.Shape);
        f[n++] = F(T.ShortShape, w.ShortShape);
        f[n++] = F(T.Flags, (int)w.Flags);
        f[n++] = F(T.FirstCapitalized, i == 0 ? (int)(w.Flags & PosWord.InitialUpper) : -1);

        // The tags predicted before it.
        f[n++] = F(T.Tag1, t1);
        f[n++] = F(T.Tag2, t2);
        f[n++] = F(T.Tag12, Pair(t1, t2));
        f[n++] = F(T.Tag1Word, w.Lower, (ulong)t1);
        f[n++] = F(T.Tag2Word, w.Lower, (ulong)t2);
        f[n++] = F(T.Tag12Word, w.Lower, Pair(t1, t2));
        f[n++] = F(T.Tag1Suffix3, w.Suffix3, (ulong)t1);
        f[n++] = F(T.Tag1ShortShape, w.ShortShape, (ulong)t1);

        // The words around it.
        f[n++] = F(T.WordM1, m1.Lower);
        f[n++] = F(T.WordM2, m2.Lower);
        f[n++] = F(T.WordP1, p1.Lower);
        f[n++] = F(T.WordP2, p2.Lower);
        f[n++] = F(T.Suffix3M1, m1.Suffix3);
        f[n++] = F(T.Suffix3P1, p1.Suffix3);
        f[n++] = F(T.Suffix3P2, p2.Suffix3);
        f[n++] = F(T.ShapeM1, m1.ShortShape);
        f[n++] = F(T.ShapeP1, p1.ShortShape);
        f[n++] = F(T.ShortShapeShortShapeP1, w.ShortShape, p1.ShortShape);
        f[n++] = F(T.WordM1Word, m1.Lower, w.Lower);
        f[n++] = F(T.WordWordP1, w.Lower, p1.Lower);
        f[n++] = F(T.WordM1WordP1, m1.Lower, p1.Lower);
        f[n++] = F(T.WordP1WordP2, p1.Lower, p2.Lower);
        f[n++] = F(T.Tag1WordP1, p1.Lower, (ulong)t1);

        // Ambiguity classes: the tags the training data allows here and ahead.
        f[n++] = F(T.Ambiguity, w.Ambiguity);
        f[n++] = F(T.AmbiguityM1, m1.Ambiguity);
        f[n++] = F(T.AmbiguityP1, p1.Ambiguity);
        f[n++] = F(T.AmbiguityP2, p2.Ambiguity);
        f[n++] = F(T.Tag1Ambiguity, w.Ambiguity, (ulong)t1);
        f[n++] = F(T.Tag1AmbiguityP1, p1.Ambiguity, (ulong)t1);
        f[n++] = F(T.AmbiguityAmbiguityP1, w.Ambiguity, p1.Ambiguity);

        // Distributional clusters (words used alike in unlabeled text), when the model has them.
        if (w.Cluster1 != 0)
        {
            f[n++] = F(T.Cluster1, w.Cluster1);
            f[n++] = F(T.Cluster2, w.Cluster2);
            f[n++] = F(T.Cluster3, w.Cluster3);
            f[n++] = F(T.Cluster2M1, m1.Cluster2);
            f[n++] = F(T.Cluster2P1, p1.Cluster2);
            f[n++] = F(T.Cluster3P1, p1.Cluster3);
            f[n++] = F(T.Cluster2P2, p2.Cluster2);
            f[n++] = F(T.Tag1Cluster2, w.Cluster2, (ulong)t1);
            f[n++] = F(T.Cluster2Cluster2P1, w.Cluster2, p1.Cluster2);
        }
        return n;
    }
}
