using Sitrep.News.Pipeline;
using Sitrep.Store.Articles;
using Sitrep.Store.Sqlite;
using Sitrep.Store.Tests.Fixtures;
using Xunit;
using Sitrep.News.Documents;

namespace Sitrep.Store.Tests.Sqlite;

public sealed class LoadTests : IDisposable
{
    private readonly TempDatabase _db = new();
    private readonly SqliteArticleStore _store;

    public LoadTests()
    {
        _store = SqliteArticleStore.Open(_db.Path);
        // Added out of order, so the expected orders below come from the query, not from insertion.
        _store.AddBatch([
            Samples.Simple("undated.txt", "Ferry timetable", "The Varna Ferry Company posted a timetable.", null,
                ("Varna Ferry Company", "org:varna ferry company")),
            Samples.Ferry(),
            Samples.Simple("budget.txt", "Ferry budget approved", "The Varna Ferry Company budget was approved.", "2025-03",
                ("Varna Ferry Company", "org:varna ferry company")),
            Samples.Simple("storm.txt", "Storm closes the pier", "A storm closed the pier at Miren Island.", "2025-02-27",
                ("Miren Island", "place:miren island")),
            // The mention text is only "Berg": "tomas" can match through the key alone.
            Samples.Simple("audit.txt", "Auditor named", "Berg will audit the accounts.", "2025-03-01",
                ("Berg", "person:tomas berg")),
            Samples.Simple("history.txt", "A century of crossings", "Boats have crossed Lake Varna for a century.", "2024",
                ("Lake Varna", "place:lake varna")),
        ]);
    }

    public void Dispose()
    {
        _store.Dispose();
        _db.Dispose();
    }

    [Theory]
    // Order: first day of the publication date, undated last, then path.
    [InlineData(null, null, null, null, "history storm audit budget harbour undated")]
    // Since/Until keep the articles whose date range overlaps [since.FirstDay, until.LastDay].
    [InlineData("2025-03", null, null, null, "audit budget harbour")]
    [InlineData("2025-03-02", null, null, null, "budget harbour")]
    [InlineData(null, "2025-02", null, null, "history storm")]
    [InlineData("2024-06", "2024-12", null, null, "history")]
    [InlineData("2025-03-04", "2025-03-04", null, null, "budget harbour")]
    [InlineData("2026", null, null, null, "")]
    // Entity: mention text equal to or containing the name, case-insensitively, or a key containing it.
    [InlineData(null, null, null, "varna", "history budget harbour undated")]
    [InlineData(null, null, null, "VARNA FERRY COMPANY", "budget harbour undated")]
    [InlineData(null, null, null, "ÉLISE MARCHAND", "harbour")]
    [InlineData(null, null, null, "élise", "harbour")]
    [InlineData(null, null, null, "tomas", "audit")]
    [InlineData(null, null, null, "  ", "history storm audit budget harbour undated")]
    [InlineData(null, null, null, "nobody", "")]
    [InlineData("2025-03", null, null, "varna", "budget harbour")]
    // Limit caps the count after ordering.
    [InlineData(null, null, 2, null, "history storm")]
    [InlineData(null, null, 0, null, "")]
    [InlineData("2025", "2025", 1, "ferry", "budget")]
    public void Filters_and_orders(string? since, string? until, int? limit, string? entity, string expectedPaths)
    {
        var query = new ArticleQuery(
            since is null ? null : Samples.Parse(since),
            until is null ? null : Samples.Parse(until),
            entity, limit);
        Assert.Equal(expectedPaths, string.Join(' ', _store.Load(query).Select(PathStem)));
    }

    [Fact]
    public void Loads_the_analysis_as_it_was_added() =>
        AssertAnalysis.Same(Samples.Ferry(), Assert.Single(_store.Load(new ArticleQuery(Entity: "Kestrel Point"))));

    [Fact]
    public void Rejects_a_negative_limit() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => _store.Load(new ArticleQuery(Limit: -1)));

    private static string PathStem(ArticleAnalysis a) => Path.GetFileNameWithoutExtension(a.Article.Path!);
}
