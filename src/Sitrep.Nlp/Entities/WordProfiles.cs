using Sitrep.Nlp.Clusters;

namespace Sitrep.Nlp.Entities;

/// <summary>
/// What unlabeled news text says about a word, looked up by its folded form (lower case, digits as
/// 0): its distributional cluster at three granularities (<see cref="WordClusterInducer"/>, the
/// induction the POS tagger and the parser use too; Ratinov &amp; Roth 2009 use Brown clusters for the
/// same end) and how it is usually written in running text (<see cref="WordCasing"/>). The casing
/// profile is what lets the recognizer read ALL-CAPS headlines: "ISLAMABAD" is a word written
/// "Islamabad" elsewhere. Stored in the NER model, so prediction never induces anything.
/// </summary>
public sealed class WordProfiles
{
    /// <summary>Casing buckets; <see cref="UnknownCase"/> when the word was too rare to judge.</summary>
    public const byte UnknownCase = 255;

    private readonly Dictionary<string, WordProfile> _words;
    private readonly Dictionary<string, WordProfile>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordProfiles(Dictionary<string, WordProfile> words)
    {
        _words = words;
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static WordProfiles Empty { get; } = new(new Dictionary<string, WordProfile>(StringComparer.Ordinal));

    /// <summary>
    /// Profiles the words of <paramref name="documents"/> (read twice: once for the clusters, once
    /// for the casing): clusters for the words <paramref name="settings"/> admit, casing for every word
    /// seen often enough (<see cref="WordClusterSettings.MinCount"/>) where its case is its own.
    /// </summary>
    public static WordProfiles Induce(IEnumerable<IReadOnlyList<string>> documents, WordClusterSettings settings, Action<string>? progress = null)
    {
        var clusters = WordClusterInducer.Induce(documents, word => Fold(word), StringComparer.Ordinal, settings, progress);
        var casing = WordCasing.Buckets(documents, settings.MinCount);
        var words = new Dictionary<string, WordProfile>(clusters.Count, StringComparer.Ordinal);
        foreach (var (word, cluster) in clusters) words[word] = new WordProfile(cluster, casing.GetValueOrDefault(word, UnknownCase));
        foreach (var (word, bucket) in casing) words.TryAdd(word, new WordProfile(WordCluster.None, bucket));
        progress?.Invoke($"clusters: {clusters.Count:N0} words clustered, {words.Count:N0} profiled");
        return new WordProfiles(words);
    }

    public int Count => _words.Count;

    /// <summary>The profile of a word in any case; false when it is not in the vocabulary.</summary>
    public bool TryGet(ReadOnlySpan<char> word, out WordProfile profile)
    {
        Span<char> folded = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        Fold(word, folded);
        return _lookup.TryGetValue(folded, out profile);
    }

    /// <summary>The vocabulary key: lower case, every digit 0 (so dates and scores share clusters).</summary>
    public static void Fold(ReadOnlySpan<char> word, Span<char> into)
    {
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            into[i] = char.IsDigit(c) ? '0' : char.ToLowerInvariant(c);
        }
    }

    public static string Fold(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        Fold(word, buffer);
        return buffer.ToString();
    }

    public void Write(BinaryWriter w)
    {
        w.Write(_words.Count);
        foreach (var (word, p) in _words.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            w.Write(word);
            w.Write(p.Cluster.Coarse);
            w.Write(p.Cluster.Middle);
            w.Write(p.Cluster.Fine);
            w.Write(p.Case);
        }
    }

    public static WordProfiles Read(BinaryReader r)
    {
        int count = r.ReadInt32();
        var words = new Dictionary<string, WordProfile>(count, StringComparer.Ordinal);
        for (int i = 0; i < count; i++)
        {
            var word = r.ReadString();
            words[word] = new WordProfile(new WordCluster(r.ReadUInt16(), r.ReadUInt16(), r.ReadUInt16()), r.ReadByte());
        }
        return new WordProfiles(words);
    }
}
