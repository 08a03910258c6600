using System.Collections.Concurrent;
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
}
