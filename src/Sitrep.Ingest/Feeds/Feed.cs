using Sitrep.Articles;
using Sitrep.Ingest.Language;

namespace Sitrep.Ingest.Feeds;

/// <summary>The articles of one RSS, Atom or JSON Feed document, and how many items were skipped and why.</summary>
/// <param name="Title">The channel's or feed's own title: each article's site.</param>
/// <param name="Skipped">Reason → number of items skipped for it (an item without text is not an error).</param>
public sealed record Feed(string? Title, IReadOnlyList<Article> Articles, IReadOnlyDictionary<string, int> Skipped)
{
    /// <summary>Every item's link, with or without text, in feed order: the pages a fetcher reads.</summary>
    public IReadOnlyList<string> Links { get; init; } = [];

    public const string NoText = "no text";

    internal static Feed From(string path, string? title, string? language, IEnumerable<FeedEntry> entries)
    {
        var articles = new List<Article>();
        var skipped = new Dictionary<string, int>();
        var links = new List<string>();
        title = string.IsNullOrWhiteSpace(title) ? null : title;
        var lang = ArticleLanguage.Normalize(language);
        foreach (var entry in entries)
        {
            if (entry.Url is { Length: > 0 } link) links.Add(link);
            if (entry.Text.Length == 0)
            {
                skipped[NoText] = skipped.GetValueOrDefault(NoText) + 1;
                continue;
            }
            var articleTitle = entry.Title.Length > 0 ? entry.Title : DerivedTitle.FromText(entry.Text);
            articles.Add(ArticleLanguage.Settle(Article.Create(articleTitle, entry.Text, entry.Published, path, entry.Url, title, entry.Author, lang)));
        }
        return new Feed(title, articles, skipped) { Links = links };
    }
}
