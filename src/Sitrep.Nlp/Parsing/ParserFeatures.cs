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
/// <para>
/// The transition templates come in three groups by what they read, so that the parser can score a
/// group once and reuse it (<see cref="SentenceScorer"/>): <see cref="Stack"/> reads only s0 and what
/// was fixed when s0 was pushed (its head, grand-head, left children and s1 never change while it
/// stays on the stack), <see cref="Buffer"/> only n0 and the two words after it, and
/// <see cref="Pair"/> the rest (s0 with n0, s0's right children, n0's left children). Each template
/// keeps its number, which seeds its hash: the model's keys depend on it, and
/// <see cref="Transition"/> lists the features in template order, as the model was trained.
/// </para>
/// </summary>
internal static class ParserFeatures
{
    public const int MaxTransitionFeatures = 128;
    public const int MaxLabelFeatures = 48;

    /// <summary>How many templates each group has: <see cref="Stack"/>, <see cref="Buffer"/>, <see cref="Pair"/>.</summary>
    public const int StackCount = 30, BufferCount = 20, PairCount = 64;

    /// <summary>All the transition templates.</summary>
    public const int TransitionCount = StackCount + BufferCount + PairCount;

    private static readonly ulong[] Templates = Enumerable.Range(0, 200).Select(t => FeatureHash.Of(t)).ToArray();

    // The template numbers of the groups, in the order each group writes them; Transition puts
    // feature k of the groups (stack, buffer, pair, concatenated) at position TemplateOrder[k] - 1.
    private static readonly byte[] TemplateOrder =
    [
        // Stack
        1, 2, 3, 13, 14, 15, 27, 46, 47, 50, 51, 52, 53, 54, 55, 62, 63, 64, 65, 66, 67, 74, 76, 80, 81, 86, 91, 92, 103, 106,
        // Buffer
        4, 5, 6, 7, 8, 9, 10, 11, 12, 16, 17, 25, 28, 29, 93, 94, 104, 105, 107, 111,
        // Pair
        18, 19, 20, 21, 22, 23, 24, 26, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 48, 49,
        56, 57, 58, 59, 60, 61, 68, 69, 70, 71, 72, 73, 75, 77, 78, 79, 82, 83, 84, 85, 87, 88, 89, 90, 95, 96,
        97, 98, 99, 100, 101, 102, 108, 109, 110, 112, 113, 114,
    ];

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

    private static uint LabelCode(ArcEagerState s, int x) => x == 0 ? 0u : (uint)(s.Labels[x] + 1);

    /// <summary>Writes the features of the next transition into <paramref name="f"/> in template order (as the model was trained); returns how many.</summary>
    public static int Transition(ArcEagerState s, SentenceCodes c, Span<ulong> f)
    {
        Span<ulong> grouped = stackalloc ulong[TransitionCount];
        Stack(s, c, grouped[..StackCount]);
        Buffer(s, c, grouped.Slice(StackCount, BufferCount));
        Pair(s, c, grouped[(StackCount + BufferCount)..]);
        for (int k = 0; k < grouped.Length; k++) f[TemplateOrder[k] - 1] = grouped[k];
        return TransitionCount;
    }

    /// <summary>
    /// The <see cref="StackCount"/> features of s0 that stay the same while s0 is on the stack: its
    /// word, tags and clusters, its head and grand-head (a word on the stack gets its head when pushed
    /// or never), its left children (made while it was n0), and s1 (the words below s0 do not move).
    /// </summary>
    public static void Stack(ArcEagerState s, SentenceCodes c, Span<ulong> f)
    {
        uint[] w = c.Word, p = c.Tag, u = c.Upos, k8 = c.Cluster, k10 = c.FineCluster;
        int s0 = s.Stack(0), s1 = s.Stack(1), root = s.Root;
        int s0h = s0 == 0 ? 0 : s.Heads[s0];
        int s0h2 = s0h == 0 || s0h == root ? 0 : s.Heads[s0h];
        int s0l = s.LeftChild[s0], s0l2 = s.LeftChild2[s0];
        uint s0vl = Count(s.LeftCount[s0]), s0sl = Set(s.LeftLabels[s0]);
        f[0] = F(1, w[s0], p[s0]); f[1] = F(2, w[s0]); f[2] = F(3, p[s0]);
        f[3] = F(13, w[s1], p[s1]); f[4] = F(14, p[s1]); f[5] = F(15, u[s0]);
        f[6] = F(27, p[s1], p[s0]);
        f[7] = F(46, w[s0], s0vl); f[8] = F(47, p[s0], s0vl);
        f[9] = F(50, w[s0h]); f[10] = F(51, p[s0h]); f[11] = F(52, LabelCode(s, s0));
        f[12] = F(53, w[s0l]); f[13] = F(54, p[s0l]); f[14] = F(55, LabelCode(s, s0l));
        f[15] = F(62, w[s0h2]); f[16] = F(63, p[s0h2]); f[17] = F(64, LabelCode(s, s0h));
        f[18] = F(65, w[s0l2]); f[19] = F(66, p[s0l2]); f[20] = F(67, LabelCode(s, s0l2));
        f[21] = F(74, p[s0], p[s0l], p[s0l2]);
        f[22] = F(76, p[s0], p[s0h], p[s0h2]);
        f[23] = F(80, w[s0], s0sl); f[24] = F(81, p[s0], s0sl);
        f[25] = F(86, 1);
        f[26] = F(91, w[s1], p[s0]); f[27] = F(92, w[s1], w[s0]);
        f[28] = F(103, k8[s0]); f[29] = F(106, k10[s0]);
    }

    /// <summary>The <see cref="BufferCount"/> features of n0 and the two words after it: they depend on n0's position alone.</summary>
    public static void Buffer(ArcEagerState s, SentenceCodes c, Span<ulong> f)
    {
        uint[] w = c.Word, p = c.Tag, u = c.Upos, k8 = c.Cluster, k10 = c.FineCluster;
        int n0 = s.Buffer(0), n1 = s.Buffer(1), n2 = s.Buffer(2);
        f[0] = F(4, w[n0], p[n0]); f[1] = F(5, w[n0]); f[2] = F(6, p[n0]);
        f[3] = F(7, w[n1], p[n1]); f[4] = F(8, w[n1]); f[5] = F(9, p[n1]);
        f[6] = F(10, w[n2], p[n2]); f[7] = F(11, w[n2]); f[8] = F(12, p[n2]);
        f[9] = F(16, u[n0]); f[10] = F(17, u[n1]);
        f[11] = F(25, p[n0], p[n1]); f[12] = F(28, w[n0], p[n1]);
        f[13] = F(29, p[n0], p[n1], p[n2]);
        f[14] = F(93, w[n0], w[n1]); f[15] = F(94, w[n0], p[n0], p[n1], p[n2]);
        f[16] = F(104, k8[n0]); f[17] = F(105, k8[n1]); f[18] = F(107, k10[n0]);
        f[19] = F(111, k8[n0], k8[n1]);
    }

    /// <summary>The <see cref="PairCount"/> features that change from one transition to the next: s0 with n0 (and n1), the distance and what lies between them, s0's right children and n0's left children.</summary>
    public static void Pair(ArcEagerState s, SentenceCodes c, Span<ulong> f)
    {
        uint[] w = c.Word, p = c.Tag, u = c.Upos, x = c.Suffix, k8 = c.Cluster, k10 = c.FineCluster;
        int s0 = s.Stack(0), s1 = s.Stack(1), n0 = s.Buffer(0), n1 = s.Buffer(1);
        int s0h = s0 == 0 ? 0 : s.Heads[s0];
        int s0l = s.LeftChild[s0], s0r = s.RightChild[s0], s0r2 = s.RightChild2[s0];
        int n0l = s.LeftChild[n0], n0l2 = s.LeftChild2[n0];
        uint d = Distance(s0, n0);
        uint s0vr = Count(s.RightCount[s0]), n0vl = Count(s.LeftCount[n0]);
        uint s0sr = Set(s.RightLabels[s0]), n0sl = Set(s.LeftLabels[n0]);
        uint headed = s0 != 0 && s.Heads[s0] != 0 ? 1u : 0u;
        uint ls0 = LabelCode(s, s0);

        // Tags next to the gap between s0 and n0, and what lies in it (punctuation and verbs between
        // the two words are strong evidence against attaching them).
        int s0next = s0 != 0 && s0 < n0 - 1 ? s0 + 1 : 0, n0prev = s0 != 0 && n0 - 1 > s0 ? n0 - 1 : 0;
        uint punct = 0, verbs = 0;
        if (s0 != 0 && n0 != 0)
        {
            punct = Count(c.PunctBefore[n0] - c.PunctBefore[s0 + 1]);
            verbs = Count(c.VerbBefore[n0] - c.VerbBefore[s0 + 1]);
        }

        // Pairs.
        f[0] = F(18, w[s0], p[s0], w[n0], p[n0]);
        f[1] = F(19, w[s0], p[s0], w[n0]);
        f[2] = F(20, w[s0], w[n0], p[n0]);
        f[3] = F(21, w[s0], p[s0], p[n0]);
        f[4] = F(22, p[s0], w[n0], p[n0]);
        f[5] = F(23, w[s0], w[n0]);
        f[6] = F(24, p[s0], p[n0]);
        f[7] = F(26, u[s0], u[n0]);

        // Triples.
        f[8] = F(30, p[s0], p[n0], p[n1]);
        f[9] = F(31, p[s0h], p[s0], p[n0]);
        f[10] = F(32, p[s0], p[s0l], p[n0]);
        f[11] = F(33, p[s0], p[s0r], p[n0]);
        f[12] = F(34, p[s0], p[n0], p[n0l]);
        f[13] = F(35, p[s1], p[s0], p[n0]);
        f[14] = F(36, w[s0], p[n0], p[n1]);
        f[15] = F(37, p[s0], w[n0], p[n1]);

        // Distance.
        f[16] = F(38, w[s0], d); f[17] = F(39, p[s0], d);
        f[18] = F(40, w[n0], d); f[19] = F(41, p[n0], d);
        f[20] = F(42, w[s0], w[n0], d); f[21] = F(43, p[s0], p[n0], d);

        // Valency.
        f[22] = F(44, w[s0], s0vr); f[23] = F(45, p[s0], s0vr);
        f[24] = F(48, w[n0], n0vl); f[25] = F(49, p[n0], n0vl);

        // Children (second and third order).
        f[26] = F(56, w[s0r]); f[27] = F(57, p[s0r]); f[28] = F(58, LabelCode(s, s0r));
        f[29] = F(59, w[n0l]); f[30] = F(60, p[n0l]); f[31] = F(61, LabelCode(s, n0l));
        f[32] = F(68, w[s0r2]); f[33] = F(69, p[s0r2]); f[34] = F(70, LabelCode(s, s0r2));
        f[35] = F(71, w[n0l2]); f[36] = F(72, p[n0l2]); f[37] = F(73, LabelCode(s, n0l2));
        f[38] = F(75, p[s0], p[s0r], p[s0r2]);
        f[39] = F(77, p[n0], p[n0l], p[n0l2]);

        // Label sets.
        f[40] = F(78, w[s0], s0sr); f[41] = F(79, p[s0], s0sr);
        f[42] = F(82, w[n0], n0sl); f[43] = F(83, p[n0], n0sl);

        // Whether s0 already has a head, with the tags around (decides Reduce against the arcs).
        f[44] = F(84, headed, p[s0], p[n0]);
        f[45] = F(85, headed, ls0, p[n0]);

        // Between s0 and n0.
        f[46] = F(87, p[s0], p[s0next], p[n0prev], p[n0]);
        f[47] = F(88, p[s0], p[n0], punct);
        f[48] = F(89, p[s0], p[n0], verbs);
        f[49] = F(90, u[s0], u[n0], punct, verbs);
        f[50] = F(95, u[s0], u[n0], u[n1]);
        f[51] = F(96, p[s0], ls0, p[s0h], p[n0]);

        // Suffixes for rare words, and word pairs through the heads and children.
        f[52] = F(97, x[s0], p[s0], p[n0]);
        f[53] = F(98, p[s0], x[n0], p[n0]);
        f[54] = F(99, w[s0h], w[n0]);
        f[55] = F(100, w[s0], w[n0], p[n1]);
        f[56] = F(101, w[n0l], w[n0]);
        f[57] = F(102, w[s0], w[s0r], p[n0]);

        // Word clusters.
        f[58] = F(108, k8[s0], k8[n0]); f[59] = F(109, k8[s0], p[n0]); f[60] = F(110, p[s0], k8[n0]);
        f[61] = F(112, k8[s0], k8[n0], k8[n1]);
        f[62] = F(113, k8[s0h], k8[s0], k8[n0]); f[63] = F(114, k10[s0], k10[n0]);
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
