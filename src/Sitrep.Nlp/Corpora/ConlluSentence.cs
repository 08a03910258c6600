namespace Sitrep.Nlp.Corpora;

/// <summary>A CoNLL-U sentence: its id and text comments, and its words in order (Id = index + 1).</summary>
public sealed record ConlluSentence(string? Id, string? Text, IReadOnlyList<ConlluToken> Tokens);
