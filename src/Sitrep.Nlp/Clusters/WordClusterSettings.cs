namespace Sitrep.Nlp.Clusters;

/// <summary>
/// How <see cref="WordClusterInducer"/> clusters words; each model's training options hold its own
/// (the POS tagger's, which the parser reuses, and the NER's), and models/manifest.json records them
/// through <see cref="Describe"/>.
/// </summary>
/// <param name="Contexts">How many of the most frequent words serve as the left and right neighbours that describe a word.</param>
/// <param name="Coarse">Clusters of the coarse granularity.</param>
/// <param name="Middle">Clusters of the middle granularity.</param>
/// <param name="Fine">Clusters of the fine granularity.</param>
/// <param name="MinCount">A word needs this many occurrences to get a cluster.</param>
/// <param name="Vocabulary">At most this many words (the most frequent) get a cluster; it bounds the k-means work on a large corpus.</param>
/// <param name="Iterations">At most this many k-means iterations per granularity (fewer once under 0.1 % of the words move).</param>
public sealed record WordClusterSettings(int Contexts, int Coarse, int Middle, int Fine, int MinCount = 3, int Vocabulary = 50_000, int Iterations = 12)
{
    /// <summary>The settings in words, for the model manifest.</summary>
    public string Describe() =>
        $"PPMI left/right neighbours over the top {Contexts} words, spherical k-means {Coarse}/{Middle}/{Fine} (at most {Iterations} iterations) over the top {Vocabulary} words with count >= {MinCount}";
}
