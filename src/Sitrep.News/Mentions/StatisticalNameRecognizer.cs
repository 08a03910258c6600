using Sitrep.Nlp.Entities;
using Sitrep.Nlp.Tokens;

namespace Sitrep.News.Mentions;

/// <summary>The trained CoNLL-2003 recognizer (Sitrep.Nlp.Entities) behind the mention finder's seam.</summary>
public sealed class StatisticalNameRecognizer(EntityRecognizer recognizer) : INameRecognizer
{
    public IReadOnlyList<NamedSpan> Recognize(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences) =>
        recognizer.Recognize(text, tokens, sentences).Select(s => new NamedSpan(s.Start, s.End, s.Type)).ToList();
}
