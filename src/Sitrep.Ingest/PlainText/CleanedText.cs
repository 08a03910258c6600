using Sitrep.Articles;

namespace Sitrep.Ingest.PlainText;

/// <summary>A plain-text article split into its parts, with the boilerplate removed from the text.</summary>
/// <param name="Title">The title line; empty when the input had no non-blank line.</param>
/// <param name="Text">Paragraphs separated by exactly one blank line.</param>
/// <param name="Published">The date stated on a date line around the title, if any.</param>
/// <param name="Author">The byline found at the end of the story, if any.</param>
public sealed record CleanedText(string Title, string Text, PartialDate? Published, string? Author);
