using Sitrep.Nlp.Learning;
using Xunit;

namespace Sitrep.Nlp.Tests.Learning;

public class AveragedPerceptronTests
{
    // A toy task written for the test: the class is the index of the one "on" feature among three.
    private static readonly ulong[][] Examples = [[FeatureHash.Of(1, "a")], [FeatureHash.Of(1, "b")], [FeatureHash.Of(1, "c")]];

    private static AveragedPerceptron Train()
    {
        var p = new AveragedPerceptron(3, 4);
        for (int epoch = 0; epoch < 5; epoch++)
            for (int y = 0; y < 3; y++)
                p.Update(Examples[y], y, p.Predict(Examples[y]));
        p.Average();
        return p;
    }

    [Fact]
    public void Learns_a_separable_task_and_keeps_it_after_averaging()
    {
        var p = Train();
        Assert.Equal([0, 1, 2], Enumerable.Range(0, 3).Select(y => p.Predict(Examples[y])));
    }

    [Fact]
    public void Round_trips_through_its_file_format_with_identical_predictions()
    {
        var p = Train();
        using var buffer = new MemoryStream();
        using (var w = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true)) p.Write(w);
        buffer.Position = 0;
        var q = AveragedPerceptron.Read(new BinaryReader(buffer));
        Assert.Equal(p.FeatureCount, q.FeatureCount);
        Span<float> a = stackalloc float[3], b = stackalloc float[3];
        for (int y = 0; y < 3; y++)
        {
            a.Clear(); b.Clear();
            p.Score(Examples[y], a);
            q.Score(Examples[y], b);
            Assert.Equal(p.Predict(Examples[y]), q.Predict(Examples[y]));
            for (int k = 0; k < 3; k++) Assert.Equal((float)(Half)a[k], b[k]);
        }
    }

    [Fact]
    public void A_mask_restricts_the_classes_predicted()
    {
        var p = Train();
        Assert.Equal(1, p.Predict(Examples[0], [false, true, true]));
    }

    [Fact]
    public void Unknown_features_score_nothing() => Assert.Equal(0, Train().Predict([FeatureHash.Of(9, "zzz")]));

    [Fact]
    public void Hashes_keep_parts_apart() => Assert.NotEqual(FeatureHash.Of(1, "ab", "c"), FeatureHash.Of(1, "a", "bc"));

    [Fact]
    public void A_trained_model_scores_every_feature_it_kept_including_a_hash_of_zero()
    {
        // Many features, one of them hashed to 0 (the lookup table's empty marker), each voting for its own class.
        var p = new AveragedPerceptron(2, 4);
        var features = Enumerable.Range(0, 5000).Select(i => i == 1 ? 0UL : FeatureHash.Of(3, i)).ToArray();
        for (int epoch = 0; epoch < 3; epoch++)
            for (int i = 0; i < features.Length; i++)
                p.Update([features[i]], i % 2, p.Predict([features[i]]));
        p.Average();
        Assert.All(Enumerable.Range(0, features.Length), i => Assert.Equal(i % 2, p.Predict([features[i]])));
        Assert.Equal(0, p.Predict([FeatureHash.Of(4, "absent")]));
    }

    [Fact]
    public void The_mean_of_models_scores_the_mean_of_their_scores_over_the_union_of_features()
    {
        var a = Train();
        var b = new AveragedPerceptron(3, 4);
        ulong d = FeatureHash.Of(1, "d");
        for (int epoch = 0; epoch < 3; epoch++) b.Update([d], 2, b.Predict([d]));
        b.Average();
        var mean = AveragedPerceptron.Mean([a, b]);
        Assert.Equal(a.FeatureCount + 1, mean.FeatureCount);
        Span<float> sa = stackalloc float[3], sb = stackalloc float[3], sm = stackalloc float[3];
        foreach (var features in Examples.Append([d]))
        {
            sa.Clear(); sb.Clear(); sm.Clear();
            a.Score(features, sa);
            b.Score(features, sb);
            mean.Score(features, sm);
            for (int k = 0; k < 3; k++) Assert.Equal((sa[k] + sb[k]) / 2, sm[k], 5);
        }
        Assert.Equal(2, mean.Predict([d]));
    }

    [Fact]
    public void Only_averaged_models_of_the_same_classes_can_be_merged()
    {
        Assert.Throws<ArgumentException>(() => AveragedPerceptron.Mean([Train(), new AveragedPerceptron(3, 4)]));
        var two = new AveragedPerceptron(2, 4);
        two.Average();
        Assert.Throws<ArgumentException>(() => AveragedPerceptron.Mean([Train(), two]));
    }
}
