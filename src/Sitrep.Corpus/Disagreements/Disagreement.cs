namespace Sitrep.Corpus.Disagreements;

/// <summary>One question that the articles answer differently, with each answer and where it was given.</summary>
public sealed record Disagreement(string Topic, IReadOnlyList<DisagreementValue> Values);

/// <summary>An answer: its value ("2021-09-11", "after 2021-05"), the article, its date, and the sentence that gives it.</summary>
public sealed record DisagreementValue(string Value, string Article, string? Published, string Text, int Start, int End);
