using System.Numerics;
using System.Runtime.InteropServices;

namespace Sitrep.Nlp.Entities;

/// <summary>
/// Induces <see cref="WordClusters"/> from unlabeled text. Brown clustering (Brown et al. 1992), the
/// clusters Ratinov &amp; Roth 2009 and Turian et al. 2010 use, is quadratic in the number of clusters;
/// this is the cheaper distributional route of Lin &amp; Wu (2009)-style k-means: each word of a bounded
/// vocabulary is described by its left and right neighbours (positive PMI, Church &amp; Hanks 1990),
/// projected to a few dense dimensions by a fixed random matrix (Johnson–Lindenstrauss), and grouped
/// by spherical k-means; the fine clusters are then grouped again into middle and coarse ones, giving
/// the nested granularities that Brown bit-string prefixes give. A few seconds per million words.
/// </summary>
public static class WordClusterInducer
{
    public static WordClusters Induce(IEnumerable<IReadOnlyList<string>> documents, WordClusterSettings settings, Action<string>? progress = null)
    {
        // Pass 1: intern folded words, count them and how they are cased in running text.
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var counts = new List<int>();
        var casing = new List<(int Lower, int Capitalized, int Upper)>();
        var corpus = new List<int[]>();
        long tokens = 0;
        foreach (var doc in documents)
        {
            var row = new int[doc.Count];
            for (int i = 0; i < doc.Count; i++)
            {
                var key = WordClusters.Fold(doc[i]);
                if (!ids.TryGetValue(key, out int id))
                {
                    id = ids.Count;
                    ids[key] = id;
                    counts.Add(0);
                    casing.Add((0, 0, 0));
                }
                row[i] = id;
                counts[id]++;
                if (i > 0 && !StartsSentence(doc[i - 1])) casing[id] = Count(casing[id], doc[i]);
            }
            corpus.Add(row);
            tokens += row.Length;
        }
        progress?.Invoke($"clusters: {tokens:N0} words, {ids.Count:N0} distinct");

        var byFrequency = Enumerable.Range(0, ids.Count).OrderByDescending(i => counts[i]).ThenBy(i => i).ToArray();
        int vocabulary = Math.Min(settings.Vocabulary, byFrequency.Count(i => counts[i] >= settings.MinCount));
        int contexts = Math.Min(settings.Contexts, vocabulary);
        var rank = new int[ids.Count];
        Array.Fill(rank, -1);
        for (int r = 0; r < vocabulary; r++) rank[byFrequency[r]] = r;

        // Pass 2: left and right neighbour counts over the most frequent words as contexts.
        var pairs = new Dictionary<long, int>();
        var contextTotals = new long[2 * contexts];
        var wordTotals = new long[vocabulary];
        foreach (var row in corpus)
        {
            for (int i = 0; i < row.Length; i++)
            {
                int w = rank[row[i]];
                if (w < 0) continue;
                if (i > 0 && rank[row[i - 1]] is int left and >= 0 && left < contexts) Bump(pairs, contextTotals, wordTotals, w, left, contexts);
                if (i + 1 < row.Length && rank[row[i + 1]] is int right and >= 0 && right < contexts) Bump(pairs, contextTotals, wordTotals, w, contexts + right, contexts);
            }
        }
        corpus.Clear();

        // PPMI vectors, randomly projected to a few dense dimensions and normalized.
        int d = settings.Dimensions;
        var random = new Random(settings.Seed);
        var projection = new float[2 * contexts * d];
        for (int i = 0; i < projection.Length; i++) projection[i] = random.Next(2) == 0 ? -1f : 1f;
        var vectors = new float[vocabulary * d];
        long total = contextTotals.Sum();
        foreach (var (key, n) in pairs)
        {
            int w = (int)(key / (2 * contexts)), c = (int)(key % (2 * contexts));
            // Context distribution smoothed to the power 0.75 (Levy, Goldberg & Dagan 2015) tames rare-word PMI.
            double pmi = Math.Log(n * (double)total / (wordTotals[w] * Math.Pow(contextTotals[c], 0.75) * Math.Pow(total, 0.25)));
            if (pmi <= 0) continue;
            var v = vectors.AsSpan(w * d, d);
            var p = projection.AsSpan(c * d, d);
            for (int k = 0; k < d; k++) v[k] += (float)pmi * p[k];
        }
        for (int w = 0; w < vocabulary; w++) Normalize(vectors.AsSpan(w * d, d));
        progress?.Invoke($"clusters: {vocabulary:N0} words × {d} dimensions from {pairs.Count:N0} context pairs");

        var weights = new float[vocabulary];
        for (int w = 0; w < vocabulary; w++) weights[w] = 1f;
        var (fine, fineCentroids) = KMeans(vectors, weights, vocabulary, d, Math.Min(settings.Fine, vocabulary), settings.Iterations, random);
        var fineSizes = new float[fineCentroids.Length / d];
        foreach (var f in fine) fineSizes[f]++;
        var (middle, middleCentroids) = KMeans(fineCentroids, fineSizes, fineSizes.Length, d, Math.Min(settings.Middle, fineSizes.Length), settings.Iterations, random);
        var middleSizes = new float[middleCentroids.Length / d];
        for (int f = 0; f < middle.Length; f++) middleSizes[middle[f]] += fineSizes[f];
        var (coarse, _) = KMeans(middleCentroids, middleSizes, middleSizes.Length, d, Math.Min(settings.Coarse, middleSizes.Length), settings.Iterations, random);

        var words = new Dictionary<string, WordProfile>(StringComparer.Ordinal);
        foreach (var (key, id) in ids)
        {
            int r = rank[id];
            byte bucket = CaseBucket(casing[id], settings.MinCount);
            if (r < 0 && bucket == WordClusters.UnknownCase) continue;
            words[key] = r < 0
                ? new WordProfile(ushort.MaxValue, ushort.MaxValue, ushort.MaxValue, bucket)
                : new WordProfile((ushort)coarse[middle[fine[r]]], (ushort)middle[fine[r]], (ushort)fine[r], bucket);
        }
        progress?.Invoke($"clusters: {words.Count:N0} words profiled");
        return new WordClusters(words);
    }

    private static void Bump(Dictionary<long, int> pairs, long[] contextTotals, long[] wordTotals, int w, int c, int contexts)
    {
        CollectionsMarshal.GetValueRefOrAddDefault(pairs, (long)w * 2 * contexts + c, out _)++;
        contextTotals[c]++;
        wordTotals[w]++;
    }

    private static bool StartsSentence(string previous) => previous is "." or "!" or "?" or ":" or "\"" or "``" or "''" or "-" or "--" or "(";

    private static (int, int, int) Count((int Lower, int Capitalized, int Upper) c, string word)
    {
        if (word.Length == 0 || !char.IsLetter(word[0])) return c;
        bool anyLower = false;
        foreach (char ch in word) anyLower |= char.IsLower(ch);
        if (char.IsLower(word[0])) return (c.Lower + 1, c.Capitalized, c.Upper);
        if (anyLower || word.Length == 1) return (c.Lower, c.Capitalized + 1, c.Upper);
        return (c.Lower, c.Capitalized, c.Upper + 1);
    }

    /// <summary>0 mostly lower, 1 mixed leaning lower, 2 mixed leaning capitalized, 3 capitalized, 4 acronym.</summary>
    private static byte CaseBucket((int Lower, int Capitalized, int Upper) c, int minCount)
    {
        int n = c.Lower + c.Capitalized + c.Upper;
        if (n < minCount) return WordClusters.UnknownCase;
        if (c.Upper * 2 > n) return 4;
        double cap = (c.Capitalized + c.Upper) / (double)n;
        return cap switch { < 0.1 => 0, < 0.5 => 1, < 0.9 => 2, _ => 3 };
    }

    private static (int[] Assignment, float[] Centroids) KMeans(float[] points, float[] weights, int n, int d, int k, int iterations, Random random)
    {
        var centroids = new float[k * d];
        // Seeds spread over the frequency ranking, so frequent and rare words both get clusters.
        for (int c = 0; c < k; c++) points.AsSpan((int)((long)c * n / k) * d, d).CopyTo(centroids.AsSpan(c * d, d));
        var assignment = new int[n];
        var sums = new float[k * d];
        var mass = new float[k];
        for (int it = 0; it < iterations; it++)
        {
            for (int i = 0; i < n; i++)
            {
                var p = points.AsSpan(i * d, d);
                int best = 0;
                float bestDot = float.NegativeInfinity;
                for (int c = 0; c < k; c++)
                {
                    float dot = Dot(p, centroids.AsSpan(c * d, d));
                    if (dot > bestDot) { bestDot = dot; best = c; }
                }
                assignment[i] = best;
            }
            Array.Clear(sums);
            Array.Clear(mass);
            for (int i = 0; i < n; i++)
            {
                var s = sums.AsSpan(assignment[i] * d, d);
                var p = points.AsSpan(i * d, d);
                for (int j = 0; j < d; j++) s[j] += weights[i] * p[j];
                mass[assignment[i]] += weights[i];
            }
            for (int c = 0; c < k; c++)
            {
                var s = sums.AsSpan(c * d, d);
                // An empty cluster restarts from a random point.
                if (mass[c] == 0) points.AsSpan(random.Next(n) * d, d).CopyTo(s);
                Normalize(s);
                s.CopyTo(centroids.AsSpan(c * d, d));
            }
        }
        return (assignment, centroids);
    }

    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var va = MemoryMarshal.Cast<float, Vector<float>>(a);
        var vb = MemoryMarshal.Cast<float, Vector<float>>(b);
        var acc = Vector<float>.Zero;
        for (int i = 0; i < va.Length; i++) acc += va[i] * vb[i];
        float sum = Vector.Sum(acc);
        for (int i = va.Length * Vector<float>.Count; i < a.Length; i++) sum += a[i] * b[i];
        return sum;
    }

    private static void Normalize(Span<float> v)
    {
        float norm = MathF.Sqrt(Dot(v, v));
        if (norm == 0) return;
        for (int i = 0; i < v.Length; i++) v[i] /= norm;
    }
}
