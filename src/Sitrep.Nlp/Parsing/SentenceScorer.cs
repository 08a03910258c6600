namespace Sitrep.Nlp.Parsing;

/// <summary>
/// Scores the transitions of one sentence, reusing what a word contributes in one role. The
/// <see cref="ParserFeatures.Stack"/> features of s0 do not change while s0 stays on the stack, and
/// the <see cref="ParserFeatures.Buffer"/> features depend on n0's position alone, so their scores
/// are looked up once per word and kept; each transition looks up only the
/// <see cref="ParserFeatures.Pair"/> features (64 of 114). On the seeds a word meets 1.8 scored
/// transitions, and this takes the transition lookups from 207 to 164 per word (192 to 154 on EWT
/// dev) and a tenth off the parse; the lookups that remain are the features that change at every
/// step. The kept sums are exact (<see cref="ExactScores"/>); a decision the float sums of the
/// trained model might make otherwise is recomputed their way (1 of 42,299 on EWT dev).
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
        bool stackNew = !_stackKnown[s0], bufferNew = !_bufferKnown[n0];
        const int pairs = ParserFeatures.PairCount, stacks = ParserFeatures.StackCount, buffers = ParserFeatures.BufferCount;
        ParserFeatures.Pair(state, _codes, features[..pairs]);
        int count = pairs;
        if (stackNew) { ParserFeatures.Stack(state, _codes, features.Slice(count, stacks)); count += stacks; }
        if (bufferNew) { ParserFeatures.Buffer(state, _codes, features.Slice(count, buffers)); count += buffers; }
        // One touch for all the features looked up now, so all their cache misses overlap.
        bool any = _weights.Touch(features[..count]);
        if (stackNew)
        {
            if (any) _weights.Score(features.Slice(pairs, stacks), ref _stack[s0]);
            _stackKnown[s0] = true;
        }
        if (bufferNew)
        {
            if (any) _weights.Score(features.Slice(stackNew ? pairs + stacks : pairs, buffers), ref _buffer[n0]);
            _bufferKnown[n0] = true;
        }
        var scores = _stack[s0];
        scores.Add(in _buffer[n0]);
        if (any) _weights.Score(features[..pairs], ref scores);
        int best = scores.Best(legal);
        if (best >= 0) return best;

        Recomputed++;
        return _weights.Best(features[..ParserFeatures.Transition(state, _codes, features)], legal);
    }
}
