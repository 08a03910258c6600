using System.Runtime.InteropServices;

namespace Sitrep.Nlp.Learning;

/// <summary>
/// A multiclass averaged perceptron (Collins 2002; Freund &amp; Schapire 1999) over hashed features.
/// Weights live in one flat array, a row of <see cref="ClassCount"/> per feature; averaging uses the
/// lazy per-weight timestamp trick, so an update costs only the features it touches. After
/// <see cref="Average"/>, <see cref="Prune"/> and <see cref="Write"/>, a model is read back with
/// <see cref="Read"/> and is safe to share between threads for prediction.
/// </summary>
public sealed class AveragedPerceptron
{
    private readonly Dictionary<ulong, int> _rows = new();
    private FeatureTable? _table; // built when training ends: the fast read-only lookup
    private float[] _weights;
    private double[]? _totals;
    private int[]? _stamps;
    private int _tick;

    public AveragedPerceptron(int classCount, int expectedFeatures = 1 << 16)
    {
        if (classCount < 2) throw new ArgumentOutOfRangeException(nameof(classCount));
        ClassCount = classCount;
        _weights = new float[expectedFeatures * classCount];
        _totals = new double[_weights.Length];
        _stamps = new int[_weights.Length];
    }

    private AveragedPerceptron(int classCount, Dictionary<ulong, int> rows, float[] weights)
    {
        ClassCount = classCount;
        _rows = rows;
        _weights = weights;
        _table = new FeatureTable(rows);
    }

    public int ClassCount { get; }

    public int FeatureCount => _rows.Count;

    public bool IsTraining => _totals is not null;

    /// <summary>Adds the weights of each known feature into <paramref name="scores"/> (which the caller clears or seeds).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        int c = ClassCount;
        var weights = _weights.AsSpan();
        foreach (var f in features)
        {
            if (!(_table is { } table ? table.TryGetRow(f, out int row) : _rows.TryGetValue(f, out row))) continue;
            var w = weights.Slice(row * c, c);
            for (int k = 0; k < c; k++) scores[k] += w[k];
        }
    }

    /// <summary>The best class for the features; <paramref name="allowed"/> (if given) masks out classes.</summary>
    public int Predict(ReadOnlySpan<ulong> features, ReadOnlySpan<bool> allowed = default)
    {
        Span<float> scores = ClassCount <= 256 ? stackalloc float[ClassCount] : new float[ClassCount];
        scores.Clear();
        Score(features, scores);
        return ArgMax(scores, allowed);
    }

    public static int ArgMax(ReadOnlySpan<float> scores, ReadOnlySpan<bool> allowed = default)
    {
        int best = -1;
        float bestScore = float.NegativeInfinity;
        for (int k = 0; k < scores.Length; k++)
        {
            if (!allowed.IsEmpty && !allowed[k]) continue;
            // Ties go to the lower class index, so results do not depend on feature order.
            if (best < 0 || scores[k] > bestScore) { best = k; bestScore = scores[k]; }
        }
        return best;
    }

    /// <summary>One training example seen: moves weight from the guessed class to the true one when they differ.</summary>
    public void Update(ReadOnlySpan<ulong> features, int truth, int guess)
    {
        if (!IsTraining) throw new InvalidOperationException("the model is averaged: train a new one");
        _tick++;
        if (truth == guess) return;
        foreach (var f in features)
        {
            int row = RowFor(f);
            Bump(row * ClassCount + truth, 1f);
            Bump(row * ClassCount + guess, -1f);
        }
    }

    /// <summary>Moves weight by <paramref name="delta"/> on one (feature, class) pair: for structured updates (transition parsers).</summary>
    public void Adjust(ulong feature, int cls, float delta)
    {
        if (!IsTraining) throw new InvalidOperationException("the model is averaged: train a new one");
        Bump(RowFor(feature) * ClassCount + cls, delta);
    }

    /// <summary>Advances the averaging clock by one example (for callers that use <see cref="Adjust"/>).</summary>
    public void Tick() => _tick++;

    private void Bump(int i, float delta)
    {
        _totals![i] += (double)(_tick - _stamps![i]) * _weights[i];
        _stamps[i] = _tick;
        _weights[i] += delta;
    }

    private int RowFor(ulong feature)
    {
        ref int row = ref CollectionsMarshal.GetValueRefOrAddDefault(_rows, feature, out bool exists);
        if (!exists)
        {
            row = _rows.Count - 1;
            int needed = (row + 1) * ClassCount;
            if (needed > _weights.Length)
            {
                int size = Math.Max(needed, _weights.Length * 2);
                Array.Resize(ref _weights, size);
                Array.Resize(ref _totals, size);
                Array.Resize(ref _stamps, size);
            }
        }
        return row;
    }

    /// <summary>Replaces each weight by its average over all examples seen and ends training.</summary>
    public void Average()
    {
        if (!IsTraining) return;
        int used = _rows.Count * ClassCount;
        int ticks = Math.Max(1, _tick);
        for (int i = 0; i < used; i++)
        {
            double total = _totals![i] + (double)(_tick - _stamps![i]) * _weights[i];
            _weights[i] = (float)(total / ticks);
        }
        Array.Resize(ref _weights, used);
        _totals = null;
        _stamps = null;
        _table = new FeatureTable(_rows);
    }

    /// <summary>Drops features whose weights are all below <paramref name="threshold"/> in magnitude; returns how many remain.</summary>
    public int Prune(float threshold)
    {
        if (IsTraining) throw new InvalidOperationException("average before pruning");
        int c = ClassCount;
        var kept = new Dictionary<ulong, int>();
        var weights = new List<float>();
        foreach (var (f, row) in _rows.OrderBy(kv => kv.Value))
        {
            var w = _weights.AsSpan(row * c, c);
            bool keep = false;
            foreach (var x in w) keep |= Math.Abs(x) >= threshold;
            if (!keep) continue;
            kept[f] = kept.Count;
            weights.AddRange(w.ToArray());
        }
        _rows.Clear();
        foreach (var kv in kept) _rows[kv.Key] = kv.Value;
        _weights = weights.ToArray();
        _table = new FeatureTable(_rows);
        return _rows.Count;
    }

    /// <summary>
    /// The mean of averaged models over the same classes and features (a feature missing from a model
    /// weighs 0 there): models trained from different shuffles disagree mostly where the data says
    /// little, and their mean generalizes better than any one of them, at the cost of one.
    /// </summary>
    public static AveragedPerceptron Mean(IReadOnlyList<AveragedPerceptron> models)
    {
        if (models.Count == 0) throw new ArgumentException("no models", nameof(models));
        int c = models[0].ClassCount;
        if (models.Any(m => m.IsTraining || m.ClassCount != c)) throw new ArgumentException("models must be averaged and share their classes", nameof(models));
        var rows = new Dictionary<ulong, int>();
        foreach (var m in models)
            foreach (var f in m._rows.Keys) rows.TryAdd(f, rows.Count);
        var weights = new float[rows.Count * c];
        float share = 1f / models.Count;
        foreach (var m in models)
            foreach (var (f, row) in m._rows)
            {
                var target = weights.AsSpan(rows[f] * c, c);
                var source = m._weights.AsSpan(row * c, c);
                for (int k = 0; k < c; k++) target[k] += share * source[k];
            }
        return new AveragedPerceptron(c, rows, weights);
    }

    /// <summary>Writes the averaged model: features sorted by hash, weights as IEEE half floats (ample for a linear model).</summary>
    public void Write(BinaryWriter w)
    {
        if (IsTraining) throw new InvalidOperationException("average before saving");
        w.Write(ClassCount);
        w.Write(_rows.Count);
        foreach (var (f, row) in _rows.OrderBy(kv => kv.Key))
        {
            w.Write(f);
            for (int k = 0; k < ClassCount; k++) w.Write((Half)_weights[row * ClassCount + k]);
        }
    }

    /// <summary>
    /// The averaged model as its file holds it (half-precision weights), read back by <paramref name="read"/>:
    /// prediction tables built this way score exactly as the same tables loaded from disk.
    /// </summary>
    public T Reread<T>(Func<BinaryReader, T> read)
    {
        using var buffer = new MemoryStream();
        using (var w = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true)) Write(w);
        buffer.Position = 0;
        using var r = new BinaryReader(buffer);
        return read(r);
    }

    public static AveragedPerceptron Read(BinaryReader r)
    {
        int classes = r.ReadInt32();
        int count = r.ReadInt32();
        var rows = new Dictionary<ulong, int>(count);
        var weights = new float[count * classes];
        for (int i = 0; i < count; i++)
        {
            rows[r.ReadUInt64()] = i;
            for (int k = 0; k < classes; k++) weights[i * classes + k] = (float)r.ReadHalf();
        }
        return new AveragedPerceptron(classes, rows, weights);
    }
}
