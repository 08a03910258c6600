using System.Numerics;
using Sitrep.Nlp.Learning;

namespace Sitrep.Nlp.Parsing;

/// <summary>
/// The labeller's weights for prediction, compiled from the trained <see cref="AveragedPerceptron"/>:
/// each feature keeps only its nonzero (relation, weight) pairs, found through an open-addressing
/// table whose slot holds the key and where its pairs start. A label feature is updated for a few of
/// the ~50 relations, so its dense row is mostly zeros: reading and adding the pairs alone halves the
/// parser's time. Stored in the perceptron's dense format (the zeros put back), so a model file does
/// not change. Read-only, so safe to share between threads.
/// </summary>
internal sealed class LabelWeights
{
    private struct Slot
    {
        public ulong Key;
        public int Start;
        public int Count;
    }

    private readonly Slot[] _slots;
    private readonly int _shift;
    private readonly byte[] _classes;
    private readonly float[] _weights;
    private readonly Slot? _zero; // key 0 marks an empty slot: a feature hashed to 0 lives apart

    private LabelWeights(int classCount, IReadOnlyList<(ulong Key, float[] Row)> rows)
    {
        if (classCount > 256) throw new ArgumentOutOfRangeException(nameof(classCount), "at most 256 relations");
        ClassCount = classCount;
        FeatureCount = rows.Count;
        int bits = Math.Max(4, BitOperations.Log2((uint)Math.Max(1, rows.Count)) + 2); // load factor at most 1/2
        _slots = new Slot[1 << bits];
        _shift = 64 - bits;
        int total = rows.Sum(r => r.Row.Count(Kept));
        _classes = new byte[total];
        _weights = new float[total];
        int start = 0, mask = _slots.Length - 1;
        foreach (var (key, row) in rows)
        {
            var slot = new Slot { Key = key, Start = start };
            for (int k = 0; k < row.Length; k++)
            {
                if (!Kept(row[k])) continue;
                _classes[start] = (byte)k;
                _weights[start++] = row[k];
            }
            slot.Count = start - slot.Start;
            if (key == 0) { _zero = slot; continue; }
            int i = Home(key);
            while (_slots[i].Key != 0) i = (i + 1) & mask;
            _slots[i] = slot;
        }
    }

    // A stored -0 is kept, so that writing the weights back gives the same bytes.
    private static bool Kept(float w) => w != 0 || float.IsNegative(w);

    public int ClassCount { get; }

    public int FeatureCount { get; }

    // Fibonacci hashing: the keys are hashes already, this only spreads them over the table's bits.
    private int Home(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);

    /// <summary>Adds the weights of each known feature into <paramref name="scores"/> (one per relation, cleared by the caller).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        var slots = _slots;
        int mask = slots.Length - 1;
        foreach (var f in features)
        {
            if (f == 0)
            {
                if (_zero is { } zero) Add(zero, scores);
                continue;
            }
            for (int i = Home(f); ; i = (i + 1) & mask)
            {
                ref readonly var slot = ref slots[i];
                if (slot.Key == f) { Add(slot, scores); break; }
                if (slot.Key == 0) break;
            }
        }
    }

    private void Add(in Slot slot, Span<float> scores)
    {
        var classes = _classes.AsSpan(slot.Start, slot.Count);
        var weights = _weights.AsSpan(slot.Start, slot.Count);
        for (int k = 0; k < classes.Length; k++) scores[classes[k]] += weights[k];
    }

    /// <summary>The weights of the averaged (and pruned) <paramref name="model"/>, rounded to half precision as they are stored.</summary>
    public static LabelWeights Compile(AveragedPerceptron model)
    {
        using var buffer = new MemoryStream();
        using (var w = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true)) model.Write(w);
        buffer.Position = 0;
        using var r = new BinaryReader(buffer);
        return Read(r);
    }

    /// <summary>Reads weights written by <see cref="AveragedPerceptron.Write"/> (or <see cref="Write"/>: the same format).</summary>
    public static LabelWeights Read(BinaryReader r)
    {
        int classes = r.ReadInt32();
        int count = r.ReadInt32();
        var rows = new (ulong, float[])[count];
        for (int i = 0; i < count; i++)
        {
            ulong key = r.ReadUInt64();
            var row = new float[classes];
            for (int k = 0; k < classes; k++) row[k] = (float)r.ReadHalf();
            rows[i] = (key, row);
        }
        return new LabelWeights(classes, rows);
    }

    /// <summary>Writes the weights as <see cref="AveragedPerceptron.Write"/> does: class and feature counts, then each key in order with its dense row of half-precision weights.</summary>
    public void Write(BinaryWriter w)
    {
        w.Write(ClassCount);
        w.Write(FeatureCount);
        var slots = _slots.Where(s => s.Key != 0);
        if (_zero is { } zero) slots = slots.Append(zero);
        var row = new float[ClassCount];
        foreach (var s in slots.OrderBy(s => s.Key))
        {
            Array.Clear(row);
            for (int k = s.Start; k < s.Start + s.Count; k++) row[_classes[k]] = _weights[k];
            w.Write(s.Key);
            foreach (var x in row) w.Write((Half)x);
        }
    }
}
