using Sitrep.Store.Articles;
using Sitrep.Store.Sqlite;
using Sitrep.Store.Tests.Fixtures;
using Xunit;

namespace Sitrep.Store.Tests.Sqlite;

/// <summary>
/// A write that does not fit fails as "disk full" and leaves the database as the last committed batch left it. The disk is
/// filled with SQLite's max_page_count, which fails a write with the same SQLITE_FULL a full disk gives, on any machine;
/// the CLI's FullDiskTests fill a real (tmpfs) disk where the test may mount one.
/// </summary>
public class DiskFullTests
{
    [Fact]
    public void A_batch_that_does_not_fit_fails_as_disk_full_and_the_batches_before_it_stay_whole()
    {
        using var db = new TempDatabase();
        const int batchSize = 10;
        int stored = 0;
        StoreException? error = null;
        using (var store = SqliteArticleStore.OpenWithPageLimit(db.Path, maxPages: 60))
        {
            for (int b = 0; b < 100 && error is null; b++)
            {
                var batch = Enumerable.Range(b * batchSize, batchSize).Select(Article).ToList();
                try
                {
                    store.AddBatch(batch);
                    stored += batchSize;
                }
                catch (StoreException e)
                {
                    error = e;
                }
            }
            Assert.Equal(stored, store.Count());
        }

        Assert.NotNull(error);
        Assert.Equal(StoreProblem.DiskFull, error.Problem);
        Assert.Equal(db.Path, error.DatabasePath);
        Assert.Equal("disk full: no space left to write the database (the articles stored before are kept)", error.Reason);
        Assert.InRange(stored, batchSize, 99 * batchSize);

        var check = DatabaseCheck.Run(db.Path);
        Assert.True(check.Clean, string.Join("; ", check.Checks.SelectMany(c => c.Problems)));
        using var reopened = SqliteArticleStore.OpenExisting(db.Path);
        Assert.Equal(Enumerable.Range(0, stored).Select(i => $"a{i:D4}.txt"), reopened.Load(ArticleQuery.All).Select(a => a.Article.Path).Order());
        Assert.Equal(stored, reopened.Search("ferry", limit: 10_000).Count);
    }

    private static Sitrep.News.Documents.ArticleAnalysis Article(int i) =>
        Samples.Simple($"a{i:D4}.txt", $"Ferry report {i}", string.Concat(Enumerable.Repeat($"The ferry to Miren Island ran {i} times today. ", 30)),
            "2025-03-04", ("Miren Island", "place:miren island"));
}
