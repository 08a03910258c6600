using System.Numerics;
using Sitrep.Nlp.Learning;

namespace Sitrep.Nlp.Parsing;

/// <summary>
/// The transition classifier's weights for prediction, compiled from the trained
/// <see cref="AveragedPerceptron"/>: an open-addressing table whose slot holds a feature's key and
/// its four weights (Shift, Reduce, LeftArc, RightArc) side by side, so looking up a feature reads
/// one stretch of memory, not a key, a row number and a row in three arrays. The parser looks up
/// about a hundred features per transition: its hot path is memory-bound. Stored in the
/// perceptron's format (keys in order, half-precision weights). Read-only, so safe to share between threads.
/// </summary>
internal sealed class TransitionWeights
{
    private struct Slot
    {
        public ulong Key;
        public float W0, W1, W2, W3;
    }

    private readonly Slot[] _slots;
    private readonly int _shift;
    private readonly bool _hasZeroKey; // key 0 marks an empty slot: a feature hashed to 0 lives apart
    private readonly Slot _zero;

    private TransitionWeights(IReadOnlyList<(ulong Key, float[] Weights)> rows)
    {
        int bits = Math.Max(4, BitOperations.Log2((uint)Math.Max(1, rows.Count)) + 2); // load factor at most 1/2
        _slots = new Slot[1 << bits];
        _shift = 64 - bits;
        int mask = _slots.Length - 1;
        foreach (var (key, w) in rows)
        {
            var slot = new Slot { Key = key, W0 = w[0], W1 = w[1], W2 = w[2], W3 = w[3] };
            if (key == 0) { _zero = slot; _hasZeroKey = true; continue; }
            int i = Home(key);
            while (_slots[i].Key != 0) i = (i + 1) & mask;
            _slots[i] = slot;
        }
        FeatureCount = rows.Count;
    }

    public int FeatureCount { get; }

    // Fibonacci hashing: the keys are hashes already, this only spreads them over the table's bits.
    private int Home(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);

    /// <summary>Adds the weights of each known feature into <paramref name="scores"/> (one per transition, cleared by the caller).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        var slots = _slots;
        int mask = slots.Length - 1;
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        foreach (var f in features)
        {
            if (f == 0)
            {
                if (_hasZeroKey) { s0 += _zero.W0; s1 += _zero.W1; s2 += _zero.W2; s3 += _zero.W3; }
                continue;
            }
            for (int i = Home(f); ; i = (i + 1) & mask)
            {
                ref readonly var slot = ref slots[i];
                if (slot.Key == f) { s0 += slot.W0; s1 += slot.W1; s2 += slot.W2; s3 += slot.W3; break; }
                if (slot.Key == 0) break;
            }
        }
        scores[0] += s0; scores[1] += s1; scores[2] += s2; scores[3] += s3;
    }

    /// <summary>The weights of the averaged (and pruned) <paramref name="model"/>, rounded to half precision as they are stored.</summary>
    public static TransitionWeights Compile(AveragedPerceptron model) => model.Reread(Read);

    /// <summary>Reads weights written by <see cref="AveragedPerceptron.Write"/> (or <see cref="Write"/>: the same format).</summary>
    public static TransitionWeights Read(BinaryReader r)
    {
        int classes = r.ReadInt32();
        if (classes != DependencyParser.TransitionCount) throw new InvalidDataException($"{classes} transition classes, expected {DependencyParser.TransitionCount}");
        int count = r.ReadInt32();
        var rows = new (ulong, float[])[count];
        for (int i = 0; i < count; i++)
        {
            ulong key = r.ReadUInt64();
            var weights = new float[classes];
            for (int k = 0; k < classes; k++) weights[k] = (float)r.ReadHalf();
            rows[i] = (key, weights);
        }
        return new TransitionWeights(rows);
    }

    /// <summary>Writes the weights as <see cref="AveragedPerceptron.Write"/> does: class count, feature count, then each key in order with its half-precision weights.</summary>
    public void Write(BinaryWriter w)
    {
        w.Write(DependencyParser.TransitionCount);
        w.Write(FeatureCount);
        var slots = _slots.Where(s => s.Key != 0);
        if (_hasZeroKey) slots = slots.Append(_zero);
        foreach (var s in slots.OrderBy(s => s.Key))
        {
            w.Write(s.Key);
            w.Write((Half)s.W0);
            w.Write((Half)s.W1);
            w.Write((Half)s.W2);
            w.Write((Half)s.W3);
        }
    }
}
