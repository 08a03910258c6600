namespace Sitrep.Ingest.Language;

/// <summary>One text of known language from the identifier's training data, and whether it is held out for dev.</summary>
/// <param name="Source">"udhr" (a paragraph of the declaration) or "catalogue:DOMAIN" (a translated message).</param>
/// <param name="Document">What it is part of: the declaration's article number, or the message's catalogue.</param>
public sealed record LanguageSample(string Language, string Text, string Source, string Document, bool IsDev);
