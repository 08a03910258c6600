using Sitrep.Nlp.Learning;
using Sitrep.Nlp.Tagging;

namespace Sitrep.Nlp.Parsing;

/// <summary>
/// A sentence as the feature templates see it: one 32-bit code per position for the lower-cased
/// word, the fine tag (XPOS), the universal tag (UPOS), a three-letter suffix and the word's
/// clusters at two granularities (when the parser has clusters), computed once per sentence with
/// <see cref="FeatureHash"/>. Position 0 holds the "none" codes and n + 1 the root's.
/// </summary>
internal sealed class SentenceCodes
{
    private const uint None = 0x9E3779B9;
    private const uint RootCode = 0x7F4A7C15;
    private const uint NoCluster = 0x2545F491;
    private static readonly ulong WordSeed = FeatureHash.Of(-1);
    private static readonly ulong TagSeed = FeatureHash.Of(-2);
    private static readonly ulong UposSeed = FeatureHash.Of(-3);
    private static readonly ulong SuffixSeed = FeatureHash.Of(-4);

    public readonly uint[] Word, Tag, Upos, Suffix;

    /// <summary>The word's cluster at the middle (tag-like) and the fine (word-like) granularity; one "unknown" code for words without one.</summary>
    public readonly uint[] Cluster, FineCluster;

    /// <summary>How many punctuation marks and verbs come before each position (for the "between" templates).</summary>
    public readonly int[] PunctBefore, VerbBefore;

    public SentenceCodes(IReadOnlyList<string> words, IReadOnlyList<string> upos, IReadOnlyList<string> xpos, WordClusters? clusters)
    {
        int n = words.Count;
        if (upos.Count != n || xpos.Count != n) throw new ArgumentException("words, upos and xpos must have the same length");
        Word = new uint[n + 2];
        Tag = new uint[n + 2];
        Upos = new uint[n + 2];
        Suffix = new uint[n + 2];
        Cluster = new uint[n + 2];
        FineCluster = new uint[n + 2];
        PunctBefore = new int[n + 2];
        VerbBefore = new int[n + 2];
        Word[0] = Tag[0] = Upos[0] = Suffix[0] = Cluster[0] = FineCluster[0] = None;
        Word[n + 1] = Tag[n + 1] = Upos[n + 1] = Suffix[n + 1] = Cluster[n + 1] = FineCluster[n + 1] = RootCode;
        for (int i = 0; i < n; i++)
        {
            var w = words[i].AsSpan();
            Word[i + 1] = Fold(FeatureHash.AddLower(WordSeed, w));
            Tag[i + 1] = Fold(FeatureHash.Add(TagSeed, xpos[i]));
            Upos[i + 1] = Fold(FeatureHash.Add(UposSeed, upos[i]));
            Suffix[i + 1] = Fold(FeatureHash.AddLower(SuffixSeed, w.Length > 3 ? w[^3..] : w));
            if (clusters is not null && clusters.TryGet(PosWord.NormalizedKey(w), out _, out ulong middle, out ulong fine))
            {
                Cluster[i + 1] = Fold(middle);
                FineCluster[i + 1] = Fold(fine);
            }
            else Cluster[i + 1] = FineCluster[i + 1] = NoCluster;
            PunctBefore[i + 1] = PunctBefore[i] + (upos[i] == "PUNCT" ? 1 : 0);
            VerbBefore[i + 1] = VerbBefore[i] + (upos[i] == "VERB" ? 1 : 0);
        }
        PunctBefore[n + 1] = PunctBefore[n] + (n > 0 && upos[n - 1] == "PUNCT" ? 1 : 0);
        VerbBefore[n + 1] = VerbBefore[n] + (n > 0 && upos[n - 1] == "VERB" ? 1 : 0);
    }

    public int Length => Word.Length - 2;

    private static uint Fold(ulong h) => (uint)(h ^ (h >> 32));
}
