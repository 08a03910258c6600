using Sitrep.Nlp.Learning;
using Sitrep.Nlp.Models;
using Sitrep.Nlp.Tagging;

namespace Sitrep.Nlp.Parsing;

/// <summary>
/// A greedy arc-eager dependency parser (Nivre 2003, 2004) with the root at the end of the buffer
/// (Ballesteros &amp; Nivre 2013), trained with the dynamic oracle of Goldberg &amp; Nivre (2012, 2013)
/// and two averaged perceptrons over Zhang &amp; Nivre (2011) features and word clusters: one picks
/// the next transition (Shift, Reduce, LeftArc, RightArc), the other the Universal Dependencies
/// relation of each arc as it is made. Input is one tokenized, tagged sentence (UPOS and PTB XPOS tags); output is a
/// <see cref="DependencyTree"/> with exactly one word attached to the root.
/// A loaded parser is immutable and safe to share between threads.
/// </summary>
public sealed class DependencyParser
{
    public const string ModelName = "parse-ewt.bin.gz";
    private const string Magic = "sitrep-parse";
    private const int Version = 2;
    internal const int TransitionCount = 4;

    private static readonly Lazy<DependencyParser> DefaultParser = new(() => Load(ModelFiles.Find(ModelName)), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly string[] _labels;
    private readonly int _rootLabel;
    private readonly WordClusters? _clusters;

    internal DependencyParser(string[] labels, WordClusters? clusters, TransitionWeights transitions, LabelWeights labeler)
    {
        _clusters = clusters;
        _labels = labels;
        _rootLabel = Array.IndexOf(labels, "root");
        if (_rootLabel < 0) throw new ArgumentException("the label set has no 'root'", nameof(labels));
        Transitions = transitions;
        Labeler = labeler;
    }

    /// <summary>The shipped English model (models/parse-ewt.bin.gz, trained on UD EWT), loaded once on first use.</summary>
    public static DependencyParser Default => DefaultParser.Value;

    /// <summary>The relations the parser can output, e.g. "nsubj", "obl:tmod".</summary>
    public IReadOnlyList<string> Relations => _labels;

    internal TransitionWeights Transitions { get; }

    internal LabelWeights Labeler { get; }

    public static DependencyParser Load(string path) => ModelFiles.Load(path, Magic, Version, r =>
    {
        var labels = new string[r.ReadInt32()];
        for (int i = 0; i < labels.Length; i++) labels[i] = r.ReadString();
        var clusters = r.ReadBoolean() ? WordClusters.Read(r) : null;
        var transitions = TransitionWeights.Read(r);
        var labeler = LabelWeights.Read(r);
        return new DependencyParser(labels, clusters, transitions, labeler);
    });

    public void Save(string path) => ModelFiles.Save(path, Magic, Version, w =>
    {
        w.Write(_labels.Length);
        foreach (var l in _labels) w.Write(l);
        w.Write(_clusters is not null);
        _clusters?.Write(w);
        Transitions.Write(w);
        Labeler.Write(w);
    });

    /// <summary>
    /// Parses one sentence given its words and their UPOS and XPOS tags (all three the same length).
    /// Heads in the result are 1-based word ids, 0 for the root.
    /// </summary>
    public DependencyTree Parse(IReadOnlyList<string> words, IReadOnlyList<string> upos, IReadOnlyList<string> xpos)
    {
        var codes = Codes(words, upos, xpos);
        var state = Run(codes);
        var heads = new int[codes.Length];
        var labels = new string[codes.Length];
        for (int i = 1; i <= codes.Length; i++)
        {
            int h = state.Heads[i];
            heads[i - 1] = h == state.Root ? 0 : h;
            labels[i - 1] = _labels[state.Labels[i]];
        }
        return new DependencyTree(heads, labels);
    }

    /// <summary>The sentence as the features see it, with this parser's word clusters.</summary>
    internal SentenceCodes Codes(IReadOnlyList<string> words, IReadOnlyList<string> upos, IReadOnlyList<string> xpos) => new(words, upos, xpos, _clusters);

    /// <summary>Runs the transitions greedily to the end and leaves a single root.</summary>
    internal ArcEagerState Run(SentenceCodes codes) => Run(codes, new SentenceScorer(Transitions, codes));

    /// <summary>
    /// The same, with every transition decided the plain way, as in training: all the features looked
    /// up and their float weights summed in template order. <see cref="Run(SentenceCodes)"/> gets the
    /// same decisions by a faster road (<see cref="SentenceScorer"/>); the tests hold it to this one.
    /// </summary>
    internal ArcEagerState RunReference(SentenceCodes codes) => Run(codes, null);

    private ArcEagerState Run(SentenceCodes codes, SentenceScorer? scorer)
    {
        var state = new ArcEagerState(codes.Length);
        Span<ulong> features = stackalloc ulong[ParserFeatures.MaxTransitionFeatures];
        Span<bool> legal = stackalloc bool[TransitionCount];
        while (!state.IsTerminal)
        {
            int choices = 0, only = 0;
            for (int t = 0; t < TransitionCount; t++)
            {
                legal[t] = state.CanApply((Transition)t);
                if (legal[t]) { choices++; only = t; }
            }
            var best = (Transition)only;
            if (choices > 1)
            {
                // Scored only when there is a choice: an empty stack forces Shift, the root alone in the buffer LeftArc or Reduce.
                if (scorer is not null) best = (Transition)scorer.Best(state, legal, features);
                else best = (Transition)Transitions.Best(features[..ParserFeatures.Transition(state, codes, features)], legal);
            }
            int label = -1;
            if (best is Transition.LeftArc or Transition.RightArc)
            {
                var (head, dependent) = Arc(state, best);
                label = PredictLabel(state, codes, head, dependent, features);
            }
            state.Apply(best, label);
        }
        SingleRoot(state, codes);
        return state;
    }

    /// <summary>The head and dependent of the arc that <paramref name="t"/> (LeftArc or RightArc) would make.</summary>
    internal static (int Head, int Dependent) Arc(ArcEagerState state, Transition t) =>
        t == Transition.LeftArc ? (state.BufferFront, state.Stack(0)) : (state.Stack(0), state.BufferFront);

    /// <summary>The relation of a new arc: "root" for the root's, otherwise the labeller's best other than "root".</summary>
    internal int PredictLabel(ArcEagerState state, SentenceCodes codes, int head, int dependent, Span<ulong> buffer)
    {
        if (head == state.Root) return _rootLabel;
        int count = ParserFeatures.Label(state, codes, head, dependent, buffer);
        Span<float> scores = _labels.Length <= 256 ? stackalloc float[_labels.Length] : new float[_labels.Length];
        scores.Clear();
        Labeler.Score(buffer[..count], scores);
        return BestRelation(scores, _rootLabel);
    }

    /// <summary>The best-scoring relation of an arc that does not go to the root (so never "root" itself).</summary>
    internal static int BestRelation(Span<float> scores, int rootLabel)
    {
        scores[rootLabel] = float.NegativeInfinity;
        return AveragedPerceptron.ArgMax(scores);
    }

    /// <summary>
    /// UD trees have one root. When several words were left headless and went to the root, the
    /// leftmost stays and the others become its dependents, labelled by the labeller.
    /// </summary>
    private void SingleRoot(ArcEagerState state, SentenceCodes codes)
    {
        int first = 0;
        Span<ulong> buffer = stackalloc ulong[ParserFeatures.MaxLabelFeatures];
        for (int i = 1; i <= state.WordCount; i++)
        {
            if (state.Heads[i] != state.Root) continue;
            if (first == 0) { first = i; continue; }
            state.Relabel(first, i, PredictLabel(state, codes, first, i, buffer));
        }
    }
}
