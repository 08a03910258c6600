using Sitrep.Nlp.Matching;
using Sitrep.Nlp.Tokens;

namespace Sitrep.News.Documents;

/// <summary>
/// The tokens, sentences and folded token keys of a text: computed once, read by every layer. A trimmed
/// layer (<see cref="Trimmed"/>) keeps the sentences and the token count and lets the rest go, to be computed
/// again if asked for: kept for every article of a corpus, a token array and a string per token add up.
/// </summary>
internal sealed class TextLayer
{
    private readonly string _text;
    private Token[]? _tokens;
    private Sentence[]? _sentences;
    private string[]? _keys;

    public TextLayer(string text)
    {
        _text = text;
        _tokens = Tokenizer.Tokenize(text);
        TokenCount = _tokens.Length;
    }

    private TextLayer(string text, Sentence[] sentences, int tokenCount)
    {
        _text = text;
        _sentences = sentences;
        TokenCount = tokenCount;
    }

    public int TokenCount { get; }
    public Token[] Tokens => _tokens ??= Tokenizer.Tokenize(_text);
    public Sentence[] Sentences => _sentences ??= SentenceSplitter.Split(_text, Tokens);
    public string[] Keys => _keys ??= PhraseMatcher<object>.Keys(_text, Tokens);

    public TextLayer Trimmed() => new(_text, Sentences, TokenCount);
}
