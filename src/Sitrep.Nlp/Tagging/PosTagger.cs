using System.Buffers;
using Sitrep.Nlp.Learning;
using Sitrep.Nlp.Models;
using Sitrep.Nlp.Tokens;

namespace Sitrep.Nlp.Tagging;

/// <summary>
/// A part-of-speech tagger: greedy, left to right, one averaged-perceptron decision per word over
/// hashed features (<see cref="PosFeatures"/>), in the manner of Honnibal's perceptron tagger. Each
/// decision is one (UPOS, XPOS) pair, so every word gets a Universal POS tag and a Penn Treebank
/// tag that agree. Frequent words that had one tag in training skip the model.
/// A tagger is immutable once trained or loaded: <see cref="Tag(IReadOnlyList{string})"/> is safe from many threads.
/// </summary>
public sealed class PosTagger
{
    public const string DefaultModelName = "pos-ewt.bin.gz";

    private const string Magic = "sitrep-pos";
    private const int Version = 1;

    // The classes of the words before the first: never a real class.
    private const int Before1 = -1, Before2 = -2;

    private static readonly Lazy<PosTagger> LazyDefault = new(() => Load(ModelFiles.Find(DefaultModelName)));

    private readonly PosTagSet _tags;
    private readonly PosLexicon _lexicon;
    private readonly WordClusters? _clusters;
    private readonly PosWeights _weights;

    internal PosTagger(PosTagSet tags, PosLexicon lexicon, WordClusters? clusters, PosWeights weights)
    {
        _tags = tags;
        _lexicon = lexicon;
        _clusters = clusters;
        _weights = weights;
    }

    /// <summary>The same tagger with other weights (training compiles them after the words are annotated).</summary>
    internal PosTagger With(PosWeights weights) => new(_tags, _lexicon, _clusters, weights);

    /// <summary>The committed model (models/pos-ewt.bin.gz, trained on UD English EWT), loaded once on first use.</summary>
    public static PosTagger Default => LazyDefault.Value;

    /// <summary>The (UPOS, XPOS) pairs the tagger can predict, commonest first.</summary>
    public IReadOnlyList<PosTag> Tags => Enumerable.Range(0, _tags.Count).Select(i => _tags[i]).ToArray();

    /// <summary>How many features the model weighs.</summary>
    public int FeatureCount => _weights.FeatureCount;

    /// <summary>How many (feature, class) weights the model holds.</summary>
    public int WeightCount => _weights.WeightCount;

    internal PosTagSet TagSet => _tags;

    /// <summary>Tags one sentence given as its words (gold words or tokenizer tokens).</summary>
    public PosTags Tag(IReadOnlyList<string> words)
    {
        int n = words.Count;
        var buffer = ArrayPool<PosWord>.Shared.Rent(Math.Max(1, n));
        try
        {
            for (int i = 0; i < n; i++) Describe(words[i], ref buffer[i]);
            var classes = new int[n];
            Decode(buffer.AsSpan(0, n), classes);
            return new PosTags(_tags, classes);
        }
        finally
        {
            ArrayPool<PosWord>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Tags one sentence given as tokens of <paramref name="text"/>, e.g. the tokens of one
    /// <see cref="Sentence"/>: <c>tokens.AsSpan(s.FirstToken, s.TokenCount)</c>. Reads the words as
    /// spans of the text: no token string is made.
    /// </summary>
    public PosTags Tag(string text, ReadOnlySpan<Token> tokens)
    {
        int n = tokens.Length;
        var buffer = ArrayPool<PosWord>.Shared.Rent(Math.Max(1, n));
        try
        {
            for (int i = 0; i < n; i++) Describe(tokens[i].Span(text), ref buffer[i]);
            var classes = new int[n];
            Decode(buffer.AsSpan(0, n), classes);
            return new PosTags(_tags, classes);
        }
        finally
        {
            ArrayPool<PosWord>.Shared.Return(buffer);
        }
    }

    internal void Describe(ReadOnlySpan<char> word, ref PosWord w)
    {
        PosWord.Describe(word, ref w);
        Annotate(ref w);
    }

    /// <summary>Adds what the model knows of the word as a whole: ambiguity class, dictionary tag, clusters.</summary>
    internal void Annotate(ref PosWord w)
    {
        _lexicon.Annotate(ref w);
        if (_clusters is not null && !_clusters.TryGet(w.LowerKey, out w.Cluster1, out w.Cluster2, out w.Cluster3))
            w.Cluster1 = w.Cluster2 = w.Cluster3 = PosWord.NoCluster;
    }

    /// <summary>The greedy pass: each word's class from its features and the two classes before it.</summary>
    internal void Decode(ReadOnlySpan<PosWord> words, Span<int> classes)
    {
        Span<ulong> features = stackalloc ulong[PosFeatures.Max];
        Span<float> scores = stackalloc float[_tags.Count];
        int t1 = Before1, t2 = Before2;
        for (int i = 0; i < words.Length; i++)
        {
            int c = words[i].Known;
            if (c < 0)
            {
                int n = PosFeatures.Extract(words, i, t1, t2, features);
                scores.Clear();
                _weights.Score(features[..n], scores);
                c = AveragedPerceptron.ArgMax(scores);
            }
            classes[i] = c;
            t2 = t1;
            t1 = c;
        }
    }

    /// <summary>Writes the model (tag set, lexicon, clusters, weights) as a gzipped binary file.</summary>
    public void Save(string path) => ModelFiles.Save(path, Magic, Version, w =>
    {
        _tags.Write(w);
        _lexicon.Write(w);
        w.Write(_clusters is not null);
        _clusters?.Write(w);
        _weights.Write(w);
    });

    public static PosTagger Load(string path) => ModelFiles.Load(path, Magic, Version, r =>
    {
        var tags = PosTagSet.Read(r);
        var lexicon = PosLexicon.Read(r);
        var clusters = r.ReadBoolean() ? WordClusters.Read(r) : null;
        var weights = PosWeights.Read(r);
        return new PosTagger(tags, lexicon, clusters, weights);
    });
}
