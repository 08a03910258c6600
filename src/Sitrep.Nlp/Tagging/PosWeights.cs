using Sitrep.Nlp.Learning;

namespace Sitrep.Nlp.Tagging;

/// <summary>
/// The tagger's weights for prediction, compiled from the trained <see cref="AveragedPerceptron"/>
/// into <see cref="SparseWeights"/> (a feature of the tagger touches a few of its ~100 classes), and
/// their file format: each feature with its (class, half-precision weight) pairs. Read-only, so safe
/// to share between threads.
/// </summary>
internal sealed class PosWeights
{
    private readonly SparseWeights _table;

    private PosWeights(SparseWeights table) => _table = table;

    /// <summary>No weights at all (every class scores 0).</summary>
    public static PosWeights Empty(int classCount) => new(new SparseWeights(classCount, []));

    public int ClassCount => _table.ClassCount;

    public int FeatureCount => _table.FeatureCount;

    public int WeightCount => _table.WeightCount;

    /// <summary>Adds the weights of each known feature into <paramref name="scores"/>.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores) => _table.Score(features, scores);

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
        return new PosWeights(new SparseWeights(c, rows));
    }

    /// <summary>Features in key order, each with its (class, half-precision weight) pairs.</summary>
    public void Write(BinaryWriter w)
    {
        w.Write(ClassCount);
        w.Write(FeatureCount);
        foreach (var (key, classes, weights) in _table.Rows())
        {
            w.Write(key);
            w.Write((byte)(classes.Length - 1));
            for (int k = 0; k < classes.Length; k++)
            {
                w.Write(classes.Span[k]);
                w.Write((Half)weights.Span[k]);
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
        return new PosWeights(new SparseWeights(classCount, rows));
    }
}
