using Sitrep.Ingest.Articles;

namespace Sitrep.Ingest.Html;

/// <summary>
/// What one web page says about its story: the main text as paragraphs separated by blank lines,
/// and the metadata the page states (each null when the page does not state it).
/// </summary>
public sealed record HtmlPage(string Text, string? Title, string? Author, PartialDate? Published, PartialDate? Modified, string? Site, string? Url, string? Language);
