using Sitrep.Nlp.Learning;

namespace Sitrep.Nlp.Entities;

/// <summary>
/// The feature templates of the recognizer, hashed with <see cref="FeatureHash"/>. The set follows
/// Ratinov &amp; Roth 2009 (§3–5): the word and its neighbours in a −2..+2 window, shape, affixes,
/// capitalization, the two previous predicted tags, word clusters of the window, gazetteer matches,
/// and non-local features — the labels given to the same word earlier in the document, and how the
/// word is cased elsewhere in the document (which disambiguates ALL-CAPS headlines).
/// </summary>
internal static class EntityFeatures
{
    public const int Capacity = 160;

    private enum T
    {
        Bias = 1, Word, Lower, LowerM1, LowerM2, LowerP1, LowerP2, Shape, ShapeM1, ShapeP1, ShapeTrigram,
        Prefix, Suffix, BigramLeft, BigramRight, Tag1, Tag2, Tag1Lower, Tag1Shape, ClusterCoarse, ClusterMiddle, ClusterFine,
        ClusterM1, ClusterP1, ClusterM2, ClusterP2, CaseProfile, Gazetteer, GazetteerM1, GazetteerP1, GazetteerKind,
        HistorySeen, HistoryMajority, DocumentSeen, DocumentMajority, DocumentAbsent, DocumentCase, FirstShape, CapsShape, Tag1Cluster, KindWindow, WordP1, WordM1, LowerKindP1, ContextLeft, ContextRight,
    }

    /// <summary>Other occurrences of a word whose neighbours become features.</summary>
    private const int AggregatedOccurrences = 8;

    private static ulong H(T template, ulong value) => FeatureHash.Mix(FeatureHash.Mix(FeatureHash.Of((int)template), (uint)value), (uint)(value >> 32));

    private static ulong H(T template, ulong a, ulong b) => FeatureHash.Mix(FeatureHash.Mix(H(template, a), (uint)b), (uint)(b >> 32));

    private static ulong H(T template, ulong a, ulong b, ulong c) => FeatureHash.Mix(FeatureHash.Mix(H(template, a, b), (uint)c), (uint)(c >> 32));

    /// <summary>
    /// Writes the features of word <paramref name="i"/> of sentence <paramref name="s"/> given the two previous
    /// tags (-1 before the start) and returns how many; plus the second-pass features when <paramref name="firstPass"/> is given: the labels the
    /// first pass gave the same word anywhere in the document — later mentions included — without
    /// counting this occurrence (<paramref name="firstPassTypes"/>: the first pass's type + 1 per word, 0 for O).
    /// Ratinov &amp; Roth 2009 §4.3 ("two-stage prediction aggregation").
    /// </summary>
    public static int Extract(PreparedDocument d, int s, int i, int tag1, int tag2, PredictionHistory history, PredictionHistory? firstPass, int[]? firstPassTypes, Span<ulong> f, bool hideWord = false)
    {
        int start = d.SentenceStarts[s], n = d.SentenceStarts[s + 1] - start, t = start + i;
        int k = 0;
        ulong lower = d.Lower[t], shape = d.Shape[t];
        ulong kind = d.Kind[t], caps = d.CapsSentence[s] ? 1UL : 0UL;
        ulong lowerM1 = i > 0 ? d.Lower[t - 1] : 1, lowerP1 = i + 1 < n ? d.Lower[t + 1] : 2;
        ulong shapeM1 = i > 0 ? d.Shape[t - 1] : 1, shapeP1 = i + 1 < n ? d.Shape[t + 1] : 2;
        var p = d.Profile[t];
        ulong t1 = (ulong)(tag1 + 1), t2 = (ulong)(tag2 + 1);

        f[k++] = H(T.Bias, 0);
        // In an all-caps sentence the exact form says nothing the lower-case form does not.
        // Training hides some words' identity (word dropout) so that the model also learns the
        // context, shape and cluster evidence it needs for names it has never seen.
        ulong identity = hideWord ? 3UL : lower;
        f[k++] = H(T.Word, hideWord ? 3UL : d.Word[t], caps);
        f[k++] = H(T.Lower, identity);
        f[k++] = H(T.LowerM1, lowerM1);
        f[k++] = H(T.LowerM2, i > 1 ? d.Lower[t - 2] : 1);
        f[k++] = H(T.LowerP1, lowerP1);
        f[k++] = H(T.LowerP2, i + 2 < n ? d.Lower[t + 2] : 2);
        f[k++] = H(T.WordM1, i > 0 ? d.Word[t - 1] : 1);
        f[k++] = H(T.WordP1, i + 1 < n ? d.Word[t + 1] : 2);
        f[k++] = H(T.Shape, shape);
        f[k++] = H(T.ShapeM1, shapeM1);
        f[k++] = H(T.ShapeP1, shapeP1);
        f[k++] = H(T.ShapeTrigram, shapeM1, shape, shapeP1);
        f[k++] = H(T.BigramLeft, lowerM1, identity);
        f[k++] = H(T.BigramRight, identity, lowerP1);
        f[k++] = H(T.KindWindow, (i > 0 ? d.Kind[t - 1] : 9UL) | kind << 8 | (i + 1 < n ? d.Kind[t + 1] : 9UL) << 16, caps);
        f[k++] = H(T.LowerKindP1, identity, i + 1 < n ? d.Kind[t + 1] : 9UL);

        var word = d.Words[s][i].AsSpan();
        for (int a = 1; a <= 4 && a <= word.Length; a++)
        {
            f[k++] = FeatureHash.AddLower(FeatureHash.Of((int)T.Prefix, a), word[..a]);
            f[k++] = FeatureHash.AddLower(FeatureHash.Of((int)T.Suffix, a), word[^a..]);
        }

        f[k++] = H(T.Tag1, t1);
        f[k++] = H(T.Tag2, t1, t2);
        f[k++] = H(T.Tag1Lower, t1, identity);
        f[k++] = H(T.Tag1Shape, t1, shape);

        if (!p.Cluster.IsNone)
        {
            f[k++] = H(T.ClusterCoarse, p.Cluster.Coarse);
            f[k++] = H(T.ClusterMiddle, p.Cluster.Middle);
            f[k++] = H(T.ClusterFine, p.Cluster.Fine);
            f[k++] = H(T.Tag1Cluster, t1, p.Cluster.Middle);
        }
        if (i > 0 && !d.Profile[t - 1].Cluster.IsNone)
        {
            f[k++] = H(T.ClusterM1, 0, d.Profile[t - 1].Cluster.Middle);
            f[k++] = H(T.ClusterM1, 1, d.Profile[t - 1].Cluster.Fine);
        }
        if (i + 1 < n && !d.Profile[t + 1].Cluster.IsNone)
        {
            f[k++] = H(T.ClusterP1, 0, d.Profile[t + 1].Cluster.Middle);
            f[k++] = H(T.ClusterP1, 1, d.Profile[t + 1].Cluster.Fine);
        }
        if (i > 1) f[k++] = H(T.ClusterM2, d.Profile[t - 2].Cluster.Middle);
        if (i + 2 < n) f[k++] = H(T.ClusterP2, d.Profile[t + 2].Cluster.Middle);

        // How the word is usually written, against how it is written here and where.
        ulong first = i == 0 ? 1UL : 0UL;
        f[k++] = H(T.CaseProfile, p.Case, kind | caps << 8 | first << 9);
        f[k++] = H(T.DocumentCase, d.DocumentCase[t], kind | caps << 8 | first << 9);
        f[k++] = H(T.FirstShape, first, shape);
        f[k++] = H(T.CapsShape, caps, shape);

        uint gazetteer = d.Gazetteer[t];
        for (uint bits = gazetteer; bits != 0; bits &= bits - 1)
        {
            ulong bit = (ulong)System.Numerics.BitOperations.TrailingZeroCount(bits);
            if (k + 3 >= f.Length) break;
            f[k++] = H(T.Gazetteer, bit);
            f[k++] = H(T.GazetteerKind, bit, kind | caps << 8);
        }
        if (i > 0) for (uint bits = d.Gazetteer[t - 1]; bits != 0 && k + 1 < f.Length; bits &= bits - 1) f[k++] = H(T.GazetteerM1, (ulong)System.Numerics.BitOperations.TrailingZeroCount(bits));
        if (i + 1 < n) for (uint bits = d.Gazetteer[t + 1]; bits != 0 && k + 1 < f.Length; bits &= bits - 1) f[k++] = H(T.GazetteerP1, (ulong)System.Numerics.BitOperations.TrailingZeroCount(bits));

        // Context aggregation (Ratinov & Roth 2009 §4.1): the neighbours of the word's other
        // occurrences in the document — "Pirelli shares", "giant Pirelli" say ORG wherever Pirelli is.
        if (d.Occurrences.TryGetValue(lower, out var others) && others.Count > 1)
        {
            int used = 0;
            foreach (int o in others)
            {
                if (o == t) continue;
                if (used++ == AggregatedOccurrences || k + 12 >= f.Length) break;
                f[k++] = H(T.ContextLeft, d.LeftLower[o]);
                f[k++] = H(T.ContextRight, d.RightLower[o]);
            }
        }

        if (k + 6 < f.Length && history.Of(lower) is { } counts)
        {
            int best = 0, sum = 0;
            for (int c = 0; c < counts.Length; c++)
            {
                sum += counts[c];
                if (counts[c] > counts[best]) best = c;
                if (counts[c] > 0 && c > 0) f[k++] = H(T.HistorySeen, (ulong)c);
            }
            f[k++] = H(T.HistoryMajority, (ulong)best, counts[best] * 2 > sum ? 1UL : 0UL);
        }
        if (firstPass is not null && k + 7 < f.Length)
        {
            if (firstPass.Of(lower) is { } all && d.Kind[t] is PreparedDocument.Capitalized or PreparedDocument.AllCaps or PreparedDocument.MixedCase)
            {
                int own = firstPassTypes![t];
                int best = -1, sum = 0, bestCount = 0;
                for (int c = 0; c < all.Length; c++)
                {
                    int n2 = all[c] - (c == own ? 1 : 0);
                    sum += n2;
                    if (n2 > bestCount) { bestCount = n2; best = c; }
                    if (n2 > 0 && c > 0) f[k++] = H(T.DocumentSeen, (ulong)c, kind);
                }
                f[k++] = best < 0 ? H(T.DocumentAbsent, kind) : H(T.DocumentMajority, (ulong)best, bestCount * 2 > sum ? 1UL : 0UL);
            }
            else f[k++] = H(T.DocumentAbsent, kind);
        }
        return k;
    }
}
