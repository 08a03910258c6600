using Sitrep.Store.Articles;
using Sitrep.Store.Sqlite;
using Sitrep.Store.Tests.Fixtures;
using Xunit;

namespace Sitrep.Store.Tests.Sqlite;

public sealed class SearchTests : IDisposable
{
    private readonly TempDatabase _db = new();
    private readonly SqliteArticleStore _store;

    public SearchTests()
    {
        _store = SqliteArticleStore.Open(_db.Path);
        _store.AddBatch([
            Samples.Ferry(),
            Samples.Simple("fleet.txt", "Harbour news",
                "The ferry fleet grew by one ferry this year, and a third ferry is on order.", "2025-01"),
            Samples.Simple("memorial.txt", "Memorial held",
                "U.S. and local officials met on the anniversary of 9/11 near the customs house.", "2024-09-11"),
        ]);
    }

    public void Dispose()
    {
        _store.Dispose();
        _db.Dispose();
    }

    [Fact]
    public void More_matches_rank_first()
    {
        var hits = _store.Search("ferry");
        Assert.Equal(["fleet.txt", "harbour.txt"], hits.Select(h => h.Path));
        Assert.True(hits[0].Rank > hits[1].Rank);
    }

    [Fact]
    public void A_hit_carries_the_article_metadata()
    {
        var hit = Assert.Single(_store.Search("customs"));
        var memorial = Assert.Single(_store.Load(new ArticleQuery(Since: Samples.Parse("2024-09"), Until: Samples.Parse("2024-09"))));
        Assert.Equal((memorial.Article.Id, "Memorial held", "2024-09-11", "memorial.txt", (string?)null),
            (hit.ArticleId, hit.Title, hit.Published, hit.Path, hit.Url));
    }

    [Theory]
    // 16 tokens ("9/11" is two): the whole text, no ellipsis.
    [InlineData("customs", "U.S. and local officials met on the anniversary of 9/11 near the «customs» house.")]
    // A window of 16 tokens, cut at both ends; remove_diacritics 2 lets "elise" find "Élise".
    [InlineData("elise marchand",
        "…by the end of the month,\" said «Élise» «Marchand», director of the Varna Ferry Company. The…")]
    // A phrase is highlighted as one run.
    [InlineData("\"ferry company\"",
        "…said Élise Marchand, director of the Varna «Ferry Company». The company said repairs cost more than…")]
    // The last words of the text: no trailing ellipsis.
    [InlineData("april", "…Marchand said the service would not close again before «April».")]
    public void Snippets_highlight_the_matches(string query, string expectedSnippet) =>
        Assert.Equal(expectedSnippet, Assert.Single(_store.Search(query)).Snippet);

    [Theory]
    [InlineData("ferry pier", "harbour.txt")]
    [InlineData("ferry company", "harbour.txt")]
    [InlineData("\"ferry fleet\"", "fleet.txt")]
    [InlineData("\"fleet ferry\"", "")]
    [InlineData("fer*", "fleet.txt harbour.txt")]
    [InlineData("U.S.", "memorial.txt")]
    [InlineData("9/11", "memorial.txt")]
    [InlineData("miren", "harbour.txt")]
    public void Words_are_anded_and_phrases_kept(string query, string expectedPaths) =>
        Assert.Equal(expectedPaths, string.Join(' ', _store.Search(query).Select(h => h.Path)));

    [Theory]
    [InlineData("\"")]
    [InlineData("AND")]
    [InlineData("ferry AND")]
    [InlineData("OR NOT ferry")]
    [InlineData("*")]
    [InlineData("NEAR(")]
    [InlineData("NEAR(ferry pier, 3)")]
    [InlineData("title:ferry")]
    [InlineData("-ferry")]
    [InlineData("^ferry")]
    [InlineData("(ferry")]
    [InlineData("ferry\"pier")]
    [InlineData("\"unclosed phrase")]
    [InlineData("{title text}: ferry")]
    public void Hostile_input_never_throws(string query) => _store.Search(query);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"\"")]
    public void An_empty_query_finds_nothing(string query) => Assert.Empty(_store.Search(query));

    [Fact]
    public void The_limit_caps_the_hits()
    {
        Assert.Equal(["fleet.txt"], _store.Search("ferry", limit: 1).Select(h => h.Path));
        Assert.Empty(_store.Search("ferry", limit: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => _store.Search("ferry", limit: -1));
    }
}
