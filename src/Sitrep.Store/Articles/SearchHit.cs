namespace Sitrep.Store.Articles;

/// <summary>
/// One article found by full-text search. <see cref="Snippet"/> is an extract of the text with the
/// matched words between « and »; <see cref="Parts"/> is the same extract as text and matches, for callers that
/// highlight them (an article's own « and » are text there); <see cref="Rank"/> is the BM25 relevance, higher is better.
/// </summary>
public sealed record SearchHit(string ArticleId, string Title, string? Published, string? Path, string? Url, string Snippet, double Rank)
{
    private readonly IReadOnlyList<SnippetPart> _parts = [];

    /// <summary>The extract in order: plain text, and the matched words (<see cref="SnippetPart.IsMatch"/>).</summary>
    public IReadOnlyList<SnippetPart> Parts
    {
        get => _parts;
        init
        {
            _parts = value;
            Snippet = string.Concat(value.Select(p => p.IsMatch ? $"«{p.Text}»" : p.Text));
        }
    }
}

/// <summary>A run of a search snippet: plain text, or a matched word or phrase.</summary>
public sealed record SnippetPart(string Text, bool IsMatch);
