namespace Sitrep.Nlp.Corpora;

/// <summary>
/// A CoNLL-2003 sentence: words with their POS, chunk and named-entity tags as given in the file
/// (IOB1 in the original data), and the document it belongs to (0-based, counted by -DOCSTART- lines).
/// </summary>
public sealed record Conll2003Sentence(int Document, IReadOnlyList<string> Words, IReadOnlyList<string> Pos, IReadOnlyList<string> Chunks, IReadOnlyList<string> Tags);
