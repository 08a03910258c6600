using Sitrep.News.Pipeline;
using Sitrep.News.Documents;

namespace Sitrep.Store.Articles;

/// <summary>
/// Where analysed articles are kept. Articles are keyed by their content id, so adding the same
/// article twice stores it once; each add is all-or-nothing.
/// </summary>
public interface IArticleStore : IDisposable
{
    /// <summary>Stores one article with its analysis, or nothing when its id is already stored.</summary>
    AddOutcome Add(ArticleAnalysis analysis);

    /// <summary>Stores a batch in one transaction: if one article fails, none of the batch is stored.</summary>
    IReadOnlyList<AddOutcome> AddBatch(IReadOnlyList<ArticleAnalysis> batch);

    /// <summary>Stored analyses that match the query, by publication date (undated last), then path.</summary>
    IReadOnlyList<ArticleAnalysis> Load(ArticleQuery query);

    /// <summary>Full-text search over titles and texts, best match first. Plain words are AND-ed; "quoted phrases" are kept.</summary>
    /// <exception cref="ArgumentException">The query is too long to run (too many different terms, or too long a phrase); the message says why.</exception>
    IReadOnlyList<SearchHit> Search(string query, int limit = 20);

    /// <summary>How many articles are stored.</summary>
    int Count();
}
