using Sitrep.Nlp.Learning;

namespace Sitrep.Nlp.Tagging;

/// <summary>
/// The training side of the tagger: an <see cref="AveragedPerceptron"/> trained greedily on its own
/// predicted history, which remembers every feature it updated so that the averaged weights can be
/// compiled into the tagger's sparse <see cref="PosWeights"/>.
/// </summary>
internal sealed class PosLearner
{
    // The classes of the words before the first, as PosTagger uses them.
    private const int Before1 = -1, Before2 = -2;

    private readonly AveragedPerceptron _model;
    private readonly HashSet<ulong> _updated = [];

    public PosLearner(int classCount) => _model = new AveragedPerceptron(classCount, 1 << 18);

    private PosLearner(AveragedPerceptron model, IEnumerable<ulong> updated)
    {
        _model = model;
        _updated = [.. updated];
    }

    /// <summary>The mean of averaged learners trained from different shuffles (see <see cref="AveragedPerceptron.Mean"/>).</summary>
    public static PosLearner Mean(IReadOnlyList<PosLearner> learners) =>
        learners.Count == 1 ? learners[0] : new(AveragedPerceptron.Mean(learners.Select(l => l._model).ToArray()), learners.SelectMany(l => l._updated));

    public int FeatureCount => _model.FeatureCount;

    /// <summary>
    /// One sentence: the tagger's greedy pass with its own guesses as history (so it learns to
    /// recover from its mistakes), updating the weights where a guess is wrong; dictionary words
    /// keep their tag and teach nothing. Returns how many words it got right.
    /// </summary>
    public int Learn(ReadOnlySpan<PosWord> words, ReadOnlySpan<int> gold)
    {
        Span<ulong> features = stackalloc ulong[PosFeatures.Max];
        int t1 = Before1, t2 = Before2, correct = 0;
        for (int i = 0; i < words.Length; i++)
        {
            int c = words[i].Known;
            if (c < 0)
            {
                int n = PosFeatures.Extract(words, i, t1, t2, features);
                c = _model.Predict(features[..n]);
                _model.Update(features[..n], gold[i], c);
                if (c != gold[i])
                    foreach (var f in features[..n]) _updated.Add(f);
            }
            if (c == gold[i]) correct++;
            t2 = t1;
            t1 = c;
        }
        return correct;
    }

    /// <summary>Ends training: the weights become their averages.</summary>
    public void Average() => _model.Average();

    /// <summary>The averaged weights for prediction, without those smaller than <paramref name="threshold"/>.</summary>
    public PosWeights Compile(float threshold) => PosWeights.Compile(_model, _updated, threshold);
}
