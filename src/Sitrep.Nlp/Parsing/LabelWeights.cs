using Sitrep.Nlp.Learning;

namespace Sitrep.Nlp.Parsing;

/// <summary>
/// The labeller's weights for prediction, compiled from the trained <see cref="AveragedPerceptron"/>
/// into <see cref="SparseWeights"/>: a label feature is updated for a few of the ~50 relations, so
/// its dense row is mostly zeros, and reading and adding the nonzero pairs alone halves the parser's
/// time. Stored in the perceptron's dense format (the zeros put back), so a model file does not
/// change. Read-only, so safe to share between threads.
/// </summary>
internal sealed class LabelWeights
{
    private readonly SparseWeights _table;

    private LabelWeights(SparseWeights table) => _table = table;

    // A stored -0 is kept, so that writing the weights back gives the same bytes.
    private static bool Kept(float w) => w != 0 || float.IsNegative(w);

    public int ClassCount => _table.ClassCount;

    public int FeatureCount => _table.FeatureCount;

    /// <summary>Adds the weights of each known feature into <paramref name="scores"/> (one per relation, cleared by the caller).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores) => _table.Score(features, scores);

    /// <summary>The weights of the averaged (and pruned) <paramref name="model"/>, rounded to half precision as they are stored.</summary>
    public static LabelWeights Compile(AveragedPerceptron model) => model.Reread(Read);

    /// <summary>Reads weights written by <see cref="AveragedPerceptron.Write"/> (or <see cref="Write"/>: the same format).</summary>
    public static LabelWeights Read(BinaryReader r)
    {
        int classes = r.ReadInt32();
        int count = r.ReadInt32();
        var rows = new (ulong, byte[], float[])[count];
        var row = new float[classes];
        for (int i = 0; i < count; i++)
        {
            ulong key = r.ReadUInt64();
            for (int k = 0; k < classes; k++) row[k] = (float)r.ReadHalf();
            var kept = Enumerable.Range(0, classes).Where(k => Kept(row[k])).ToArray();
            rows[i] = (key, kept.Select(k => (byte)k).ToArray(), kept.Select(k => row[k]).ToArray());
        }
        return new LabelWeights(new SparseWeights(classes, rows));
    }

    /// <summary>Writes the weights as <see cref="AveragedPerceptron.Write"/> does: class and feature counts, then each key in order with its dense row of half-precision weights.</summary>
    public void Write(BinaryWriter w)
    {
        w.Write(ClassCount);
        w.Write(FeatureCount);
        var row = new float[ClassCount];
        foreach (var (key, classes, weights) in _table.Rows())
        {
            Array.Clear(row);
            for (int k = 0; k < classes.Length; k++) row[classes.Span[k]] = weights.Span[k];
            w.Write(key);
            foreach (var x in row) w.Write((Half)x);
        }
    }
}
