namespace Sitrep.Reports.Html;

/// <summary>
/// One span of an article's text to mark up: the element and class to wrap it in, and the tooltip
/// (entity name, TIMEX3 value). Rank orders spans that start and end together: lower ranks go outside.
/// </summary>
internal sealed record Highlight(int Start, int End, string Element, string Class, string Title, int Rank);
