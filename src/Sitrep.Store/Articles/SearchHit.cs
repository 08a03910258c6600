namespace Sitrep.Store.Articles;

/// <summary>
/// One article found by full-text search. <see cref="Snippet"/> is an extract of the text with the
/// matched words between « and »; <see cref="Rank"/> is the BM25 relevance, higher is better.
/// </summary>
public sealed record SearchHit(string ArticleId, string Title, string? Published, string? Path, string? Url, string Snippet, double Rank);
