using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Sitrep.Articles;
using Sitrep.Store.Articles;
using Sitrep.Store.Json;

namespace Sitrep.Store.Sqlite;

/// <summary>
/// `sitrep db check`: reads a whole database and reports what is wrong with it. SQLite's own checks first
/// (https://sqlite.org/pragma.html#pragma_integrity_check): quick_check reads every page and checks the b-trees,
/// integrity_check also checks that every index agrees with its table, foreign_key_check finds mentions of missing
/// articles, and FTS5's integrity-check (https://sqlite.org/fts5.html#the_integrity_check_command) compares the full-text
/// index with the articles. Then Sitrep's own: the schema version and tables, every article in the full-text index,
/// and every stored analysis readable, under the id its title and text hash to. The file is never changed.
/// </summary>
public static class DatabaseCheck
{
    /// <summary>Problems listed per check; the rest are counted.</summary>
    private const int MaxListed = 10;

    /// <exception cref="StoreException">The file does not exist.</exception>
    public static DatabaseCheckReport Run(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath)) throw new StoreException(fullPath, StoreProblem.Missing, "no such database");
        var clock = Stopwatch.StartNew();
        long bytes = new FileInfo(fullPath).Length;

        using var db = CheckedFile.Open(fullPath);
        var checks = new List<CheckResult>();
        var file = Check("SQLite file", () =>
        {
            if (DatabaseHeader.Problem(fullPath) is { } damaged) return [$"not an SQLite database, or its header is damaged: {damaged}"];
            _ = Scalar<long>(db.Connection, "PRAGMA user_version;");
            _ = SchemaMigrator.Tables(db.Connection);
            return [];
        });
        checks.Add(file);
        if (!file.Clean)
        {
            checks.AddRange(SkippedAfter(file.Name, "quick_check", "integrity_check", "foreign keys", "full-text index", "articles indexed", "stored analyses"));
            return new DatabaseCheckReport(fullPath, checks, 0, 0, bytes, clock.Elapsed);
        }

        var schema = Check("Sitrep schema", () => SchemaProblems(db.Connection));
        checks.Add(schema);
        var quick = Check("quick_check", () => IntegrityProblems(db.Connection, "quick_check"));
        checks.Add(quick);
        checks.Add(quick.Clean
            ? Check("integrity_check", () => IntegrityProblems(db.Connection, "integrity_check"))
            : Skipped("integrity_check", "quick_check found damage already; integrity_check would list it again"));
        if (!SchemaMigrator.HasSitrepTables(SchemaMigrator.Tables(db.Connection)))
        {
            checks.AddRange(SkippedAfter(schema.Name, "foreign keys", "full-text index", "articles indexed", "stored analyses"));
            return new DatabaseCheckReport(fullPath, checks, 0, 0, bytes, clock.Elapsed);
        }
        checks.Add(Check("foreign keys", () => ForeignKeyProblems(db.Connection)));
        checks.Add(db.ReadOnly
            ? Skipped("full-text index", "FTS5's integrity-check is a write statement, and the database is read-only; integrity_check covered the index's own structure")
            : Check("full-text index", () => FullTextProblems(db.Connection)));
        checks.Add(Check("articles indexed", () => IndexCoverageProblems(db.Connection)));
        checks.Add(Check("stored analyses", () => AnalysisProblems(db.Connection)));

        long articles = TryCount(db.Connection, "SELECT count(*) FROM articles;");
        long mentions = TryCount(db.Connection, "SELECT count(*) FROM mentions;");
        return new DatabaseCheckReport(fullPath, checks, articles, mentions, bytes, clock.Elapsed);
    }

    private static List<string> SchemaProblems(SqliteConnection connection)
    {
        var problems = new List<string>();
        int version = SchemaMigrator.UserVersion(connection);
        var tables = SchemaMigrator.Tables(connection);
        var missing = SchemaMigrator.SitrepTables.Where(t => !tables.Contains(t)).ToList();
        if (version == 0 && tables.Count == 0) problems.Add("an empty database: no schema yet (sitrep ingest creates it)");
        else if (missing.Count > 0) problems.Add($"not a Sitrep database: no {string.Join(", ", missing)} table");
        if (version > SchemaMigrator.LatestVersion)
            problems.Add($"schema version {version} is newer than this Sitrep's {SchemaMigrator.LatestVersion}");
        else if (version < SchemaMigrator.LatestVersion && version > 0)
            problems.Add($"schema version {version} is older than this Sitrep's {SchemaMigrator.LatestVersion} (sitrep ingest upgrades it)");
        return problems;
    }

    private static List<string> IntegrityProblems(SqliteConnection connection, string pragma)
    {
        try
        {
            return IntegrityRows(connection, $"PRAGMA {pragma}({Limit});");
        }
        catch (SqliteException)
        {
            // The whole-file check can stop at the first damaged page it meets through another table (FTS5's own check
            // reads the articles it indexes); table by table, SQLite says which page of which table is damaged.
        }
        var problems = new List<string>();
        foreach (var table in SchemaMigrator.Tables(connection).Order(StringComparer.Ordinal))
        {
            try
            {
                problems.AddRange(IntegrityRows(connection, $"PRAGMA {pragma}(\"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\");")
                    .Select(row => $"{table}: {row}"));
            }
            catch (SqliteException e)
            {
                problems.Add($"{table}: {SqliteFailures.Detail(e)}");
            }
        }
        return problems.Count > 0 ? Capped(problems) : ["the check stopped at damage it could not place in a table"];
    }

    /// <summary>The argument caps the errors SQLite collects; one more than we list tells that there are more.</summary>
    private static string Limit => (MaxListed + 1).ToString(CultureInfo.InvariantCulture);

    private static List<string> IntegrityRows(SqliteConnection connection, string sql)
    {
        // "*** in database main ***" heads SQLite's list; the lines after it are the findings.
        var rows = Strings(connection, sql).Where(r => !r.StartsWith("*** in database", StringComparison.Ordinal)).ToList();
        return rows is ["ok"] ? [] : Capped(rows, more: rows.Count > MaxListed ? "… and more" : null);
    }

    private static List<string> ForeignKeyProblems(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA foreign_key_check;";
        using var reader = command.ExecuteReader();
        var problems = new List<string>();
        while (reader.Read())
            problems.Add($"{reader.GetString(0)} row {reader.GetValue(1)} refers to a missing row of {reader.GetString(2)}");
        return Capped(problems);
    }

    private static List<string> FullTextProblems(SqliteConnection connection)
    {
        // rank = 1 also compares the index with the articles table it is built from (external content).
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1);";
        try
        {
            command.ExecuteNonQuery();
            return [];
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 11)
        {
            return [$"the full-text index does not match the articles ({SqliteFailures.Detail(e)}); rebuild it with: INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')"];
        }
        finally
        {
            transaction.Rollback();
        }
    }

    private static List<string> IndexCoverageProblems(SqliteConnection connection)
    {
        // articles_fts_docsize holds one row per indexed document, keyed by the article's seq.
        var problems = Strings(connection, """
            SELECT 'article ' || a.id || ' (seq ' || a.seq || ') is not in the full-text index'
            FROM articles a WHERE NOT EXISTS (SELECT 1 FROM articles_fts_docsize d WHERE d.id = a.seq);
            """);
        problems.AddRange(Strings(connection, """
            SELECT 'the full-text index holds seq ' || d.id || ', which no article has'
            FROM articles_fts_docsize d WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.seq = d.id);
            """));
        return Capped(problems);
    }

    private static List<string> AnalysisProblems(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, title, text, analysis FROM articles ORDER BY seq;";
        using var reader = command.ExecuteReader();
        var problems = new List<string>();
        while (reader.Read())
        {
            string id = reader.GetString(0);
            if (Article.ContentId(reader.GetString(1), reader.GetString(2)) != id)
                problems.Add($"article {id}: its title and text no longer hash to its id (changed after it was stored)");
            try
            {
                var analysis = StoredAnalysis.Deserialize(reader.GetString(3));
                if (analysis.Article.Id != id) problems.Add($"article {id}: its analysis is of article {analysis.Article.Id}");
            }
            catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException or KeyNotFoundException or FormatException or ArgumentException)
            {
                problems.Add($"article {id}: its analysis cannot be read ({e.Message})");
            }
        }
        return Capped(problems);
    }

    /// <summary>Runs one check; an SQLite error while checking (damage it ran into) is itself the problem found.</summary>
    private static CheckResult Check(string name, Func<List<string>> body)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            return new CheckResult(name, body()) { Elapsed = clock.Elapsed };
        }
        catch (SqliteException e)
        {
            return new CheckResult(name, [e.SqliteErrorCode == 26 ? "not an SQLite database, or its header is damaged" : SqliteFailures.Detail(e)])
            {
                Elapsed = clock.Elapsed,
            };
        }
    }

    private static CheckResult Skipped(string name, string why) => new(name, [], why) { Skipped = true };

    private static IEnumerable<CheckResult> SkippedAfter(string failed, params string[] names) =>
        names.Select(n => Skipped(n, $"the {failed} check failed"));

    private static List<string> Capped(List<string> problems, string? more = null)
    {
        if (problems.Count <= MaxListed) return problems;
        var listed = problems.Take(MaxListed).ToList();
        listed.Add(more ?? $"… and {problems.Count - MaxListed} more");
        return listed;
    }

    private static List<string> Strings(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read()) rows.Add(reader.GetString(0));
        return rows;
    }

    private static T Scalar<T>(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)Convert.ChangeType(command.ExecuteScalar()!, typeof(T), CultureInfo.InvariantCulture);
    }

    private static long TryCount(SqliteConnection connection, string sql)
    {
        try
        {
            return Scalar<long>(connection, sql);
        }
        catch (SqliteException)
        {
            return -1;
        }
    }

    /// <summary>
    /// The connection a check reads through: read-write when the file can be written (FTS5's integrity-check is an
    /// INSERT, rolled back), else read-only, and immutable in a read-only folder, as <see cref="SqliteArticleStore.OpenExisting"/> reads.
    /// Unpooled, so nothing stays open after the check.
    /// </summary>
    private sealed class CheckedFile : IDisposable
    {
        private CheckedFile(SqliteConnection connection, bool readOnly)
        {
            Connection = connection;
            ReadOnly = readOnly;
        }

        public SqliteConnection Connection { get; }

        public bool ReadOnly { get; }

        public static CheckedFile Open(string fullPath)
        {
            var connection = Connect(SqliteArticleStore.ConnectionString(fullPath, SqliteOpenMode.ReadWrite));
            try
            {
                // The first read opens the -wal and -shm files, which a read-only folder refuses.
                _ = Scalar<long>(connection, "PRAGMA user_version;");
            }
            catch (SqliteException e) when (e.SqliteErrorCode is 8 or 14 && SqliteArticleStore.WalIsEmpty(fullPath))
            {
                connection.Dispose();
                return new CheckedFile(Connect(SqliteArticleStore.ImmutableConnectionString(fullPath)), readOnly: true);
            }
            catch (SqliteException)
            {
                // Not a database, or damaged: the first check reports it.
            }
            return new CheckedFile(connection, SQLitePCL.raw.sqlite3_db_readonly(connection.Handle, "main") == 1);
        }

        public void Dispose() => Connection.Dispose();

        private static SqliteConnection Connect(string connectionString)
        {
            var connection = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
            connection.Open();
            return connection;
        }
    }
}
