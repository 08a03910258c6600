namespace Sitrep.News.Documents;

/// <summary>
/// The syntax layer: for every token of the article (indices into <see cref="ArticleAnalysis.Tokens"/>) its
/// Universal and Penn Treebank part-of-speech tags, and its head and relation in its sentence's dependency
/// tree (Universal Dependencies labels, subtypes kept: "nsubj:pass"). A root has head -1. Heads never leave
/// their sentence. Walk from a verb to its arguments with <see cref="Subjects"/> and <see cref="Objects"/>.
/// </summary>
public sealed class ArticleSyntax
{
    private readonly string[] _upos;
    private readonly string[] _xpos;
    private readonly int[] _heads;
    private readonly string[] _labels;
    // Dependents as linked lists: the first dependent of each token, and the next sibling of each dependent, in token order.
    private readonly int[] _firstChild;
    private readonly int[] _nextSibling;

    public ArticleSyntax(string[] upos, string[] xpos, int[] heads, string[] labels)
    {
        int n = upos.Length;
        if (xpos.Length != n || heads.Length != n || labels.Length != n)
            throw new ArgumentException("one tag, head and label per token");
        (_upos, _xpos, _heads, _labels) = (upos, xpos, heads, labels);
        _firstChild = new int[n];
        _nextSibling = new int[n];
        Array.Fill(_firstChild, -1);
        Array.Fill(_nextSibling, -1);
        var lastChild = new int[n];
        Array.Fill(lastChild, -1);
        for (int i = 0; i < n; i++)
        {
            int h = heads[i];
            if (h < 0) continue;
            if (lastChild[h] < 0) _firstChild[h] = i;
            else _nextSibling[lastChild[h]] = i;
            lastChild[h] = i;
        }
    }

    /// <summary>The number of tokens.</summary>
    public int Count => _upos.Length;

    public string Upos(int token) => _upos[token];

    public string Xpos(int token) => _xpos[token];

    /// <summary>The token this one depends on, or -1 for the root of its sentence.</summary>
    public int Head(int token) => _heads[token];

    /// <summary>The relation to the head ("nsubj", "obj", "root").</summary>
    public string Label(int token) => _labels[token];

    /// <summary>The tokens that depend on <paramref name="token"/>, in text order.</summary>
    public IEnumerable<int> Dependents(int token)
    {
        for (int c = _firstChild[token]; c >= 0; c = _nextSibling[c]) yield return c;
    }

    /// <summary>The dependents of <paramref name="token"/> by one of these relations (a subtype counts as its relation: "nsubj:pass" is an "nsubj").</summary>
    public IEnumerable<int> Dependents(int token, params string[] relations)
    {
        for (int c = _firstChild[token]; c >= 0; c = _nextSibling[c])
            if (HasRelation(c, relations)) yield return c;
    }

    /// <summary>Nominal and clausal subjects, passive ones included ("Kabul was taken": Kabul).</summary>
    public IEnumerable<int> Subjects(int verb) => Dependents(verb, "nsubj", "csubj");

    /// <summary>Direct and indirect objects.</summary>
    public IEnumerable<int> Objects(int verb) => Dependents(verb, "obj", "iobj");

    /// <summary>Whether the token is a verb or an auxiliary (UPOS).</summary>
    public bool IsVerb(int token) => _upos[token] is "VERB" or "AUX";

    private bool HasRelation(int token, string[] relations)
    {
        var label = _labels[token].AsSpan();
        int colon = label.IndexOf(':');
        var main = colon < 0 ? label : label[..colon];
        foreach (var r in relations)
            if (main.SequenceEqual(r) || label.SequenceEqual(r)) return true;
        return false;
    }
}
