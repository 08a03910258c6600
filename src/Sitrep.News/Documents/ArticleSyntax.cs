using Sitrep.Nlp.Tokens;

namespace Sitrep.News.Documents;

/// <summary>
/// The syntax layer: for every token of the article (indices into <see cref="ArticleAnalysis.Tokens"/>) its
/// Universal and Penn Treebank part-of-speech tags, and its head and relation in its sentence's dependency
/// tree (Universal Dependencies labels, subtypes kept: "nsubj:pass"). A root has head -1; heads never leave
/// their sentence. Walk from a verb to its arguments with <see cref="Subjects"/> and <see cref="Objects"/>.
/// A sentence is tagged and parsed the first time one of its tokens is asked about, once, and kept (or all of
/// them at once, <see cref="ParseAll"/>): an annotator that reads the sentences with a speech verb pays for those.
/// Safe to read from several threads.
/// </summary>
public sealed class ArticleSyntax
{
    private readonly string _text;
    private readonly Token[] _tokens;
    private readonly Sentence[] _sentences;
    private readonly ISentenceParser? _parser;
    private readonly string[] _upos;
    private readonly string[] _xpos;
    private readonly int[] _heads;
    private readonly string[] _labels;
    // Dependents as linked lists: the first dependent of each token, and the next sibling of each dependent, in token order.
    private readonly int[] _firstChild;
    private readonly int[] _nextSibling;
    private readonly bool[] _parsed;
    private int _parsedCount;

    /// <summary>A layer that parses each sentence of <paramref name="sentences"/> on first use.</summary>
    public ArticleSyntax(string text, Token[] tokens, Sentence[] sentences, ISentenceParser parser)
        : this(text, tokens, sentences, parser, tokens.Length) { }

    /// <summary>A layer given whole: one tag, head (-1 for a root) and label per token, the text one sentence.</summary>
    public ArticleSyntax(string[] upos, string[] xpos, int[] heads, string[] labels)
        : this("", [], [new Sentence(0, upos.Length, 0, 0)], null, upos.Length)
    {
        if (xpos.Length != upos.Length || heads.Length != upos.Length || labels.Length != upos.Length)
            throw new ArgumentException("one tag, head and label per token");
        upos.CopyTo(_upos, 0);
        xpos.CopyTo(_xpos, 0);
        heads.CopyTo(_heads, 0);
        labels.CopyTo(_labels, 0);
        Link(_sentences[0]);
        _parsed[0] = true;
        _parsedCount = 1;
    }

    private ArticleSyntax(string text, Token[] tokens, Sentence[] sentences, ISentenceParser? parser, int count)
    {
        (_text, _tokens, _sentences, _parser) = (text, tokens, sentences, parser);
        _upos = new string[count];
        _xpos = new string[count];
        _heads = new int[count];
        _labels = new string[count];
        _firstChild = new int[count];
        _nextSibling = new int[count];
        _parsed = new bool[sentences.Length];
    }

    /// <summary>The number of tokens.</summary>
    public int Count => _upos.Length;

    /// <summary>How many sentences have been parsed so far.</summary>
    public int ParsedSentences => Volatile.Read(ref _parsedCount);

    public string Upos(int token) => _upos[Ready(token)];

    public string Xpos(int token) => _xpos[Ready(token)];

    /// <summary>The token this one depends on, or -1 for the root of its sentence.</summary>
    public int Head(int token) => _heads[Ready(token)];

    /// <summary>The relation to the head ("nsubj", "obj", "root").</summary>
    public string Label(int token) => _labels[Ready(token)];

    /// <summary>The tokens that depend on <paramref name="token"/>, in text order.</summary>
    public IEnumerable<int> Dependents(int token)
    {
        for (int c = _firstChild[Ready(token)]; c >= 0; c = _nextSibling[c]) yield return c;
    }

    /// <summary>The dependents of <paramref name="token"/> by one of these relations (a subtype counts as its relation: "nsubj:pass" is an "nsubj").</summary>
    public IEnumerable<int> Dependents(int token, params string[] relations)
    {
        for (int c = _firstChild[Ready(token)]; c >= 0; c = _nextSibling[c])
            if (HasRelation(c, relations)) yield return c;
    }

    /// <summary>Nominal and clausal subjects, passive ones included ("Kabul was taken": Kabul).</summary>
    public IEnumerable<int> Subjects(int verb) => Dependents(verb, "nsubj", "csubj");

    /// <summary>Direct and indirect objects.</summary>
    public IEnumerable<int> Objects(int verb) => Dependents(verb, "obj", "iobj");

    /// <summary>Whether the token is a verb or an auxiliary (UPOS).</summary>
    public bool IsVerb(int token) => Upos(token) is "VERB" or "AUX";

    /// <summary>Parses every sentence not parsed yet.</summary>
    public ArticleSyntax ParseAll()
    {
        for (int s = 0; s < _sentences.Length; s++) Ensure(s);
        return this;
    }

    private int Ready(int token)
    {
        if ((uint)token >= (uint)_upos.Length) throw new ArgumentOutOfRangeException(nameof(token));
        Ensure(SentenceOf(token));
        return token;
    }

    private int SentenceOf(int token)
    {
        int lo = 0, hi = _sentences.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) / 2;
            if (_sentences[mid].FirstToken <= token) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }

    private void Ensure(int s)
    {
        if (Volatile.Read(ref _parsed[s])) return;
        lock (_parsed)
        {
            if (_parsed[s]) return;
            var sentence = _sentences[s];
            int first = sentence.FirstToken, n = sentence.TokenCount;
            if (n > 0)
            {
                var heads = _heads.AsSpan(first, n);
                _parser!.Parse(_text, _tokens.AsSpan(first, n), _upos.AsSpan(first, n), _xpos.AsSpan(first, n), heads, _labels.AsSpan(first, n));
                for (int i = 0; i < n; i++)
                    if (heads[i] >= 0) heads[i] += first;
                Link(sentence);
            }
            Volatile.Write(ref _parsed[s], true);
            _parsedCount++;
        }
    }

    private void Link(Sentence sentence)
    {
        int first = sentence.FirstToken, end = sentence.EndToken;
        _firstChild.AsSpan(first, end - first).Fill(-1);
        _nextSibling.AsSpan(first, end - first).Fill(-1);
        for (int i = end - 1; i >= first; i--)
        {
            int h = _heads[i];
            if (h < 0) continue;
            _nextSibling[i] = _firstChild[h];
            _firstChild[h] = i;
        }
    }

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
