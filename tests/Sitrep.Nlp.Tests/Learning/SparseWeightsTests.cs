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
}
