using Sitrep.Nlp.Tokens;

namespace Sitrep.News.Documents;

/// <summary>
/// What fills the syntax layer, one sentence at a time: for each token its UPOS and XPOS tags, its head as a
/// token index within the sentence (-1 for the root) and its relation. Implemented in Syntax/.
/// </summary>
public interface ISentenceParser
{
    void Parse(string text, ReadOnlySpan<Token> sentence, Span<string> upos, Span<string> xpos, Span<int> heads, Span<string> labels);
}
