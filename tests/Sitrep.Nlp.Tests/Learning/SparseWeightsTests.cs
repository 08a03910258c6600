using Sitrep.Nlp.Learning;
using Xunit;

namespace Sitrep.Nlp.Tests.Learning;

public class SparseWeightsTests
{
    private static SparseWeights Table() => new(4,
    [
        (42UL, [1, 3], [0.5f, -2f]),
        (0UL, [0], [1.5f]),
        (7UL, [2], [3f]),
    ]);

    [Fact]
    public void Scores_the_pairs_of_known_features_including_key_zero()
    {
        var scores = new float[4];
        Table().Score([42UL, 0UL, 99UL, 7UL], scores);
        Assert.Equal([1.5f, 0.5f, 3f, -2f], scores);
    }

    [Fact]
    public void Lists_its_rows_in_key_order_with_their_counts()
    {
        var table = Table();
        Assert.Equal([0UL, 7UL, 42UL], table.Rows().Select(r => r.Key));
        Assert.Equal((3, 4), (table.FeatureCount, table.WeightCount));
        Assert.Equal([1, 3], table.Rows().Last().Classes.ToArray());
    }

    [Fact]
    public void Refuses_a_key_given_twice() =>
        Assert.Throws<ArgumentException>(() => new SparseWeights(2, [(5UL, [0], [1f]), (5UL, [1], [1f])]));

    [Fact]
    public void Rows_longer_than_a_slot_and_weights_that_are_not_halves_score_exactly()
    {
        // Eight pairs (six fit in a slot), a weight that is not a half (kept as a float), and -0.
        byte[] classes = [0, 1, 2, 3, 4, 5, 6, 7];
        float[] weights = [1f, -2f, 0.5f, 4f, -0f, 6f, 7.25f, -8f];
        var table = new SparseWeights(9, [(3UL, classes, weights), (4UL, [8, 2], [0.1f, 1f]), (5UL, [], [])]);
        var scores = new float[9];
        table.Score([3UL, 4UL, 5UL, 3UL], scores);
        Assert.Equal([2f, -4f, 2f, 8f, 0f, 12f, 14.5f, -16f, 0.1f], scores);
        var rows = table.Rows().ToList();
        Assert.Equal(weights.Select(BitConverter.SingleToUInt32Bits), rows[0].Weights.ToArray().Select(BitConverter.SingleToUInt32Bits));
        Assert.Equal(classes, rows[0].Classes.ToArray());
        Assert.Equal([0.1f, 1f], rows[1].Weights.ToArray());
        Assert.Empty(rows[2].Classes.ToArray());
    }
}
