using System.Numerics;
using Sitrep.Nlp.Learning;

namespace Sitrep.Nlp.Tagging;

/// <summary>
/// Distributional word clusters learned from unlabeled text: words used alike ("monday", "friday",
/// "yesterday"; "walked", "drove", "ran") share a cluster, so what the tagger learns about a word
/// in its small annotated corpus carries over to words it has only seen in raw text. Each word
/// (normalised form, frequent enough) is described by its left and right neighbours among the most
/// frequent words, weighted by positive PMI with smoothed context counts (Levy, Goldberg &amp; Dagan
/// 2015), and spherical k-means groups the words at three granularities (a cheap stand-in for the
/// Brown clusters of Koo et al. 2008 and Owoputi et al. 2013). Deterministic: same text, same clusters.
/// </summary>
internal sealed class WordClusters
{
    private const int Iterations = 12;

    private readonly Dictionary<ulong, ulong> _clusters;

    private WordClusters(Dictionary<ulong, ulong> clusters) => _clusters = clusters;

    public int Count => _clusters.Count;

    /// <summary>The cluster values of a normalised-form key (<see cref="PosWord.LowerKey"/>) as feature values.</summary>
    public bool TryGet(ulong key, out ulong coarse, out ulong middle, out ulong fine)
    {
        if (!_clusters.TryGetValue(key, out ulong packed))
        {
            coarse = middle = fine = 0;
            return false;
        }
        coarse = FeatureHash.Of(5, (int)(packed & 0xFFFF));
        middle = FeatureHash.Of(6, (int)((packed >> 16) & 0xFFFF));
        fine = FeatureHash.Of(7, (int)(packed >> 32));
        return true;
    }

    /// <summary>
    /// Clusters the words of <paramref name="sentences"/> that occur at least <paramref name="minCount"/>
    /// times into <paramref name="sizes"/> (three cluster counts, coarse to fine), with the
    /// <paramref name="contexts"/> most frequent words (and "other", "boundary") as the neighbours that describe a word.
    /// </summary>
    public static WordClusters Build(IEnumerable<IReadOnlyList<string>> sentences, int minCount, int contexts, IReadOnlyList<int> sizes, Action<string>? log = null)
    {
        if (sizes.Count != 3 || sizes.Any(k => k is < 2 or > ushort.MaxValue)) throw new ArgumentException("three cluster counts, 2..65535", nameof(sizes));
        var ids = new Dictionary<ulong, int>();
        var keys = new List<ulong>();
        var corpus = new List<int[]>();
        long tokens = 0;
        foreach (var sentence in sentences)
        {
            var row = new int[sentence.Count];
            for (int i = 0; i < row.Length; i++)
            {
                ulong key = PosWord.NormalizedKey(sentence[i]);
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
        // Most frequent first; ties by key, so the order (and the k-means seeds) never depends on reading order.
        var byFreq = Enumerable.Range(0, keys.Count).OrderByDescending(w => freq[w]).ThenBy(w => keys[w]).ToArray();
        var vocabulary = byFreq.TakeWhile(w => freq[w] >= minCount).ToArray();
        log?.Invoke($"clusters: {tokens:N0} tokens, {keys.Count:N0} forms, {vocabulary.Length:N0} with {minCount}+ occurrences");

        // Context dimensions: left neighbour c, right neighbour c, for the top words, "other" and the sentence boundary.
        int other = contexts, boundary = contexts + 1, side = contexts + 2, dims = 2 * side;
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

        var assignments = sizes.Select(k => KMeans(index, value, dims, k, log)).ToArray();
        var clusters = new Dictionary<ulong, ulong>(vocabulary.Length);
        for (int r = 0; r < vocabulary.Length; r++)
            clusters[keys[vocabulary[r]]] = (ulong)(uint)assignments[0][r] | ((ulong)(uint)assignments[1][r] << 16) | ((ulong)(uint)assignments[2][r] << 32);
        return new WordClusters(clusters);
    }

    /// <summary>Spherical k-means (cosine), seeded with the k most frequent words; returns each row's cluster.</summary>
    private static int[] KMeans(int[][] index, float[][] value, int dims, int k, Action<string>? log)
    {
        int rows = index.Length;
        var assign = new int[rows];
        for (int r = 0; r < rows; r++) assign[r] = r < k ? r : -1;
        // Centroids stored dimension-major (dims x k): a sparse row adds one k-vector per nonzero.
        var centroids = new float[dims * k];
        for (int iteration = 0; iteration < Iterations; iteration++)
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

    public void Write(BinaryWriter w)
    {
        w.Write(_clusters.Count);
        foreach (var (key, packed) in _clusters.OrderBy(kv => kv.Key))
        {
            w.Write(key);
            w.Write((ushort)(packed & 0xFFFF));
            w.Write((ushort)((packed >> 16) & 0xFFFF));
            w.Write((ushort)(packed >> 32));
        }
    }

    public static WordClusters Read(BinaryReader r)
    {
        int n = r.ReadInt32();
        var clusters = new Dictionary<ulong, ulong>(n);
        for (int i = 0; i < n; i++)
        {
            ulong key = r.ReadUInt64();
            ulong a = r.ReadUInt16(), b = r.ReadUInt16(), c = r.ReadUInt16();
            clusters[key] = a | (b << 16) | (c << 32);
        }
        return new WordClusters(clusters);
    }
}
