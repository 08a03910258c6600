using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Sitrep.Nlp.Learning;

/// <summary>
/// Read-only weights for prediction where each feature keeps only its nonzero (class, weight) pairs:
/// a feature of a tagger or a labeller touches a few of its classes (the POS tagger about 3 of 102,
/// the parser's labeller 4.5 of 51), so a dense row is mostly zeros.
/// <para>
/// Scoring waits on memory (the tables are bigger than the caches, and the parser's transition table
/// evicts the labeller's), so the layout keeps a feature in one cache line: open addressing over
/// 32-byte slots aligned to half cache lines, each holding the key and the feature's first
/// <see cref="InlinePairs"/> pairs, the weights as half-precision bits (how the models store them);
/// only the few features with more pairs read a second run of memory. Every feature's home slot is
/// read before any is probed, so that the cache misses overlap instead of following one another
/// through the probing loop's data-dependent branches. Against slots that pointed into separate class
/// and weight arrays (three dependent reads per feature), whole-parse time fell by a sixth and the
/// tagger's scoring by a fifth. A weight that is not exactly a finite half keeps its row out of the
/// slot, in float, so the scores never depend on the layout. Key 0 (the empty-slot marker) is kept
/// apart, so every feature hash can be stored. Safe to share between threads.
/// </para>
/// </summary>
internal sealed class SparseWeights
{
    /// <summary>How many (class, weight) pairs a slot holds.</summary>
    public const int InlinePairs = 6;

    private const int SlotBytes = 32;
    private const int SlotWords = SlotBytes / sizeof(ulong);

    [StructLayout(LayoutKind.Sequential)]
    private struct Slot
    {
        public ulong Key;
        public int Start;
        public ushort Counts;   // low 3 bits: pairs in the slot; above: pairs outside it
        public Classes6 Classes;
        public Halves6 Weights;
    }

    [InlineArray(InlinePairs)]
    private struct Classes6
    {
        private byte _first;
    }

    [InlineArray(InlinePairs)]
    private struct Halves6
    {
        private ushort _first;
    }

    [StructLayout(LayoutKind.Sequential, Pack = 1)]
    private struct Pair
    {
        public byte Class;
        public float Weight;
    }

    private readonly ulong[] _memory;   // pinned: the slots start at the first 64-byte boundary
    private readonly int _first;        // index in _memory of slot 0
    private readonly int _shift;
    private readonly int _mask;
    private readonly Pair[] _outside;   // the pairs that do not fit in their slots
    private readonly bool _hasZero;     // key 0's row sits in the slot after the table's last (and its slack)
    /// <summary>Builds the table from rows of (key, classes, weights); keys must be distinct.</summary>
    public SparseWeights(int classCount, IReadOnlyCollection<(ulong Key, byte[] Classes, float[] Weights)> rows)
    {
        if (classCount > 256) throw new ArgumentOutOfRangeException(nameof(classCount), "at most 256 classes");
        if (Unsafe.SizeOf<Slot>() != SlotBytes) throw new InvalidOperationException("unexpected slot layout");
        ClassCount = classCount;
        FeatureCount = rows.Count;
        int bits = Math.Max(4, BitOperations.Log2((uint)Math.Max(1, rows.Count)) + 2); // load factor at most 1/2
        int slots = 1 << bits;
        _shift = 64 - bits;
        _mask = slots - 1;
        // Slack to align; then a slot past the last (read by the widening of its halves), key 0's, and one past that.
        _memory = GC.AllocateArray<ulong>((slots + 5) * SlotWords, pinned: true);
        long address = Marshal.UnsafeAddrOfPinnedArrayElement(_memory, 0).ToInt64();
        _first = (int)((64 - address % 64) % 64 / sizeof(ulong));
        var outside = new List<Pair>();
        foreach (var (key, classes, weights) in rows)
        {
            if (classes.Length != weights.Length) throw new ArgumentException("one weight per class", nameof(rows));
            var slot = new Slot { Key = key, Start = outside.Count };
            int inline = Math.Min(InlinePairs, classes.Length);
            for (int k = 0; k < inline; k++)
            {
                if (!HalfBits.TryGet(weights[k], out ushort h)) { inline = 0; break; }
                slot.Classes[k] = classes[k];
                slot.Weights[k] = h;
            }
            for (int k = inline; k < classes.Length; k++) outside.Add(new Pair { Class = classes[k], Weight = weights[k] });
            slot.Counts = (ushort)(inline | (classes.Length - inline) << 3);
            if (key == 0)
            {
                if (_hasZero) throw new ArgumentException("duplicate feature key", nameof(rows));
                SlotAt(ZeroSlot) = slot;
                _hasZero = true;
                continue;
            }
            int i = Home(key);
            while (SlotAt(i).Key != 0)
            {
                if (SlotAt(i).Key == key) throw new ArgumentException("duplicate feature key", nameof(rows));
                i = (i + 1) & _mask;
            }
            SlotAt(i) = slot;
        }
        _outside = outside.ToArray();
        WeightCount = rows.Sum(r => r.Classes.Length);
    }

    public int ClassCount { get; }

    public int FeatureCount { get; }

    public int WeightCount { get; }

    // Fibonacci hashing: the keys are hashes already, this only spreads them over the table's bits.
    private int Home(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);

    private int ZeroSlot => _mask + 2;

    private ref Slot SlotAt(int i) => ref Unsafe.Add(ref Unsafe.As<ulong, Slot>(ref _memory[_first]), i);

    /// <summary>Adds the weights of each known feature into <paramref name="scores"/> (cleared or seeded by the caller).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        ref var slots = ref Unsafe.As<ulong, Slot>(ref _memory[_first]);
        // All home slots first, nothing waiting on the reads; if all are empty, no feature is known.
        ulong seen = 0;
        foreach (var f in features) seen |= Unsafe.Add(ref slots, Home(f)).Key;
        if (seen == 0 && !_hasZero) return;
        foreach (var f in features)
        {
            if (f == 0)
            {
                if (_hasZero) Add(in Unsafe.Add(ref slots, ZeroSlot), scores);
                continue;
            }
            for (int i = Home(f); ; i = (i + 1) & _mask)
            {
                ref readonly var slot = ref Unsafe.Add(ref slots, i);
                if (slot.Key == f) { Add(in slot, scores); break; }
                if (slot.Key == 0) break;
            }
        }
    }

    private void Add(in Slot slot, Span<float> scores)
    {
        int inline = slot.Counts & 7;
        if (inline > 0)
        {
            // Six halves and the two bytes after them (the next slot's key): widened in two vectors.
            var halves = Vector128.LoadUnsafe(ref Unsafe.As<Halves6, ushort>(ref Unsafe.AsRef(in slot.Weights)));
            var low = HalfBits.ToSingles(Vector128.WidenLower(halves));
            var high = HalfBits.ToSingles(Vector128.WidenUpper(halves));
            ref byte classes = ref Unsafe.As<Classes6, byte>(ref Unsafe.AsRef(in slot.Classes));
            scores[classes] += low.GetElement(0);
            if (inline > 1) scores[Unsafe.Add(ref classes, 1)] += low.GetElement(1);
            if (inline > 2) scores[Unsafe.Add(ref classes, 2)] += low.GetElement(2);
            if (inline > 3) scores[Unsafe.Add(ref classes, 3)] += low.GetElement(3);
            if (inline > 4) scores[Unsafe.Add(ref classes, 4)] += high.GetElement(0);
            if (inline > 5) scores[Unsafe.Add(ref classes, 5)] += high.GetElement(1);
        }
        int outside = slot.Counts >> 3;
        if (outside == 0) return;
        foreach (var p in _outside.AsSpan(slot.Start, outside)) scores[p.Class] += p.Weight;
    }

    /// <summary>The rows in key order (each row's pairs in the order given), for writing a model file.</summary>
    public IEnumerable<(ulong Key, ReadOnlyMemory<byte> Classes, ReadOnlyMemory<float> Weights)> Rows()
    {
        var slots = new List<Slot>(FeatureCount);
        for (int i = 0; i <= _mask; i++) if (SlotAt(i).Key != 0) slots.Add(SlotAt(i));
        if (_hasZero) slots.Add(SlotAt(ZeroSlot));
        foreach (var s in slots.OrderBy(s => s.Key))
        {
            int inline = s.Counts & 7, outside = s.Counts >> 3;
            var classes = new byte[inline + outside];
            var weights = new float[inline + outside];
            for (int k = 0; k < inline; k++) (classes[k], weights[k]) = (s.Classes[k], HalfBits.ToSingle(s.Weights[k]));
            for (int k = 0; k < outside; k++) (classes[inline + k], weights[inline + k]) = (_outside[s.Start + k].Class, _outside[s.Start + k].Weight);
            yield return (s.Key, classes, weights);
        }
    }
}
