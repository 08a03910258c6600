using System.Numerics;
using Sitrep.Nlp.Learning;

namespace Sitrep.Nlp.Tagging;

/// <summary>
/// The tagger's weights for prediction, compiled from the trained <see cref="AveragedPerceptron"/>:
/// each feature keeps only its nonzero (class, weight) pairs (a feature of the tagger touches a few of
/// its ~100 classes, so a dense row is mostly zeros), found through an open-addressing table whose
/// slot holds the key and where its pairs start. Scoring a word then reads two short runs of memory
/// per feature instead of a dictionary entry and a 400-byte row: the tagger's hot path is memory-bound.
/// Read-only, so safe to share between threads.
/// </summary>
internal sealed class PosWeights
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

    private PosWeights(int classCount, List<(ulong Key, byte[] Classes, float[] Weights)> rows)
    {
        if (classCount > 256) throw new ArgumentOutOfRangeException(nameof(classCount), "at most 256 classes");
        ClassCount = classCount;
        FeatureCount = rows.Count;
        int bits = Math.Max(4, BitOperations.Log2((uint)Math.Max(1, rows.Count)) + 2); // load factor at most 1/2
        _slots = new Slot[1 << bits];
        _shift = 64 - bits;
        int total = rows.Sum(r => r.Classes.Length);
        _classes = new byte[total];
        _weights = new float[total];
        int start = 0;
        foreach (var (key, classes, weights) in rows)
        {
            if (key == 0) throw new ArgumentException("feature key 0 is reserved");
            int mask = _slots.Length - 1;
            int i = Home(key);
            while (_slots[i].Key != 0)
            {
                if (_slots[i].Key == key) throw new ArgumentException("duplicate feature key");
                i = (i + 1) & mask;
            }
            _slots[i] = new Slot { Key = key, Start = start, Count = classes.Length };
            classes.CopyTo(_classes, start);
            weights.CopyTo(_weights, start);
            start += classes.Length;
        }
    }

    /// <summary>No weights at all (every class scores 0).</summary>
    public static PosWeights Empty(int classCount) => new(classCount, []);

    public int ClassCount { get; }

    public int FeatureCount { get; }

    public int WeightCount => _weights.Length;

    // Fibonacci hashing: the keys are hashes already, this only spreads them over the table's bits.
    private int Home(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);

    /// <summary>Adds the weights of each known feature into <paramref name="scores"/>.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        var slots = _slots;
        int mask = slots.Length - 1;
        foreach (var f in features)
        {
            int i = Home(f);
            while (true)
            {
                ref readonly var slot = ref slots[i];
                if (slot.Key == f)
                {
                    var classes = _classes.AsSpan(slot.Start, slot.Count);
                    var weights = _weights.AsSpan(slot.Start, slot.Count);
                    for (int k = 0; k < classes.Length; k++) scores[classes[k]] += weights[k];
                    break;
                }
                if (slot.Key == 0) break;
                i = (i + 1) & mask;
            }
        }
    }

    /// <summary>
    /// Compiles the averaged <paramref name="model"/>'s rows for <paramref name="features"/> (every
    /// feature it was ever updated on), keeping the weights whose magnitude is at least
    /// <paramref name="threshold"/> (after half-precision rounding, which is how they are stored).
    /// </summary>
    public static PosWeights Compile(AveragedPerceptron model, IEnumerable<ulong> features, float threshold)
    {
        int c = model.ClassCount;
        var rows = new List<(ulong, byte[], float[])>();
        var row = new float[c];
        var single = new ulong[1];
        var classes = new List<byte>();
        var weights = new List<float>();
        foreach (var key in features.Distinct().Order())
        {
            if (key == 0) continue; // the empty-slot marker; a 1-in-2^64 feature is not worth a branch in Score
            single[0] = key;
            Array.Clear(row);
            model.Score(single, row);
            classes.Clear();
            weights.Clear();
            for (int k = 0; k < c; k++)
            {
                float w = (float)(Half)row[k];
                if (w == 0 || Math.Abs(w) < threshold) continue;
                classes.Add((byte)k);
                weights.Add(w);
            }
            if (classes.Count > 0) rows.Add((key, classes.ToArray(), weights.ToArray()));
        }
        return new PosWeights(c, rows);
    }

    /// <summary>Features in key order, each with its (class, half-precision weight) pairs.</summary>
    public void Write(BinaryWriter w)
    {
        w.Write(ClassCount);
        w.Write(FeatureCount);
        foreach (var slot in _slots.Where(s => s.Key != 0).OrderBy(s => s.Key))
        {
            w.Write(slot.Key);
            w.Write((byte)(slot.Count - 1));
            for (int k = slot.Start; k < slot.Start + slot.Count; k++)
            {
                w.Write(_classes[k]);
                w.Write((Half)_weights[k]);
            }
        }
    }

    public static PosWeights Read(BinaryReader r)
    {
        int classCount = r.ReadInt32();
        int n = r.ReadInt32();
        var rows = new List<(ulong, byte[], float[])>(n);
        for (int i = 0; i < n; i++)
        {
            ulong key = r.ReadUInt64();
            int count = r.ReadByte() + 1;
            var classes = new byte[count];
            var weights = new float[count];
            for (int k = 0; k < count; k++)
            {
                classes[k] = r.ReadByte();
                weights[k] = (float)r.ReadHalf();
            }
            rows.Add((key, classes, weights));
        }
        return new PosWeights(classCount, rows);
    }
}
