namespace Sitrep.Nlp.Matching;

/// <summary>A phrase found in a token sequence: tokens [StartToken, EndToken) and what the phrase stands for.</summary>
public readonly record struct PhraseMatch<T>(int StartToken, int EndToken, IReadOnlyList<T> Values);
