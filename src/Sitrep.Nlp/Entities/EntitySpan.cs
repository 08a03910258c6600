namespace Sitrep.Nlp.Entities;

/// <summary>
/// An entity mention: [Start, End) in words of a sentence, or in UTF-16 code units of a text
/// (the method that returns it says which), and its type (PER, LOC, ORG, MISC).
/// </summary>
public readonly record struct EntitySpan(int Start, int End, string Type);
