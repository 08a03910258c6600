namespace Sitrep.Nlp.Clusters;

/// <summary>
/// A word's distributional cluster at three granularities, coarse to fine (cluster numbers from
/// 0; <see cref="None"/> for a word without clusters). Several granularities stand in for the
/// bit-string prefixes of Brown clusters (Koo et al. 2008; Ratinov &amp; Roth 2009): a model learns
/// broad word classes from the coarse ones and near-synonyms from the fine ones.
/// </summary>
public readonly record struct WordCluster(ushort Coarse, ushort Middle, ushort Fine)
{
    /// <summary>No cluster: a cluster number <see cref="WordClusterSettings"/> never hands out.</summary>
    public static readonly WordCluster None = new(ushort.MaxValue, ushort.MaxValue, ushort.MaxValue);

    public bool IsNone => Fine == ushort.MaxValue;
}
