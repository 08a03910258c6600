using Sitrep.Store.Articles;
using Sitrep.Store.Sqlite;
using Sitrep.Store.Tests.Fixtures;
using Xunit;

namespace Sitrep.Store.Tests.Sqlite;

/// <summary>
/// A file that is not a Sitrep database, or one that is damaged, fails with a <see cref="StoreException"/> that names the
/// file and says what is wrong, whichever way it is opened, and is never written to.
/// </summary>
public class DamagedDatabaseTests
{
    private const string NotSqlite = "not a Sitrep database (not an SQLite file, or its header is damaged)";

    public static TheoryData<string, byte[]> NotDatabases => new()
    {
        { "a text file", "Termez bridge reopens\n\nThe bridge reopened on Monday.\n"u8.ToArray() },
        { "random bytes", RandomBytes(8192, seed: 3) },
        { "an SQLite header and random pages", [.. "SQLite format 3\0"u8, .. RandomBytes(8192 - 16, seed: 4)] },
    };

    [Theory]
    [MemberData(nameof(NotDatabases))]
    public void Open_and_OpenExisting_refuse_a_file_that_is_not_an_sqlite_database(string what, byte[] content)
    {
        using var db = new TempDatabase();
        Directory.CreateDirectory(Path.GetDirectoryName(db.Path)!);
        File.WriteAllBytes(db.Path, content);

        foreach (var open in new Func<string, SqliteArticleStore>[] { SqliteArticleStore.Open, SqliteArticleStore.OpenExisting })
        {
            var error = Assert.Throws<StoreException>(() => open(db.Path).Dispose());
            Assert.Equal(StoreProblem.NotADatabase, error.Problem);
            Assert.Equal(db.Path, error.DatabasePath);
            Assert.True(error.Reason == NotSqlite, $"{what}: {error.Reason}");
        }
        Assert.Equal(content, File.ReadAllBytes(db.Path));
    }

    [Fact]
    public void Open_refuses_the_sqlite_database_of_another_program_and_adds_no_table_to_it()
    {
        using var db = new TempDatabase();
        Directory.CreateDirectory(Path.GetDirectoryName(db.Path)!);
        db.Scalar("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL);");

        var error = Assert.Throws<StoreException>(() => SqliteArticleStore.Open(db.Path).Dispose());

        Assert.Equal(StoreProblem.NotADatabase, error.Problem);
        Assert.Equal("not a Sitrep database (an SQLite database without Sitrep's tables)", error.Reason);
        Assert.Equal(1L, db.Scalar("SELECT count(*) FROM sqlite_schema;"));
        Assert.Equal(0L, db.Scalar("PRAGMA user_version;"));
    }

    [Fact]
    public void A_truncated_database_is_reported_corrupt_with_the_command_that_checks_it()
    {
        using var db = new TempDatabase();
        StoreSomeArticles(db.Path, 40);
        using (var file = new FileStream(db.Path, FileMode.Open)) file.SetLength(file.Length / 2);

        var error = Assert.Throws<StoreException>(() =>
        {
            using var store = SqliteArticleStore.OpenExisting(db.Path);
            store.Load(ArticleQuery.All);
        });

        Assert.Equal(StoreProblem.Corrupt, error.Problem);
        Assert.Equal("database is corrupt: database disk image is malformed; run `sitrep db check`", error.Reason);
    }

    [Fact]
    public void An_analysis_that_cannot_be_read_is_reported_as_corruption_of_that_article()
    {
        using var db = new TempDatabase();
        var ids = StoreSomeArticles(db.Path, 3);
        db.Scalar($"UPDATE articles SET analysis = '{{\"title\": \"Ferry' WHERE id = '{ids[1]}';");
        using var store = SqliteArticleStore.OpenExisting(db.Path);

        var error = Assert.Throws<StoreException>(() => store.Load(ArticleQuery.All));

        Assert.Equal(StoreProblem.Corrupt, error.Problem);
        Assert.StartsWith($"database is corrupt: the analysis of article {ids[1]} cannot be read (", error.Reason);
        Assert.EndsWith("); run `sitrep db check`", error.Reason);
    }

    [Fact]
    public void OpenExisting_neither_creates_a_missing_file_nor_its_folder()
    {
        using var db = new TempDatabase();

        var error = Assert.Throws<StoreException>(() => SqliteArticleStore.OpenExisting(db.Path));

        Assert.Equal(StoreProblem.Missing, error.Problem);
        Assert.Equal("no such database", error.Reason);
        Assert.False(Directory.Exists(Path.GetDirectoryName(db.Path)));
    }

    /// <summary>Stores <paramref name="count"/> small articles and closes the store, so that the file holds them all (no -wal left).</summary>
    internal static List<string> StoreSomeArticles(string path, int count)
    {
        var batch = Enumerable.Range(0, count)
            .Select(i => Samples.Simple($"a{i:D3}.txt", $"Ferry report {i}", string.Concat(Enumerable.Repeat($"The ferry to Miren Island ran {i} times today. ", 20)),
                "2025-03-04", ("Miren Island", "place:miren island")))
            .ToList();
        using var store = SqliteArticleStore.Open(path);
        store.AddBatch(batch);
        return batch.Select(a => a.Article.Id).ToList();
    }

    private static byte[] RandomBytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }
}
