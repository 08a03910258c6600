using Sitrep.Nlp.Clusters;
using Sitrep.Nlp.Learning;

namespace Sitrep.Nlp.Tagging;

/// <summary>
/// The tagger's word clusters (<see cref="WordClusterInducer"/>), looked up by the key of a word's
/// normalised form (<see cref="PosWord.LowerKey"/>) and handed out as feature values; the parser
/// keeps a copy in its model and reads them the same way.
/// </summary>
internal sealed class WordClusters
{
    private readonly Dictionary<ulong, WordCluster> _clusters;

    private WordClusters(Dictionary<ulong, WordCluster> clusters) => _clusters = clusters;

    public int Count => _clusters.Count;

    /// <summary>The cluster values of a normalised-form key (<see cref="PosWord.LowerKey"/>) as feature values.</summary>
    public bool TryGet(ulong key, out ulong coarse, out ulong middle, out ulong fine)
    {
        if (!_clusters.TryGetValue(key, out var cluster))
        {
            coarse = middle = fine = 0;
            return false;
        }
        coarse = FeatureHash.Of(5, (int)cluster.Coarse);
        middle = FeatureHash.Of(6, (int)cluster.Middle);
        fine = FeatureHash.Of(7, (int)cluster.Fine);
        return true;
    }

    /// <summary>Clusters the words of <paramref name="sentences"/> by their normalised form, as <paramref name="settings"/> say.</summary>
    public static WordClusters Build(IEnumerable<IReadOnlyList<string>> sentences, WordClusterSettings settings, Action<string>? log = null) =>
        new(WordClusterInducer.Induce(sentences, word => PosWord.NormalizedKey(word), Comparer<ulong>.Default, settings, log));

    public void Write(BinaryWriter w)
    {
        w.Write(_clusters.Count);
        foreach (var (key, cluster) in _clusters.OrderBy(kv => kv.Key))
        {
            w.Write(key);
            w.Write(cluster.Coarse);
            w.Write(cluster.Middle);
            w.Write(cluster.Fine);
        }
    }

    public static WordClusters Read(BinaryReader r)
    {
        int n = r.ReadInt32();
        var clusters = new Dictionary<ulong, WordCluster>(n);
        for (int i = 0; i < n; i++)
        {
            ulong key = r.ReadUInt64();
            clusters[key] = new WordCluster(r.ReadUInt16(), r.ReadUInt16(), r.ReadUInt16());
        }
        return new WordClusters(clusters);
    }
}
