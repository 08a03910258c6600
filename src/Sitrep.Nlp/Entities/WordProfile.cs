namespace Sitrep.Nlp.Entities;

/// <summary>A word's clusters (coarse ⊃ middle ⊃ fine) and casing bucket (0 lower … 3 capitalized; 255 unknown).</summary>
public readonly record struct WordProfile(ushort Coarse, ushort Middle, ushort Fine, byte Case);
