using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Sitrep.Nlp.Learning;

namespace Sitrep.Nlp.Parsing;

/// <summary>
/// The transition classifier's weights for prediction, compiled from the trained
/// <see cref="AveragedPerceptron"/>. The parser looks up about a hundred features per transition in
/// a table of 700,000, far bigger than the caches, so its hot path waits on memory: the layout is
/// made for that. The table is open addressing over 64-byte buckets, aligned to cache lines, each
/// holding four keys and their four weights (Shift, Reduce, LeftArc, RightArc) as half-precision
/// bits (the model file's precision); a lookup compares the four keys at once and reads one cache
/// line, and only when a bucket is full does it go on to the next (linear probing by bucket, at most
/// half full). Against the earlier layout (24-byte slots of a key and four floats, a quarter of them
/// straddling two cache lines, probed one by one) this takes about a quarter off the lookups.
/// Stored in the perceptron's format (keys in order, half-precision weights). Read-only, so safe to
/// share between threads.
/// </summary>
internal sealed class TransitionWeights
{
    private const int Ways = 4;

    [StructLayout(LayoutKind.Sequential)]
    private struct Bucket
    {
        public Vector256<ulong> Keys;   // 0 marks an empty way
        public Vector256<ulong> Rows;   // each way's four weights as halves, Shift in the low bits
    }

    private readonly ulong[] _memory;   // pinned: the buckets start at the first 64-byte boundary
    private readonly int _first;        // index in _memory of bucket 0
    private readonly int _shift;
    private readonly int _mask;
    private readonly bool _hasZeroKey;  // key 0 marks an empty way: a feature hashed to 0 lives apart
    private readonly ulong _zeroRow;

    private TransitionWeights(IReadOnlyList<(ulong Key, ulong Row)> rows)
    {
        if (Unsafe.SizeOf<Bucket>() != 64) throw new InvalidOperationException("unexpected bucket layout");
        int bits = Math.Max(2, BitOperations.Log2((uint)Math.Max(1, rows.Count))); // 4 ways per bucket: at most half full
        int buckets = 1 << bits;
        _shift = 64 - bits;
        _mask = buckets - 1;
        _memory = GC.AllocateArray<ulong>((buckets + 1) * 8, pinned: true);
        long address = Marshal.UnsafeAddrOfPinnedArrayElement(_memory, 0).ToInt64();
        _first = (int)((64 - address % 64) % 64 / sizeof(ulong));
        ref ulong ways = ref _memory[_first];
        foreach (var (key, row) in rows)
        {
            if (key == 0) { _zeroRow = row; _hasZeroKey = true; continue; }
            for (int b = Home(key); ; b = (b + 1) & _mask)
            {
                ref ulong bucket = ref Unsafe.Add(ref ways, b * 8);
                int way = 0;
                while (way < Ways && Unsafe.Add(ref bucket, way) != 0) way++;
                if (way == Ways) continue;
                Unsafe.Add(ref bucket, way) = key;
                Unsafe.Add(ref bucket, Ways + way) = row;
                break;
            }
        }
        FeatureCount = rows.Count;
    }

    public int FeatureCount { get; }

    // Fibonacci hashing: the keys are hashes already, this only spreads them over the table's bits.
    private int Home(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);

    private ref Bucket Buckets => ref Unsafe.As<ulong, Bucket>(ref _memory[_first]);

    /// <summary>The weights of <paramref name="f"/> as four halves (0 when the feature is unknown).</summary>
    private ulong Row(ref Bucket buckets, ulong f)
    {
        if (f == 0) return _zeroRow;
        var key = Vector256.Create(f);
        for (int b = Home(f); ; b = (b + 1) & _mask)
        {
            ref var bucket = ref Unsafe.Add(ref buckets, b);
            var keys = bucket.Keys;
            uint found = Vector256.Equals(keys, key).ExtractMostSignificantBits();
            if (found != 0) return Unsafe.Add(ref Unsafe.As<Vector256<ulong>, ulong>(ref bucket.Rows), BitOperations.TrailingZeroCount(found));
            if (Vector256.EqualsAny(keys, Vector256<ulong>.Zero)) return 0;
        }
    }

    /// <summary>
    /// Adds the weights of each known feature into <paramref name="scores"/> (one per transition,
    /// cleared by the caller) as the model was trained: float sums, feature by feature in order.
    /// </summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        ref var buckets = ref Buckets;
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        foreach (var f in features)
        {
            ulong row = Row(ref buckets, f);
            if (row == 0) continue;
            var w = HalfBits.ToSingles(row);
            s0 += w.GetElement(0); s1 += w.GetElement(1); s2 += w.GetElement(2); s3 += w.GetElement(3);
        }
        scores[0] += s0; scores[1] += s1; scores[2] += s2; scores[3] += s3;
    }

    /// <summary>The best of the <paramref name="legal"/> transitions by the float sums of all the <paramref name="features"/> (in template order), as in training.</summary>
    public int Best(ReadOnlySpan<ulong> features, ReadOnlySpan<bool> legal)
    {
        Span<float> scores = stackalloc float[DependencyParser.TransitionCount];
        scores.Clear();
        Score(features, scores);
        return AveragedPerceptron.ArgMax(scores, legal);
    }

    /// <summary>Adds the weights of each known feature into <paramref name="scores"/> exactly (see <see cref="ExactScores"/>).</summary>
    public void Score(ReadOnlySpan<ulong> features, ref ExactScores scores)
    {
        ref var buckets = ref Buckets;
        var sum = Vector256<double>.Zero;
        var magnitude = Vector256<double>.Zero;
        foreach (var f in features)
        {
            ulong row = Row(ref buckets, f);
            var w = HalfBits.ToDoubles(row);
            sum += w;
            magnitude += Vector256.Abs(w);
        }
        scores.Sum += sum;
        scores.Magnitude += magnitude;
    }

    /// <summary>The weights of the averaged (and pruned) <paramref name="model"/>, rounded to half precision as they are stored.</summary>
    public static TransitionWeights Compile(AveragedPerceptron model) => model.Reread(Read);

    /// <summary>Reads weights written by <see cref="AveragedPerceptron.Write"/> (or <see cref="Write"/>: the same format).</summary>
    public static TransitionWeights Read(BinaryReader r)
    {
        int classes = r.ReadInt32();
        if (classes != DependencyParser.TransitionCount) throw new InvalidDataException($"{classes} transition classes, expected {DependencyParser.TransitionCount}");
        int count = r.ReadInt32();
        var rows = new (ulong, ulong)[count];
        for (int i = 0; i < count; i++)
        {
            ulong key = r.ReadUInt64();
            ulong row = 0;
            for (int k = 0; k < classes; k++)
            {
                ushort bits = r.ReadUInt16();
                if ((bits & 0x7C00) == 0x7C00) throw new InvalidDataException("a transition weight is infinite or not a number");
                row |= (ulong)bits << (16 * k);
            }
            rows[i] = (key, row);
        }
        return new TransitionWeights(rows);
    }

    /// <summary>Writes the weights as <see cref="AveragedPerceptron.Write"/> does: class count, feature count, then each key in order with its half-precision weights.</summary>
    public void Write(BinaryWriter w)
    {
        w.Write(DependencyParser.TransitionCount);
        w.Write(FeatureCount);
        var rows = new List<(ulong Key, ulong Row)>(FeatureCount);
        ref ulong ways = ref _memory[_first];
        for (int b = 0; b <= _mask; b++)
            for (int way = 0; way < Ways; way++)
            {
                ulong key = Unsafe.Add(ref ways, b * 8 + way);
                if (key != 0) rows.Add((key, Unsafe.Add(ref ways, b * 8 + Ways + way)));
            }
        if (_hasZeroKey) rows.Add((0, _zeroRow));
        foreach (var (key, row) in rows.OrderBy(r => r.Key))
        {
            w.Write(key);
            for (int k = 0; k < DependencyParser.TransitionCount; k++) w.Write((ushort)(row >> (16 * k)));
        }
    }
}
