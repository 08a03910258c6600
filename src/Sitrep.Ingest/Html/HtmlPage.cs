using Sitrep.Articles;

namespace Sitrep.Ingest.Html;

/// <summary>
/// What one web page says about its story: the main text as paragraphs separated by blank lines,
/// and the metadata the page states (each null when the page does not state it). <see cref="Author"/> is the
/// first of <see cref="Authors"/>; <see cref="Image"/> is the address of the story's lead image.
/// </summary>
public sealed record HtmlPage(string Text, string? Title, string? Author, PartialDate? Published, PartialDate? Modified, string? Site, string? Url, string? Language)
{
    public IReadOnlyList<string> Authors { get; init; } = Author is null ? [] : [Author];
    public string? Image { get; init; }
}
