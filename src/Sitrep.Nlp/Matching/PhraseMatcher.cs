using Sitrep.Nlp.Tokens;

namespace Sitrep.Nlp.Matching;

/// <summary>
/// A gazetteer matcher: a trie over folded tokens that finds the longest known phrase starting at
/// each position, left to right, without overlaps. Built once, then read by any number of threads.
/// </summary>
public sealed class PhraseMatcher<T>
{
    private sealed class Node
    {
        public Dictionary<string, Node>? Next;
        public List<T>? Values;
    }

    private readonly Node _root = new();

    public int Count { get; private set; }

    /// <summary>Adds a phrase given as text; it is tokenized the same way as the documents it will be matched in.</summary>
    public void Add(string phrase, T value)
    {
        var tokens = Tokenizer.Tokenize(phrase);
        if (tokens.Length == 0) return;
        var node = _root;
        foreach (var t in tokens)
        {
            node.Next ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            var key = TokenKey.Fold(t.Span(phrase));
            if (!node.Next.TryGetValue(key, out var child)) node.Next[key] = child = new Node();
            node = child;
        }
        node.Values ??= new List<T>(1);
        if (!node.Values.Contains(value)) { node.Values.Add(value); Count++; }
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
        var node = _root;
        PhraseMatch<T>? best = null;
        for (int i = start; i < limit; i++)
        {
            if (node.Next is null || !node.Next.TryGetValue(keys[i], out var child)) break;
            node = child;
            if (node.Values is not null) best = new PhraseMatch<T>(start, i + 1, node.Values);
        }
        return best;
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
