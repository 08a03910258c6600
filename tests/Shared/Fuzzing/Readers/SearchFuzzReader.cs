using Sitrep.Articles;
using Sitrep.News.Documents;
using Sitrep.Store.Sqlite;

namespace Sitrep.Tests.Fuzzing;

/// <summary>
/// The search query parser under fuzz, end to end: each query goes through <see cref="SqliteArticleStore.Search"/>
/// on a small store, so a MATCH expression FTS5 rejects (a syntax error) or SQLite chokes on is a crash, as it would
/// be for the user. Linked into Sitrep.Store.Tests and the bench (tests/Shared/Fuzzing).
/// </summary>
public sealed class SearchFuzzReader : IDisposable
{
    private readonly string _folder;
    private readonly SqliteArticleStore _store;

    public SearchFuzzReader()
    {
        _folder = Directory.CreateTempSubdirectory("sitrep-fuzz-search-").FullName;
        _store = SqliteArticleStore.Open(Path.Combine(_folder, "fuzz.db"));
        _store.AddBatch(
        [
            Analysis("Ferry link to Miren Island reopens", "The ferry link between Kestrel Point and Miren Island reopened on Tuesday after the storm. Élise Marchand said the U.S. firm paid $350,000."),
            Analysis("Council votes to rebuild the depot", "The council voted on Tuesday to rebuild the old depot as a library AND a covered market, NEAR the harbour."),
            Analysis("Рынок открылся", "Рынок открылся поздно в четверг. 政府 表示 a 9/11 anniversary service was held."),
        ]);
        Reader = new FuzzReader("query", QueryGrammar.Instance, Search);
    }

    public FuzzReader Reader { get; }

    private string? Search(FuzzInput input)
    {
        try
        {
            _store.Search(QueryGrammar.Decode(input.Bytes), limit: 5);
        }
        catch (ArgumentException e) when (e.Message.StartsWith("query too long", StringComparison.Ordinal))
        {
            // The documented refusal (FtsQuery.MaxTerms, MaxPhraseTokens): the user is told why.
        }
        return null;
    }

    private static ArticleAnalysis Analysis(string title, string text) => new() { Article = Article.Create(title, text, path: title + ".txt") };

    public void Dispose()
    {
        _store.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
