using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Sitrep.Store.Articles;
using Sitrep.Store.Sqlite;
using Sitrep.Store.Tests.Fixtures;
using Xunit;

namespace Sitrep.Store.Tests.Sqlite;

public class ConcurrencyTests
{
    [Fact]
    public void Threads_adding_overlapping_batches_at_once_store_each_article_once()
    {
        using var db = new TempDatabase();
        using var store = SqliteArticleStore.Open(db.Path);
        var articles = Enumerable.Range(0, 200)
            .Select(i => Samples.Simple($"a{i:D3}.txt", $"Ferry report {i}", $"The ferry to Miren Island ran {i} times today.", "2025-03-04",
                ("Miren Island", "place:miren island")))
            .ToList();
        var outcomes = new ConcurrentBag<AddOutcome>();

        // Four writers, each adding every article, in an order and batches of its own, while a reader searches.
        Parallel.For(0, 5, worker =>
        {
            if (worker == 4)
            {
                for (int i = 0; i < 50; i++) Assert.True(store.Search("ferry", limit: 500).Count <= articles.Count);
                return;
            }
            var order = articles.OrderBy(a => HashCode.Combine(worker, a.Article.Id)).Chunk(16);
            foreach (var batch in order)
                foreach (var outcome in store.AddBatch(batch)) outcomes.Add(outcome);
        });

        Assert.Equal(articles.Count, store.Count());
        Assert.Equal(articles.Count, outcomes.Count(o => o == AddOutcome.Added));
        Assert.Equal(3 * articles.Count, outcomes.Count(o => o == AddOutcome.AlreadyStored));
        Assert.Equal((long)articles.Count, db.Scalar("SELECT count(*) FROM mentions;"));
        Assert.True(DatabaseCheck.Run(db.Path).Clean);
    }

    [Fact]
    public void A_writer_waits_10_s_for_another_process_lock_then_fails_as_busy_and_stores_nothing()
    {
        using var db = new TempDatabase();
        using var store = SqliteArticleStore.Open(db.Path);
        // Another process's connection holding the write lock (an unpooled connection of its own).
        using var other = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db.Path, Pooling = false }.ToString());
        other.Open();
        using var holding = other.BeginTransaction(deferred: false);
        var clock = Stopwatch.StartNew();

        var error = Assert.Throws<StoreException>(() => store.Add(Samples.Ferry()));

        // 10 s, not the 30 s Microsoft.Data.Sqlite would go on retrying for by default.
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(9), TimeSpan.FromSeconds(25));
        Assert.Equal(StoreProblem.Busy, error.Problem);
        Assert.Equal("the database is locked by another process (gave up after waiting 10 s)", error.Reason);
        holding.Rollback();
        Assert.Equal(0, store.Count());
    }
}
