using Sitrep.Nlp.Tokens;

namespace Sitrep.News.Mentions;

/// <summary>
/// A statistical named-entity recognizer the mention finder can lean on instead of its
/// capitalization rules: it proposes typed name spans, and the finder links them to actors and places.
/// </summary>
public interface INameRecognizer
{
    IReadOnlyList<NamedSpan> Recognize(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences);
}
