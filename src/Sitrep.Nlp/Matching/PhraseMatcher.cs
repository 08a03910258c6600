using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Sitrep.Nlp.Tokens;

namespace Sitrep.Nlp.Matching;

/// <summary>
/// A gazetteer matcher: a trie over folded tokens that finds the longest known phrase starting at
/// each position, left to right, without overlaps. Built once, then read by any number of threads.
/// </summary>
/// <remarks>
/// The trie is flat so that hundreds of thousands of names load fast and small: each distinct
/// folded token gets an id, nodes are numbers (the root is 0), the root's children are kept with the
/// tokens, the edges of every other node live in one open-addressing table keyed by (node, token id),
/// and a node's values are one exact-size array.
/// </remarks>
public sealed class PhraseMatcher<T>
{
    // Each distinct folded token: its id, and the root's child under it (0: no phrase starts with it). Most
    // document tokens start no phrase, so a lookup there costs one hash lookup, as in a dictionary trie.
    private struct TokenEntry
    {
        public int Id;
        public int Root;
    }

    private readonly Dictionary<string, TokenEntry> _tokens;
    private readonly Dictionary<string, TokenEntry>.AlternateLookup<ReadOnlySpan<char>> _tokensBySpan;

    // Edges: Key = (parent << 32 | token id) + 1 (0: empty slot), side by side with the child so that a probe reads one cache line.
    private struct Edge
    {
        public long Key;
        public int Child;
    }

    private Edge[] _edges;
    private int _edgeCount;

    // Values of node n, in the order they were first added, at _values[n >> PageBits][n & PageMask]; null when
    // no phrase ends at n. Pages stay small so that growing never copies (nor makes the collector rescan) one huge array.
    private const int PageBits = 12, PageMask = (1 << PageBits) - 1;
    private T[]?[]?[] _values = new T[]?[]?[4];
    private int _nodeCount = 1;

    public PhraseMatcher() : this(0) { }

    /// <summary>A matcher sized for about <paramref name="expectedTokens"/> tokens of phrases (a hint: it grows as needed).</summary>
    public PhraseMatcher(int expectedTokens)
    {
        _tokens = new Dictionary<string, TokenEntry>(expectedTokens / 2, StringComparer.Ordinal);
        _tokensBySpan = _tokens.GetAlternateLookup<ReadOnlySpan<char>>();
        int capacity = 16;
        while (capacity < expectedTokens * 2) capacity *= 2;
        _edges = new Edge[capacity];
        // The first page starts small and doubles: a matcher of a few phrases per document stays a few hundred bytes.
        _values[0] = new T[]?[Math.Clamp(capacity / 2, 8, PageMask + 1)];
    }

    /// <summary>How many (phrase, value) pairs the matcher holds.</summary>
    public int Count { get; private set; }

    /// <summary>Adds a phrase given as text; it is tokenized the same way as the documents it will be matched in.</summary>
    public void Add(string phrase, T value)
    {
        if (IsPlainWords(phrase)) { AddPlainWords(phrase, value); return; }
        var tokens = Tokenizer.Tokenize(phrase);
        if (tokens.Length == 0) return;
        int node = 0;
        foreach (var t in tokens) node = Child(node, TokenKey.Fold(t.Span(phrase)));
        AddValue(node, value);
    }

    /// <summary>
    /// Adds a phrase given as its folded keys separated by single spaces (<see cref="TokenKey.FoldPhrase"/>),
    /// as resources store names so that loading needs neither the tokenizer nor Unicode folding.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // run once per process on 400,000 tokens: no slow first tier
    public void AddFolded(ReadOnlySpan<char> foldedPhrase, T value)
    {
        if (foldedPhrase.IsEmpty) return;
        int node = 0;
        foreach (var range in foldedPhrase.Split(' ')) node = Child(node, foldedPhrase[range]);
        AddValue(node, value);
    }

    /// <summary>Only ASCII letters and spaces: the tokenizer makes each run of letters one word token ("New York").</summary>
    private static bool IsPlainWords(string phrase) => !phrase.AsSpan().ContainsAnyExcept(PlainWordChars);

    private static readonly System.Buffers.SearchValues<char> PlainWordChars =
        System.Buffers.SearchValues.Create(" ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>What <see cref="Add"/> does for plain words, without the tokenizer: each word's key is its capitals.</summary>
    private void AddPlainWords(string phrase, T value)
    {
        Span<char> upper = phrase.Length <= 256 ? stackalloc char[phrase.Length] : new char[phrase.Length];
        System.Text.Ascii.ToUpper(phrase, upper, out _);
        int node = 0;
        bool any = false;
        foreach (var word in ((ReadOnlySpan<char>)upper).Split(' '))
        {
            if (word.Start.Equals(word.End)) continue;
            node = Child(node, upper[word]);
            any = true;
        }
        if (any) AddValue(node, value);
    }

    private void AddValue(int node, T value)
    {
        var page = _values[node >> PageBits]!;
        var values = page[node & PageMask];
        if (values is null) page[node & PageMask] = [value];
        else if (Array.IndexOf(values, value) < 0)
        {
            Array.Resize(ref values, values.Length + 1);
            values[^1] = value;
            page[node & PageMask] = values;
        }
        else return;
        Count++;
    }

    private T[]? ValuesOf(int node) => _values[node >> PageBits]![node & PageMask];

    private int Child(int node, string key)
    {
        ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(_tokens, key, out bool known);
        if (!known) entry.Id = _tokens.Count - 1;
        return Child(node, ref entry);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Child(int node, ReadOnlySpan<char> key)
    {
        ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(_tokensBySpan, key, out bool known);
        if (!known) entry.Id = _tokens.Count - 1;
        return Child(node, ref entry);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Child(int node, ref TokenEntry token)
    {
        if (node == 0) return token.Root != 0 ? token.Root : token.Root = NewNode();
        long key = EdgeKey(node, token.Id);
        var edges = _edges;
        int mask = edges.Length - 1;
        int slot = Slot(key, mask);
        while (edges[slot].Key != 0)
        {
            if (edges[slot].Key == key) return edges[slot].Child;
            slot = (slot + 1) & mask;
        }
        int child = NewNode();
        edges[slot] = new Edge { Key = key, Child = child };
        if (++_edgeCount * 2 > edges.Length) GrowEdges();
        return child;
    }

    private int NewNode()
    {
        int node = _nodeCount++;
        int page = node >> PageBits;
        if (page == _values.Length) Array.Resize(ref _values, _values.Length * 2);
        if (_values[page] is not { } values) _values[page] = new T[]?[PageMask + 1];
        else if ((node & PageMask) == values.Length) Array.Resize(ref _values[page], values.Length * 2);
        return node;
    }

    private void GrowEdges()
    {
        var old = _edges;
        var edges = new Edge[old.Length * 2];
        int mask = edges.Length - 1;
        foreach (var edge in old)
        {
            if (edge.Key == 0) continue;
            int slot = Slot(edge.Key, mask);
            while (edges[slot].Key != 0) slot = (slot + 1) & mask;
            edges[slot] = edge;
        }
        _edges = edges;
    }

    private static long EdgeKey(int node, int token) => (((long)node << 32) | (uint)token) + 1;

    private static int Slot(long key, int mask) => (int)((ulong)(key * -7046029254386353131L) >> 32) & mask;

    /// <summary>The child of <paramref name="node"/> under folded token <paramref name="key"/>, or -1.</summary>
    private int Next(int node, string key)
    {
        if (!_tokens.TryGetValue(key, out var token)) return -1;
        if (node == 0) return token.Root != 0 ? token.Root : -1;
        long edge = EdgeKey(node, token.Id);
        var edges = _edges;
        int mask = edges.Length - 1;
        for (int slot = Slot(edge, mask); edges[slot].Key != 0; slot = (slot + 1) & mask)
            if (edges[slot].Key == edge) return edges[slot].Child;
        return -1;
    }

    /// <summary>Folded keys for a token array, computed once per document and shared by every matcher.</summary>
    public static string[] Keys(string text, IReadOnlyList<Token> tokens)
    {
        var keys = new string[tokens.Count];
        for (int i = 0; i < keys.Length; i++) keys[i] = TokenKey.Fold(tokens[i].Span(text));
        return keys;
    }

    /// <summary>The longest phrase that starts at token <paramref name="start"/> and ends before <paramref name="limit"/>, if any.</summary>
    public PhraseMatch<T>? LongestAt(string[] keys, int start, int limit)
    {
        int node = 0, bestEnd = -1;
        T[]? best = null;
        for (int i = start; i < limit; i++)
        {
            node = Next(node, keys[i]);
            if (node < 0) break;
            if (ValuesOf(node) is { } values) { best = values; bestEnd = i + 1; }
        }
        return best is null ? null : new PhraseMatch<T>(start, bestEnd, best);
    }

    /// <summary>All non-overlapping longest matches in tokens [start, limit).</summary>
    public List<PhraseMatch<T>> FindAll(string[] keys, int start, int limit)
    {
        var found = new List<PhraseMatch<T>>();
        for (int i = start; i < limit;)
        {
            var m = LongestAt(keys, i, limit);
            if (m is { } match) { found.Add(match); i = match.EndToken; }
            else i++;
        }
        return found;
    }
}
