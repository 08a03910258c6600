namespace Sitrep.Ingest.PlainText;

/// <summary>An article body with the boilerplate removed, and the byline that was taken out of it.</summary>
/// <param name="Text">Paragraphs separated by exactly one blank line.</param>
/// <param name="Author">The short name line that closed the story, if any.</param>
public sealed record CleanedBody(string Text, string? Author);
