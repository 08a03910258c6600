using Microsoft.Data.Sqlite;
using Sitrep.Store.Articles;
using Sitrep.Store.Sqlite;
using Sitrep.Store.Tests.Fixtures;
using Xunit;

namespace Sitrep.Store.Tests.Sqlite;

public class AddTests
{
    private static readonly Sitrep.News.Documents.ArticleAnalysis Storm = Samples.Simple("storm.txt", "Storm closes the pier",
        "A storm closed the pier at Kestrel Point.", "2025-02-27", ("Kestrel Point", "place:kestrel point"));

    private static readonly Sitrep.News.Documents.ArticleAnalysis Budget = Samples.Simple("budget.txt", "Ferry budget approved",
        "The council approved the ferry budget.", "2025-03");

    [Fact]
    public void Adding_the_same_article_twice_stores_it_once()
    {
        using var db = new TempDatabase();
        using var store = SqliteArticleStore.Open(db.Path);
        var ferry = Samples.Ferry();

        Assert.Equal(AddOutcome.Added, store.Add(ferry));
        Assert.Equal(AddOutcome.AlreadyStored, store.Add(ferry));

        Assert.Equal(1, store.Count());
        Assert.Equal(5L, db.Scalar("SELECT count(*) FROM mentions;"));
        Assert.Single(store.Search("pier"));
    }

    [Fact]
    public void A_batch_reports_each_article_and_skips_repeats_within_it()
    {
        using var db = new TempDatabase();
        using var store = SqliteArticleStore.Open(db.Path);
        var ferry = Samples.Ferry();

        Assert.Equal([AddOutcome.Added, AddOutcome.Added, AddOutcome.AlreadyStored], store.AddBatch([ferry, Storm, ferry]));
        Assert.Equal([AddOutcome.AlreadyStored, AddOutcome.Added], store.AddBatch([Storm, Budget]));

        Assert.Equal(3, store.Count());
        Assert.Equal(6L, db.Scalar("SELECT count(*) FROM mentions;"));
        Assert.Empty(store.AddBatch([]));
    }

    [Fact]
    public void A_failing_article_leaves_nothing_of_its_batch()
    {
        using var db = new TempDatabase();
        using var store = SqliteArticleStore.Open(db.Path);
        // articles.text is NOT NULL: the second insert fails after the first has been written.
        var broken = Budget with { Article = Budget.Article with { Text = null! } };

        Assert.Throws<SqliteException>(() => store.AddBatch([Storm, broken]));

        Assert.Equal(0, store.Count());
        Assert.Equal(0L, db.Scalar("SELECT count(*) FROM mentions;"));
        Assert.Empty(store.Search("storm"));
        AssertFtsMatchesArticles(db);
        // The store is still usable, and the first article was never stored.
        Assert.Equal([AddOutcome.Added], store.AddBatch([Storm]));
    }

    [Fact]
    public void A_failing_mention_leaves_nothing_of_its_article()
    {
        using var db = new TempDatabase();
        using var store = SqliteArticleStore.Open(db.Path);
        var ferry = Samples.Ferry();
        // mentions.text is NOT NULL: the article row and its FTS row are written before this fails.
        var broken = ferry with { Mentions = [ferry.Mentions[0], ferry.Mentions[1] with { Text = null! }] };

        Assert.Throws<SqliteException>(() => store.Add(broken));

        Assert.Equal(0, store.Count());
        Assert.Equal(0L, db.Scalar("SELECT count(*) FROM mentions;"));
        Assert.Empty(store.Search("pier"));
        AssertFtsMatchesArticles(db);
        Assert.Equal(AddOutcome.Added, store.Add(ferry));
    }

    /// <summary>FTS5 'integrity-check' with rank 1 fails when the index holds a row the articles table does not.</summary>
    private static void AssertFtsMatchesArticles(TempDatabase db) =>
        db.Scalar("INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1);");
}
