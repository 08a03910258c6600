using System.Numerics;

namespace Sitrep.Nlp.Clusters;

/// <summary>
/// Distributional word clusters learned from unlabeled text, the one induction behind the POS
/// tagger's, the parser's and the NER's cluster features: words used alike ("monday", "friday",
/// "yesterday"; "walked", "drove", "ran"; "kabul", "islamabad") share a cluster, so what a model
/// learns about a word in its small annotated corpus carries over to words it has only seen in raw
/// text. Brown clustering (Brown et al. 1992), the clusters of Koo et al. 2008 and Ratinov &amp; Roth
/// 2009, is quadratic in the number of clusters; this is the cheaper distributional route of Lin &amp; Wu
/// (2009): each word (its key, frequent enough) is described by its left and right neighbours among
/// the most frequent words, weighted by positive PMI (Church &amp; Hanks 1990) with the context counts
/// smoothed to the power 0.75 (Levy, Goldberg &amp; Dagan 2015), and spherical k-means (Dhillon &amp; Modha
/// 2001) groups the words at three granularities, each clustered on its own.
/// The vectors stay sparse and exact (no random projection), and k-means is seeded with the most
/// frequent words, so the clusters depend on nothing but the counts: same text, in any order, same
/// clusters. A few seconds per million words.
/// </summary>
public static class WordClusterInducer
{
    /// <summary>
    /// Clusters the words of <paramref name="sentences"/> by their key (<paramref name="keyOf"/>: a
    /// normalised form, or a hash of one), as <paramref name="settings"/> say. <paramref name="order"/>
    /// breaks frequency ties between keys, so the vocabulary order (and the k-means seeds) never
    /// depends on the reading order.
    /// </summary>
    public static Dictionary<TKey, WordCluster> Induce<TKey>(IEnumerable<IReadOnlyList<string>> sentences, Func<string, TKey> keyOf, IComparer<TKey> order,
        WordClusterSettings settings, Action<string>? log = null) where TKey : notnull
    {
        int[] sizes = [settings.Coarse, settings.Middle, settings.Fine];
        // Cluster numbers stay below ushort.MaxValue, which WordCluster.None keeps for "no cluster".
        if (sizes.Any(k => k is < 2 or > ushort.MaxValue)) throw new ArgumentException("three cluster counts, 2..65535", nameof(settings));
        if (settings.Contexts < 1 || settings.MinCount < 1 || settings.Vocabulary < 1 || settings.Iterations < 1)
            throw new ArgumentException("contexts, minimum count, vocabulary and iterations must be positive", nameof(settings));
        var ids = new Dictionary<TKey, int>();
        var keys = new List<TKey>();
        var corpus = new List<int[]>();
        long tokens = 0;
        foreach (var sentence in sentences)
        {
            var row = new int[sentence.Count];
            for (int i = 0; i < row.Length; i++)
            {
                var key = keyOf(sentence[i]);
                if (!ids.TryGetValue(key, out int id))
                {
                    ids[key] = id = keys.Count;
                    keys.Add(key);
                }
                row[i] = id;
            }
            corpus.Add(row);
            tokens += row.Length;
        }
        var freq = new int[keys.Count];
        foreach (var row in corpus) foreach (int w in row) freq[w]++;
        var byFreq = Enumerable.Range(0, keys.Count).OrderByDescending(w => freq[w]).ThenBy(w => keys[w], order).ToArray();
        var vocabulary = byFreq.TakeWhile(w => freq[w] >= settings.MinCount).Take(settings.Vocabulary).ToArray();
        log?.Invoke($"clusters: {tokens:N0} tokens, {keys.Count:N0} forms, {vocabulary.Length:N0} with {settings.MinCount}+ occurrences");

        // Context dimensions: left neighbour c, right neighbour c, for the top words, "other" and the
        // sentence boundary (a word that starts sentences is told apart from one that never does).
        int contexts = settings.Contexts, other = contexts, boundary = contexts + 1, side = contexts + 2, dims = 2 * side;
        var contextOf = new int[keys.Count];
        Array.Fill(contextOf, other);
        for (int k = 0; k < contexts && k < byFreq.Length; k++) contextOf[byFreq[k]] = k;
        var rowOf = new int[keys.Count];
        Array.Fill(rowOf, -1);
        for (int r = 0; r < vocabulary.Length; r++) rowOf[vocabulary[r]] = r;
        var counts = new Dictionary<int, float>[vocabulary.Length];
        for (int r = 0; r < counts.Length; r++) counts[r] = new Dictionary<int, float>();
        foreach (var row in corpus)
            for (int i = 0; i < row.Length; i++)
            {
                int r = rowOf[row[i]];
                if (r < 0) continue;
                int left = i > 0 ? contextOf[row[i - 1]] : boundary;
                int right = side + (i + 1 < row.Length ? contextOf[row[i + 1]] : boundary);
                counts[r][left] = counts[r].GetValueOrDefault(left) + 1;
                counts[r][right] = counts[r].GetValueOrDefault(right) + 1;
            }
        corpus.Clear();

        // PPMI with context counts raised to 0.75, rows L2-normalised, as sparse vectors sorted by dimension.
        var smoothed = new double[dims];
        foreach (var c in counts) foreach (var (j, v) in c) smoothed[j] += v;
        for (int j = 0; j < dims; j++) smoothed[j] = Math.Pow(smoothed[j], 0.75);
        double smoothedTotal = smoothed.Sum();
        var index = new int[vocabulary.Length][];
        var value = new float[vocabulary.Length][];
        for (int r = 0; r < vocabulary.Length; r++)
        {
            double rowTotal = counts[r].Values.Sum();
            var cells = counts[r].Select(kv => (Dim: kv.Key, Pmi: Math.Log(kv.Value / rowTotal / (smoothed[kv.Key] / smoothedTotal))))
                .Where(c => c.Pmi > 0).OrderBy(c => c.Dim).ToArray();
            double norm = Math.Sqrt(cells.Sum(c => c.Pmi * c.Pmi));
            index[r] = cells.Select(c => c.Dim).ToArray();
            value[r] = cells.Select(c => norm > 0 ? (float)(c.Pmi / norm) : 0f).ToArray();
        }

        var assignments = sizes.Select(k => KMeans(index, value, dims, k, settings.Iterations, log)).ToArray();
        var clusters = new Dictionary<TKey, WordCluster>(vocabulary.Length);
        for (int r = 0; r < vocabulary.Length; r++)
            clusters[keys[vocabulary[r]]] = new WordCluster((ushort)assignments[0][r], (ushort)assignments[1][r], (ushort)assignments[2][r]);
        return clusters;
    }

    /// <summary>Spherical k-means (cosine), seeded with the k most frequent words; returns each row's cluster.</summary>
    private static int[] KMeans(int[][] index, float[][] value, int dims, int k, int iterations, Action<string>? log)
    {
        int rows = index.Length;
        var assign = new int[rows];
        for (int r = 0; r < rows; r++) assign[r] = r < k ? r : -1;
        // Centroids stored dimension-major (dims x k): a sparse row adds one k-vector per nonzero.
        var centroids = new float[dims * k];
        for (int iteration = 0; iteration < iterations; iteration++)
        {
            Array.Clear(centroids);
            for (int r = 0; r < rows; r++)
            {
                int a = assign[r];
                if (a < 0) continue;
                for (int t = 0; t < index[r].Length; t++) centroids[index[r][t] * k + a] += value[r][t];
            }
            var norms = new double[k];
            for (int j = 0; j < dims; j++)
                for (int c = 0; c < k; c++) norms[c] += (double)centroids[j * k + c] * centroids[j * k + c];
            for (int j = 0; j < dims; j++)
                for (int c = 0; c < k; c++) centroids[j * k + c] = norms[c] > 0 ? (float)(centroids[j * k + c] / Math.Sqrt(norms[c])) : 0f;

            // Each row is scored on its own, so the parallel loop gives the same clusters as a serial one.
            int changed = 0;
            Parallel.For(0, rows, () => new float[k], (r, _, similarity) =>
            {
                Array.Clear(similarity);
                var s = similarity.AsSpan();
                for (int t = 0; t < index[r].Length; t++)
                {
                    var centroid = centroids.AsSpan(index[r][t] * k, k);
                    float x = value[r][t];
                    int c = 0;
                    for (; c <= k - Vector<float>.Count; c += Vector<float>.Count)
                        (new Vector<float>(s[c..]) + new Vector<float>(centroid[c..]) * x).CopyTo(s[c..]);
                    for (; c < k; c++) s[c] += centroid[c] * x;
                }
                int best = 0;
                for (int c = 1; c < k; c++) if (s[c] > s[best]) best = c;
                if (assign[r] != best)
                {
                    assign[r] = best;
                    Interlocked.Increment(ref changed);
                }
                return similarity;
            }, _ => { });
            log?.Invoke($"clusters: k={k} iteration {iteration + 1}: {changed:N0} words moved");
            if (changed <= rows / 1000) break;
        }
        return assign;
    }
}
