namespace Sitrep.Nlp.Parsing;

/// <summary>
/// A configuration of the arc-eager transition system (Nivre 2003, 2004) over the words 1..n of a
/// sentence, with the artificial root placed at the END of the buffer, as position n + 1
/// (Ballesteros &amp; Nivre 2013, "Going to the roots of dependency parsing"): the root is never
/// shifted, so words that are still headless when only the root is left take it as head by
/// <see cref="Transition.LeftArc"/>. Position 0 means "none" in every field.
/// Besides the stack, the buffer front and the arcs, the state keeps what the feature templates
/// read in O(1): the two leftmost and two rightmost children, the left and right valency and the
/// set of labels on each side of every word (Zhang &amp; Nivre 2011).
/// </summary>
public sealed class ArcEagerState
{
    private readonly int[] _stack;
    private readonly bool[] _onStack;
    internal readonly int[] Heads;
    internal readonly int[] Labels;
    internal readonly int[] LeftChild, LeftChild2, RightChild, RightChild2;
    internal readonly int[] LeftCount, RightCount;
    internal readonly ulong[] LeftLabels, RightLabels;
    private int _depth;

    public ArcEagerState(int wordCount)
    {
        if (wordCount < 0) throw new ArgumentOutOfRangeException(nameof(wordCount));
        WordCount = wordCount;
        int size = wordCount + 2;
        _stack = new int[size];
        _onStack = new bool[size];
        Heads = new int[size];
        Labels = new int[size];
        Array.Fill(Labels, -1);
        LeftChild = new int[size];
        LeftChild2 = new int[size];
        RightChild = new int[size];
        RightChild2 = new int[size];
        LeftCount = new int[size];
        RightCount = new int[size];
        LeftLabels = new ulong[size];
        RightLabels = new ulong[size];
        BufferFront = 1;
    }

    /// <summary>The number of words n; the root is position n + 1.</summary>
    public int WordCount { get; }

    /// <summary>The position of the artificial root: n + 1.</summary>
    public int Root => WordCount + 1;

    /// <summary>The first position of the buffer (the root when only the root is left).</summary>
    public int BufferFront { get; private set; }

    public int StackDepth => _depth;

    /// <summary>Parsing is over when only the root is left in the buffer and the stack is empty.</summary>
    public bool IsTerminal => _depth == 0 && BufferFront == Root;

    /// <summary>The word <paramref name="depth"/> places below the top of the stack (0 = top), or 0 when the stack is shallower.</summary>
    public int Stack(int depth) => depth < _depth ? _stack[_depth - 1 - depth] : 0;

    /// <summary>The buffer position <paramref name="offset"/> after the front, or 0 past the root.</summary>
    public int Buffer(int offset) => BufferFront + offset <= Root ? BufferFront + offset : 0;

    public bool IsOnStack(int position) => _onStack[position];

    /// <summary>The head given so far to a word: 0 for none, <see cref="Root"/> for the root.</summary>
    public int HeadOf(int word) => Heads[word];

    /// <summary>The label index given with the word's head, or -1.</summary>
    public int LabelOf(int word) => Labels[word];

    public bool CanApply(Transition t)
    {
        int s0 = Stack(0);
        return t switch
        {
            Transition.Shift => BufferFront < Root,
            Transition.Reduce => s0 != 0 && Heads[s0] != 0,
            Transition.LeftArc => s0 != 0 && Heads[s0] == 0,
            Transition.RightArc => s0 != 0 && BufferFront < Root,
            _ => false,
        };
    }

    /// <summary>Applies a legal transition; <paramref name="label"/> is the label index of the arc it makes (ignored for Shift and Reduce).</summary>
    public void Apply(Transition t, int label = -1)
    {
        if (!CanApply(t)) throw new InvalidOperationException($"{t} is not allowed here");
        int s0 = Stack(0), b0 = BufferFront;
        switch (t)
        {
            case Transition.Shift:
                Push(b0);
                BufferFront++;
                break;
            case Transition.Reduce:
                Pop();
                break;
            case Transition.LeftArc:
                AddArc(b0, s0, label);
                Pop();
                break;
            case Transition.RightArc:
                AddArc(s0, b0, label);
                Push(b0);
                BufferFront++;
                break;
        }
    }

    /// <summary>Gives a word a new label (after the parse, e.g. when several roots are merged).</summary>
    internal void Relabel(int head, int dependent, int label)
    {
        Heads[dependent] = head;
        Labels[dependent] = label;
    }

    private void Push(int word)
    {
        _stack[_depth++] = word;
        _onStack[word] = true;
    }

    private void Pop() => _onStack[_stack[--_depth]] = false;

    private void AddArc(int head, int dependent, int label)
    {
        Heads[dependent] = head;
        Labels[dependent] = label;
        ulong bit = label is >= 0 and < 64 ? 1UL << label : 0;
        if (dependent < head)
        {
            LeftCount[head]++;
            LeftLabels[head] |= bit;
            if (LeftChild[head] == 0 || dependent < LeftChild[head]) { LeftChild2[head] = LeftChild[head]; LeftChild[head] = dependent; }
            else if (LeftChild2[head] == 0 || dependent < LeftChild2[head]) LeftChild2[head] = dependent;
        }
        else
        {
            RightCount[head]++;
            RightLabels[head] |= bit;
            if (dependent > RightChild[head]) { RightChild2[head] = RightChild[head]; RightChild[head] = dependent; }
            else if (dependent > RightChild2[head]) RightChild2[head] = dependent;
        }
    }
}
