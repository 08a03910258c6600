using Sitrep.Store.Articles;
using Sitrep.Store.Sqlite;
using Sitrep.Store.Tests.Fixtures;
using Xunit;

namespace Sitrep.Store.Tests.Sqlite;

/// <summary>Each kind of damage <see cref="DatabaseCheck"/> looks for, made on purpose, is found by the check meant for it.</summary>
public class DatabaseCheckTests
{
    private static readonly string[] CheckNames =
        ["SQLite file", "Sitrep schema", "quick_check", "integrity_check", "foreign keys", "full-text index", "articles indexed", "stored analyses"];

    [Fact]
    public void A_sound_database_is_clean_in_every_check()
    {
        using var db = new TempDatabase();
        DamagedDatabaseTests.StoreSomeArticles(db.Path, 12);

        var report = DatabaseCheck.Run(db.Path);

        Assert.Equal(CheckNames, report.Checks.Select(c => c.Name));
        Assert.All(report.Checks, c => Assert.True(c.Clean && !c.Skipped, $"{c.Name}: {string.Join("; ", c.Problems)} {c.Note}"));
        Assert.True(report.Clean);
        Assert.Equal(12, report.Articles);
        Assert.Equal(12, report.Mentions);
    }

    [Fact]
    public void A_mention_of_a_missing_article_fails_the_foreign_key_check()
    {
        using var db = new TempDatabase();
        DamagedDatabaseTests.StoreSomeArticles(db.Path, 2);
        db.Scalar("PRAGMA foreign_keys = OFF; INSERT INTO mentions (article_id, start, \"end\", text, text_folded, type, key) VALUES ('0000000000000000', 0, 4, 'Miren', 'miren', 'Place', 'place:miren');");

        var report = DatabaseCheck.Run(db.Path);

        Assert.Equal(["mentions row 3 refers to a missing row of articles"], Problems(report, "foreign keys"));
        Assert.Equal(["foreign keys"], Failed(report));
    }

    [Fact]
    public void An_article_missing_from_the_full_text_index_fails_the_index_checks_by_name()
    {
        using var db = new TempDatabase();
        var ids = DamagedDatabaseTests.StoreSomeArticles(db.Path, 3);
        // FTS5's 'delete' command takes a row out of the index and leaves the articles table alone.
        db.Scalar("INSERT INTO articles_fts (articles_fts, rowid, title, text) SELECT 'delete', seq, title, text FROM articles WHERE seq = 2;");

        var report = DatabaseCheck.Run(db.Path);

        Assert.Equal(["full-text index", "articles indexed"], Failed(report));
        Assert.StartsWith("the full-text index does not match the articles", Assert.Single(Problems(report, "full-text index")));
        Assert.Equal([$"article {ids[1]} (seq 2) is not in the full-text index"], Problems(report, "articles indexed"));
    }

    [Fact]
    public void An_unreadable_analysis_or_a_changed_text_fails_the_stored_analyses_check_naming_the_article()
    {
        using var db = new TempDatabase();
        var ids = DamagedDatabaseTests.StoreSomeArticles(db.Path, 3);
        db.Scalar($"UPDATE articles SET analysis = '[1, 2' WHERE id = '{ids[0]}';");
        // Not through the UPDATE trigger's eyes only: the text no longer hashes to the id it was stored under.
        db.Scalar($"UPDATE articles SET text = text || ' Amended.' WHERE id = '{ids[2]}';");

        var report = DatabaseCheck.Run(db.Path);

        Assert.Equal(["stored analyses"], Failed(report));
        var problems = Problems(report, "stored analyses");
        Assert.Equal(2, problems.Count);
        Assert.StartsWith($"article {ids[0]}: its analysis cannot be read (", problems[0]);
        Assert.Equal($"article {ids[2]}: its title and text no longer hash to its id (changed after it was stored)", problems[1]);
    }

    [Fact]
    public void A_database_from_a_newer_sitrep_fails_the_schema_check()
    {
        using var db = new TempDatabase();
        DamagedDatabaseTests.StoreSomeArticles(db.Path, 1);
        db.Scalar("PRAGMA user_version = 99;");

        var report = DatabaseCheck.Run(db.Path);

        Assert.Equal(["Sitrep schema"], Failed(report));
        Assert.Equal([$"schema version 99 is newer than this Sitrep's {SchemaMigrator.LatestVersion}"], Problems(report, "Sitrep schema"));
    }

    [Fact]
    public void A_damaged_page_fails_quick_check_naming_its_table()
    {
        using var db = new TempDatabase();
        DamagedDatabaseTests.StoreSomeArticles(db.Path, 60);
        long pages = (long)db.Scalar("PRAGMA page_count;")!;
        long pageSize = (long)db.Scalar("PRAGMA page_size;")!;
        // The page in the middle of the file: with 60 articles of 1 KB, a page of the articles table.
        Overwrite(db.Path, pages / 2 * pageSize, RandomBytes((int)pageSize));

        var report = DatabaseCheck.Run(db.Path);

        Assert.False(report.Clean);
        Assert.Contains(Problems(report, "quick_check"), p => p.StartsWith("articles: ", StringComparison.Ordinal));
        Assert.True(report.Checks.Single(c => c.Name == "integrity_check").Skipped);
    }

    [Fact]
    public void A_file_that_is_not_a_database_fails_the_first_check_and_skips_the_rest()
    {
        using var db = new TempDatabase();
        Directory.CreateDirectory(Path.GetDirectoryName(db.Path)!);
        File.WriteAllText(db.Path, "not a database\n");

        var report = DatabaseCheck.Run(db.Path);

        Assert.Equal(["not an SQLite database, or its header is damaged"], Problems(report, "SQLite file"));
        Assert.All(report.Checks.Skip(1), c => Assert.True(c.Skipped, c.Name));
    }

    [Fact]
    public void A_missing_file_is_an_error_not_a_report()
    {
        using var db = new TempDatabase();

        var error = Assert.Throws<StoreException>(() => DatabaseCheck.Run(db.Path));

        Assert.Equal(StoreProblem.Missing, error.Problem);
    }

    private static List<string> Failed(DatabaseCheckReport report) => report.Checks.Where(c => !c.Clean).Select(c => c.Name).ToList();

    private static IReadOnlyList<string> Problems(DatabaseCheckReport report, string check) => report.Checks.Single(c => c.Name == check).Problems;

    private static void Overwrite(string path, long offset, byte[] bytes)
    {
        using var file = new FileStream(path, FileMode.Open);
        file.Position = offset;
        file.Write(bytes);
    }

    private static byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        new Random(5).NextBytes(bytes);
        return bytes;
    }
}
