using Sitrep.Nlp.Learning;

namespace Sitrep.Nlp.Parsing;

/// <summary>
/// Feature templates of the parser, hashed with <see cref="FeatureHash"/>. The transition templates
/// are those of Zhang &amp; Nivre 2011 ("Transition-based dependency parsing with rich non-local
/// features") for arc-eager: words and tags of s0, n0, n1, n2 and their pairs and triples, the
/// head and grand-head of s0, the two leftmost/rightmost children of s0 and n0 with their labels,
/// the s0–n0 distance, valencies and label sets; plus s1, a few universal-tag and suffix templates,
/// and what lies between s0 and n0 (punctuation, verbs); and word clusters of s0, n0, n1 and s0's
/// head alone and in pairs with each other and with tags (Koo, Carreras &amp; Collins 2008), which
/// stand in for the tags where the tagger errs: 114 templates in all.
/// The label templates describe one new arc (head, dependent, direction, distance, clusters, and
/// what each side already governs).
/// </summary>
internal static class ParserFeatures
{
    public const int MaxTransitionFeatures = 128;
    public const int MaxLabelFeatures = 48;

    private static readonly ulong[] Templates = Enumerable.Range(0, 200).Select(t => FeatureHash.Of(t)).ToArray();

    private static ulong F(int t, uint a) => FeatureHash.Mix(Templates[t], a);

    private static ulong F(int t, uint a, uint b) => FeatureHash.Mix(FeatureHash.Mix(Templates[t], a), b);

    private static ulong F(int t, uint a, uint b, uint c) => FeatureHash.Mix(FeatureHash.Mix(FeatureHash.Mix(Templates[t], a), b), c);

    private static ulong F(int t, uint a, uint b, uint c, uint d) => FeatureHash.Mix(F(t, a, b, c), d);

    private static uint Distance(int a, int b)
    {
        if (a == 0 || b == 0) return 0;
        int d = Math.Abs(b - a);
        return d <= 4 ? (uint)d : d <= 6 ? 5u : d <= 10 ? 6u : 7u;
    }

    private static uint Count(int c) => (uint)Math.Min(c, 6);

    private static uint Set(ulong bits) => (uint)(bits ^ (bits >> 32)) * 31 + (uint)(bits >> 58);

    /// <summary>Writes the features of the next transition into <paramref name="f"/>; returns how many.</summary>
    public static int Transition(ArcEagerState s, SentenceCodes c, Span<ulong> f)
    {
        uint[] w = c.Word, p = c.Tag, u = c.Upos, x = c.Suffix, k8 = c.Cluster, k10 = c.FineCluster;
        int s0 = s.Stack(0), s1 = s.Stack(1), n0 = s.Buffer(0), n1 = s.Buffer(1), n2 = s.Buffer(2);
        int root = s.Root;
        int s0h = s0 == 0 ? 0 : s.Heads[s0];
        int s0h2 = s0h == 0 || s0h == root ? 0 : s.Heads[s0h];
        int s0l = s.LeftChild[s0], s0l2 = s.LeftChild2[s0], s0r = s.RightChild[s0], s0r2 = s.RightChild2[s0];
        int n0l = s.LeftChild[n0], n0l2 = s.LeftChild2[n0];
        uint L(int x) => x == 0 ? 0u : (uint)(s.Labels[x] + 1);
        uint d = Distance(s0, n0);
        int k = 0, t = 0;

        // Single words.
        f[k++] = F(++t, w[s0], p[s0]); f[k++] = F(++t, w[s0]); f[k++] = F(++t, p[s0]);
        f[k++] = F(++t, w[n0], p[n0]); f[k++] = F(++t, w[n0]); f[k++] = F(++t, p[n0]);
        f[k++] = F(++t, w[n1], p[n1]); f[k++] = F(++t, w[n1]); f[k++] = F(++t, p[n1]);
        f[k++] = F(++t, w[n2], p[n2]); f[k++] = F(++t, w[n2]); f[k++] = F(++t, p[n2]);
        f[k++] = F(++t, w[s1], p[s1]); f[k++] = F(++t, p[s1]);
        f[k++] = F(++t, u[s0]); f[k++] = F(++t, u[n0]); f[k++] = F(++t, u[n1]);

        // Pairs.
        f[k++] = F(++t, w[s0], p[s0], w[n0], p[n0]);
        f[k++] = F(++t, w[s0], p[s0], w[n0]);
        f[k++] = F(++t, w[s0], w[n0], p[n0]);
        f[k++] = F(++t, w[s0], p[s0], p[n0]);
        f[k++] = F(++t, p[s0], w[n0], p[n0]);
        f[k++] = F(++t, w[s0], w[n0]);
        f[k++] = F(++t, p[s0], p[n0]);
        f[k++] = F(++t, p[n0], p[n1]);
        f[k++] = F(++t, u[s0], u[n0]);
        f[k++] = F(++t, p[s1], p[s0]);
        f[k++] = F(++t, w[n0], p[n1]);

        // Triples.
        f[k++] = F(++t, p[n0], p[n1], p[n2]);
        f[k++] = F(++t, p[s0], p[n0], p[n1]);
        f[k++] = F(++t, p[s0h], p[s0], p[n0]);
        f[k++] = F(++t, p[s0], p[s0l], p[n0]);
        f[k++] = F(++t, p[s0], p[s0r], p[n0]);
        f[k++] = F(++t, p[s0], p[n0], p[n0l]);
        f[k++] = F(++t, p[s1], p[s0], p[n0]);
        f[k++] = F(++t, w[s0], p[n0], p[n1]);
        f[k++] = F(++t, p[s0], w[n0], p[n1]);

        // Distance.
        f[k++] = F(++t, w[s0], d); f[k++] = F(++t, p[s0], d);
        f[k++] = F(++t, w[n0], d); f[k++] = F(++t, p[n0], d);
        f[k++] = F(++t, w[s0], w[n0], d); f[k++] = F(++t, p[s0], p[n0], d);

        // Valency.
        uint s0vl = Count(s.LeftCount[s0]), s0vr = Count(s.RightCount[s0]), n0vl = Count(s.LeftCount[n0]);
        f[k++] = F(++t, w[s0], s0vr); f[k++] = F(++t, p[s0], s0vr);
        f[k++] = F(++t, w[s0], s0vl); f[k++] = F(++t, p[s0], s0vl);
        f[k++] = F(++t, w[n0], n0vl); f[k++] = F(++t, p[n0], n0vl);

        // Heads and children (second order).
        f[k++] = F(++t, w[s0h]); f[k++] = F(++t, p[s0h]); f[k++] = F(++t, L(s0));
        f[k++] = F(++t, w[s0l]); f[k++] = F(++t, p[s0l]); f[k++] = F(++t, L(s0l));
        f[k++] = F(++t, w[s0r]); f[k++] = F(++t, p[s0r]); f[k++] = F(++t, L(s0r));
        f[k++] = F(++t, w[n0l]); f[k++] = F(++t, p[n0l]); f[k++] = F(++t, L(n0l));

        // Third order.
        f[k++] = F(++t, w[s0h2]); f[k++] = F(++t, p[s0h2]); f[k++] = F(++t, L(s0h));
        f[k++] = F(++t, w[s0l2]); f[k++] = F(++t, p[s0l2]); f[k++] = F(++t, L(s0l2));
        f[k++] = F(++t, w[s0r2]); f[k++] = F(++t, p[s0r2]); f[k++] = F(++t, L(s0r2));
        f[k++] = F(++t, w[n0l2]); f[k++] = F(++t, p[n0l2]); f[k++] = F(++t, L(n0l2));
        f[k++] = F(++t, p[s0], p[s0l], p[s0l2]);
        f[k++] = F(++t, p[s0], p[s0r], p[s0r2]);
        f[k++] = F(++t, p[s0], p[s0h], p[s0h2]);
        f[k++] = F(++t, p[n0], p[n0l], p[n0l2]);

        // Label sets.
        uint s0sl = Set(s.LeftLabels[s0]), s0sr = Set(s.RightLabels[s0]), n0sl = Set(s.LeftLabels[n0]);
        f[k++] = F(++t, w[s0], s0sr); f[k++] = F(++t, p[s0], s0sr);
        f[k++] = F(++t, w[s0], s0sl); f[k++] = F(++t, p[s0], s0sl);
        f[k++] = F(++t, w[n0], n0sl); f[k++] = F(++t, p[n0], n0sl);

        // Whether s0 already has a head, with the tags around (decides Reduce against the arcs).
        uint headed = s0 != 0 && s.Heads[s0] != 0 ? 1u : 0u;
        f[k++] = F(++t, headed, p[s0], p[n0]);
        f[k++] = F(++t, headed, L(s0), p[n0]);
        f[k++] = F(++t, 1);

        // Tags next to the gap between s0 and n0, and what lies in it (punctuation and verbs between
        // the two words are strong evidence against attaching them).
        int s0next = s0 != 0 && s0 < n0 - 1 ? s0 + 1 : 0, n0prev = s0 != 0 && n0 - 1 > s0 ? n0 - 1 : 0;
        uint punct = 0, verbs = 0;
        if (s0 != 0 && n0 != 0)
        {
            punct = Count(c.PunctBefore[n0] - c.PunctBefore[s0 + 1]);
            verbs = Count(c.VerbBefore[n0] - c.VerbBefore[s0 + 1]);
        }
        f[k++] = F(++t, p[s0], p[s0next], p[n0prev], p[n0]);
        f[k++] = F(++t, p[s0], p[n0], punct);
        f[k++] = F(++t, p[s0], p[n0], verbs);
        f[k++] = F(++t, u[s0], u[n0], punct, verbs);
        f[k++] = F(++t, w[s1], p[s0]);
        f[k++] = F(++t, w[s1], w[s0]);
        f[k++] = F(++t, w[n0], w[n1]);
        f[k++] = F(++t, w[n0], p[n0], p[n1], p[n2]);
        f[k++] = F(++t, u[s0], u[n0], u[n1]);
        f[k++] = F(++t, p[s0], L(s0), p[s0h], p[n0]);

        // Suffixes for rare words, and word pairs through the heads and children.
        f[k++] = F(++t, x[s0], p[s0], p[n0]);
        f[k++] = F(++t, p[s0], x[n0], p[n0]);
        f[k++] = F(++t, w[s0h], w[n0]);
        f[k++] = F(++t, w[s0], w[n0], p[n1]);
        f[k++] = F(++t, w[n0l], w[n0]);
        f[k++] = F(++t, w[s0], w[s0r], p[n0]);

        // Word clusters.
        f[k++] = F(++t, k8[s0]); f[k++] = F(++t, k8[n0]); f[k++] = F(++t, k8[n1]);
        f[k++] = F(++t, k10[s0]); f[k++] = F(++t, k10[n0]);
        f[k++] = F(++t, k8[s0], k8[n0]); f[k++] = F(++t, k8[s0], p[n0]); f[k++] = F(++t, p[s0], k8[n0]);
        f[k++] = F(++t, k8[n0], k8[n1]); f[k++] = F(++t, k8[s0], k8[n0], k8[n1]);
        f[k++] = F(++t, k8[s0h], k8[s0], k8[n0]); f[k++] = F(++t, k10[s0], k10[n0]);
        return k;
    }

    /// <summary>Writes the features for labelling the new arc head → dependent; returns how many.</summary>
    public static int Label(ArcEagerState s, SentenceCodes c, int head, int dependent, Span<ulong> f)
    {
        uint[] w = c.Word, p = c.Tag, u = c.Upos, x = c.Suffix, k8 = c.Cluster, k10 = c.FineCluster;
        int h = head, dp = dependent, n = s.WordCount;
        uint dir = h > dp ? 1u : 2u;
        uint d = Distance(h, dp);
        int hh = h == s.Root ? 0 : s.Heads[h];
        int dl = s.LeftChild[dp], dr = s.RightChild[dp], hl = s.LeftChild[h], hr = s.RightChild[h];
        int prev = dp > 1 ? dp - 1 : 0, next = dp < n ? dp + 1 : 0;
        uint L(int y) => y == 0 ? 0u : (uint)(s.Labels[y] + 1);
        int k = 0, t = 100;

        f[k++] = F(++t, w[dp], dir); f[k++] = F(++t, p[dp], dir); f[k++] = F(++t, u[dp], dir);
        f[k++] = F(++t, w[h], dir); f[k++] = F(++t, p[h], dir); f[k++] = F(++t, u[h], dir);
        f[k++] = F(++t, w[dp], p[h], dir); f[k++] = F(++t, p[dp], w[h], dir);
        f[k++] = F(++t, p[dp], p[h], dir); f[k++] = F(++t, w[dp], w[h], dir);
        f[k++] = F(++t, u[dp], u[h], dir, d); f[k++] = F(++t, p[dp], p[h], d);
        f[k++] = F(++t, x[dp], p[dp]); f[k++] = F(++t, x[dp], u[h], dir);
        f[k++] = F(++t, p[dp], p[h], Set(s.LeftLabels[h]), dir);
        f[k++] = F(++t, p[dp], p[h], Set(s.RightLabels[h]), dir);
        f[k++] = F(++t, p[dp], Set(s.LeftLabels[dp])); f[k++] = F(++t, p[dp], Set(s.RightLabels[dp]));
        f[k++] = F(++t, p[dp], w[dl], L(dl)); f[k++] = F(++t, p[dp], p[dl], L(dl));
        f[k++] = F(++t, p[dp], w[dr], L(dr)); f[k++] = F(++t, p[dp], p[dr], L(dr));
        f[k++] = F(++t, p[h], w[dl], dir); f[k++] = F(++t, p[h], p[dp], w[dl]);
        f[k++] = F(++t, p[h], L(hl), p[dp], dir); f[k++] = F(++t, p[h], L(hr), p[dp], dir);
        f[k++] = F(++t, p[hh], L(h), p[h], p[dp]);
        f[k++] = F(++t, p[prev], p[dp], p[next]);
        f[k++] = F(++t, w[prev], p[dp]); f[k++] = F(++t, w[next], p[dp]);
        f[k++] = F(++t, p[h], p[dp], p[next], dir);
        f[k++] = F(++t, h == s.Root ? 1u : 0u, p[dp], u[dp]);
        f[k++] = F(++t, 1, dir);
        f[k++] = F(++t, k8[dp], k8[h], dir); f[k++] = F(++t, k10[dp], dir); f[k++] = F(++t, k10[h], p[dp], dir);
        return k;
    }
}
