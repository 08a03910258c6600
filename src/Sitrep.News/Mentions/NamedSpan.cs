namespace Sitrep.News.Mentions;

/// <summary>A name a recognizer found: characters [Start, End) of the text, and its CoNLL type (PER, ORG, LOC, MISC).</summary>
public readonly record struct NamedSpan(int Start, int End, string Type);
