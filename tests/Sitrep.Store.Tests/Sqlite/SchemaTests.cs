using Sitrep.Store.Articles;
using Sitrep.Store.Sqlite;
using Sitrep.Store.Tests.Fixtures;
using Xunit;

namespace Sitrep.Store.Tests.Sqlite;

public class SchemaTests
{
    [Fact]
    public void A_new_file_gets_the_latest_schema_in_wal_mode()
    {
        using var db = new TempDatabase();
        using (var store = SqliteArticleStore.Open(db.Path))
        {
            Assert.Equal(1, store.SchemaVersion);
            Assert.Equal(0, store.Count());
        }
        Assert.Equal(1L, db.Scalar("PRAGMA user_version;"));
        Assert.Equal("wal", db.Scalar("PRAGMA journal_mode;"));
    }

    [Fact]
    public void Reopening_an_up_to_date_file_applies_nothing_and_keeps_the_articles()
    {
        using var db = new TempDatabase();
        var ferry = Samples.Ferry();
        using (var store = SqliteArticleStore.Open(db.Path))
            store.Add(ferry);

        // Running 001_initial.sql again would fail on CREATE TABLE articles.
        using (var store = SqliteArticleStore.Open(db.Path))
        {
            Assert.Equal(1, store.SchemaVersion);
            AssertAnalysis.Same(ferry, Assert.Single(store.Load(ArticleQuery.All)));
        }
    }

    [Fact]
    public void Refuses_a_file_from_a_newer_schema()
    {
        using var db = new TempDatabase();
        SqliteArticleStore.Open(db.Path).Dispose();
        db.Scalar("PRAGMA user_version = 99;");
        var error = Assert.Throws<StoreException>(() => SqliteArticleStore.Open(db.Path));
        Assert.Equal(StoreProblem.NewerSchema, error.Problem);
        Assert.Equal("schema version 99 is newer than this Sitrep's 1; use a newer Sitrep", error.Reason);
    }

    [Fact]
    public void Creates_the_missing_directory()
    {
        using var db = new TempDatabase();
        string nested = Path.Combine(Path.GetDirectoryName(db.Path)!, "a", "b", "sitrep.db");
        using var store = SqliteArticleStore.Open(nested);
        Assert.True(File.Exists(nested));
    }
}
