namespace Sitrep.Nlp.Corpora;

/// <summary>One syntactic word of a CoNLL-U sentence (multiword-token lines and empty nodes are not words). Head 0 is the root.</summary>
public sealed record ConlluToken(int Id, string Form, string Lemma, string Upos, string Xpos, int Head, string Deprel);
