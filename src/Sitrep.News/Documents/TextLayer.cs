using Sitrep.Nlp.Matching;
using Sitrep.Nlp.Tokens;

namespace Sitrep.News.Documents;

/// <summary>The tokens, sentences and folded token keys of a text: computed once, read by every layer.</summary>
internal sealed class TextLayer(string text)
{
    public Token[] Tokens { get; } = Tokenizer.Tokenize(text);
    public Sentence[] Sentences => _sentences ??= SentenceSplitter.Split(text, Tokens);
    public string[] Keys => _keys ??= PhraseMatcher<object>.Keys(text, Tokens);

    private Sentence[]? _sentences;
    private string[]? _keys;
}
