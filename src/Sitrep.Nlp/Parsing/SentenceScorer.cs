namespace Sitrep.Nlp.Parsing;

/// <summary>
/// Scores the transitions of one sentence, reusing what a word contributes in one role. The
/// <see cref="ParserFeatures.Stack"/> features of s0 do not change while s0 stays on the stack, and
/// the <see cref="ParserFeatures.Buffer"/> features depend on n0's position alone, so their scores
/// are looked up once per word and kept; each transition looks up only the
/// <see cref="ParserFeatures.Pair"/> features (64 of 114). A word plays each role for about 1.5
/// scored transitions, so this saves about a third of those lookups, and the lookups that remain
/// are the features that change at every step. The kept sums are exact (<see cref="ExactScores"/>);
/// a decision the float sums of the trained model might make otherwise is recomputed their way.
/// </summary>
internal sealed class SentenceScorer
{
    private readonly TransitionWeights _weights;
    private readonly SentenceCodes _codes;
    private readonly ExactScores[] _stack, _buffer;
    private readonly bool[] _stackKnown, _bufferKnown;

    public SentenceScorer(TransitionWeights weights, SentenceCodes codes)
    {
        _weights = weights;
        _codes = codes;
        int size = codes.Length + 2;
        _stack = new ExactScores[size];
        _buffer = new ExactScores[size];
        _stackKnown = new bool[size];
        _bufferKnown = new bool[size];
    }

    /// <summary>How many decisions were close enough to be recomputed with the float sums.</summary>
    public int Recomputed { get; private set; }

    /// <summary>
    /// The best of the <paramref name="legal"/> transitions in <paramref name="state"/> (which has a
    /// word on the stack and in the buffer), exactly as the float sums over all features rank them;
    /// <paramref name="features"/> is scratch space of <see cref="ParserFeatures.MaxTransitionFeatures"/>.
    /// </summary>
    public int Best(ArcEagerState state, ReadOnlySpan<bool> legal, Span<ulong> features)
    {
        int s0 = state.Stack(0), n0 = state.BufferFront;
        if (!_stackKnown[s0])
        {
            var f = features[..ParserFeatures.StackCount];
            ParserFeatures.Stack(state, _codes, f);
            _weights.Score(f, ref _stack[s0]);
            _stackKnown[s0] = true;
        }
        if (!_bufferKnown[n0])
        {
            var f = features[..ParserFeatures.BufferCount];
            ParserFeatures.Buffer(state, _codes, f);
            _weights.Score(f, ref _buffer[n0]);
            _bufferKnown[n0] = true;
        }
        var scores = _stack[s0];
        scores.Add(in _buffer[n0]);
        var pair = features[..ParserFeatures.PairCount];
        ParserFeatures.Pair(state, _codes, pair);
        _weights.Score(pair, ref scores);
        int best = scores.Best(legal);
        if (best >= 0) return best;

        Recomputed++;
        return _weights.Best(features[..ParserFeatures.Transition(state, _codes, features)], legal);
    }
}
