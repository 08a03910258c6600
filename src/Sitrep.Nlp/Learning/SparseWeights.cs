using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Sitrep.Nlp.Learning;

/// <summary>
/// Read-only weights for prediction where each feature keeps only its nonzero (class, weight) pairs,
/// found through an open-addressing table whose slot holds the key and where its pairs start. A
/// feature of a tagger or a labeller touches a few of its classes, so a dense row is mostly zeros;
/// scoring then reads two short runs of memory per feature instead of a dictionary entry and a whole
/// row, which matters on the memory-bound hot paths of the tagger and the parser. Key 0 (the empty-slot
/// marker) is kept apart, so every feature hash can be stored. Safe to share between threads.
/// </summary>
internal sealed class SparseWeights
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
    private readonly Slot? _zero;

    /// <summary>Builds the table from rows of (key, classes, weights); keys must be distinct.</summary>
    public SparseWeights(int classCount, IReadOnlyCollection<(ulong Key, byte[] Classes, float[] Weights)> rows)
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
        int start = 0, mask = _slots.Length - 1;
        foreach (var (key, classes, weights) in rows)
        {
            var slot = new Slot { Key = key, Start = start, Count = classes.Length };
            classes.CopyTo(_classes, start);
            weights.CopyTo(_weights, start);
            start += classes.Length;
            if (key == 0)
            {
                if (_zero is not null) throw new ArgumentException("duplicate feature key", nameof(rows));
                _zero = slot;
                continue;
            }
            int i = Home(key);
            while (_slots[i].Key != 0)
            {
                if (_slots[i].Key == key) throw new ArgumentException("duplicate feature key", nameof(rows));
                i = (i + 1) & mask;
            }
            _slots[i] = slot;
        }
    }

    public int ClassCount { get; }

    public int FeatureCount { get; }

    public int WeightCount => _weights.Length;

    // Fibonacci hashing: the keys are hashes already, this only spreads them over the table's bits.
    private int Home(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);

    /// <summary>Adds the weights of each known feature into <paramref name="scores"/> (cleared or seeded by the caller).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        var slots = _slots;
        int mask = slots.Length - 1;
        // First read every feature's home slot, with nothing waiting on the reads: the cache misses
        // (most lookups miss) then overlap instead of coming one after another in the probing loop
        // below, whose branches depend on each read. On the parser's labeller this alone takes a
        // third off the scoring time. If every home slot is empty, no feature is known.
        ref var first = ref MemoryMarshal.GetArrayDataReference(slots);
        ulong seen = 0;
        foreach (var f in features) seen |= Unsafe.Add(ref first, Home(f)).Key;
        if (seen == 0 && _zero is null) return;
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

    /// <summary>The rows in key order, for writing a model file.</summary>
    public IEnumerable<(ulong Key, ReadOnlyMemory<byte> Classes, ReadOnlyMemory<float> Weights)> Rows()
    {
        var slots = _slots.Where(s => s.Key != 0);
        if (_zero is { } zero) slots = slots.Append(zero);
        foreach (var s in slots.OrderBy(s => s.Key))
            yield return (s.Key, _classes.AsMemory(s.Start, s.Count), _weights.AsMemory(s.Start, s.Count));
    }
}
