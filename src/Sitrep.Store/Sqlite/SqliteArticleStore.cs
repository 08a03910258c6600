using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Sitrep.News.Pipeline;
using Sitrep.Store.Articles;
using Sitrep.Store.Json;
using Sitrep.News.Documents;

namespace Sitrep.Store.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode, its schema migrated on <see cref="Open"/>.
/// Each call takes its own pooled connection, so one instance can serve several threads; WAL
/// lets readers run while a batch is being written.
/// </summary>
public sealed class SqliteArticleStore : IArticleStore
{
    // Per connection. Ten seconds: long enough to wait out another process's batch commit instead of failing with
    // SQLITE_BUSY. synchronous = FULL syncs the WAL at every commit, so a committed batch survives a power cut too; it
    // is the bundled SQLite's default, said here so that a build with another default does not weaken it.
    private const string BusyTimeoutPragma = "PRAGMA busy_timeout = 10000; PRAGMA synchronous = FULL;";
    private const int BusySeconds = 10;

    // bm25 weights (title, text): a word in the title counts twice as much as one in the text.
    private const string SearchSql = """
        SELECT a.id, a.title, a.published, a.path, a.url,
               snippet(articles_fts, 1, char(2), char(3), '…', 16),
               bm25(articles_fts, 2.0, 1.0) AS score
        FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
        WHERE articles_fts MATCH $match
        ORDER BY score
        LIMIT $limit;
        """;

    private readonly string _path;
    private readonly string _connectionString;
    private readonly string _connectionPragmas;
    private bool _disposed;

    private SqliteArticleStore(string path, string connectionString, string connectionPragmas)
    {
        _path = path;
        _connectionString = connectionString;
        _connectionPragmas = connectionPragmas;
    }

    /// <summary>
    /// Opens the database at <paramref name="path"/> to write to it, creating it if missing, and brings its schema
    /// up to date. A file that cannot be written fails here, before any work is done for it.
    /// </summary>
    /// <exception cref="StoreException">The file is not a Sitrep database, is corrupt, newer, read-only or cannot be opened.</exception>
    public static SqliteArticleStore Open(string path) => Open(path, BusyTimeoutPragma);

    /// <summary>
    /// For tests: a store whose database may hold at most <paramref name="maxPages"/> pages, so that a write past
    /// them fails as on a full disk (SQLITE_FULL, https://sqlite.org/pragma.html#pragma_max_page_count).
    /// </summary>
    internal static SqliteArticleStore OpenWithPageLimit(string path, int maxPages) =>
        Open(path, BusyTimeoutPragma + $" PRAGMA max_page_count = {maxPages.ToString(CultureInfo.InvariantCulture)};");

    private static SqliteArticleStore Open(string path, string connectionPragmas)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string fullPath = Path.GetFullPath(path);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StoreException(fullPath, StoreProblem.Unavailable, $"cannot create its folder: {e.Message}", e);
        }
        return OpenAt(fullPath, ConnectionString(fullPath, SqliteOpenMode.ReadWriteCreate), connectionPragmas, mustWrite: true);
    }

    /// <summary>
    /// Opens an existing database to read it: never creates one, and reads a file it cannot write (a read-only
    /// file, or one in a read-only folder) as it is. A writable file is brought up to date as by <see cref="Open"/>.
    /// </summary>
    /// <exception cref="StoreException">The file is missing, not a Sitrep database, corrupt, newer, or cannot be read.</exception>
    public static SqliteArticleStore OpenExisting(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath)) throw new StoreException(fullPath, StoreProblem.Missing, "no such database");
        try
        {
            return OpenAt(fullPath, ConnectionString(fullPath, SqliteOpenMode.ReadWrite), BusyTimeoutPragma, mustWrite: false);
        }
        catch (StoreException e) when (e.Problem is StoreProblem.Unavailable or StoreProblem.ReadOnly && WalIsEmpty(fullPath))
        {
            // A read-only folder: SQLite cannot create the -shm file that a WAL database needs even to be read. With no
            // -wal file beside it (or an empty one) the main file holds every committed write, and "immutable" lets SQLite
            // read it without one (https://sqlite.org/uri.html#uriimmutable): nothing can change a file nobody can write.
            return OpenAt(fullPath, ImmutableConnectionString(fullPath), BusyTimeoutPragma, mustWrite: false);
        }
        catch (StoreException e) when (e.Problem is StoreProblem.Unavailable or StoreProblem.ReadOnly && !File.Exists(fullPath + "-shm"))
        {
            // Commits in the -wal file can only be read through the -shm index, which SQLite must create and cannot here.
            throw new StoreException(fullPath, StoreProblem.ReadOnly,
                "cannot read it: its -wal file holds commits, and SQLite cannot create the -shm file it needs to read them "
                + "(a read-only folder?); copy the database and its -wal file to a writable folder", e);
        }
    }

    private static SqliteArticleStore OpenAt(string fullPath, string connectionString, string connectionPragmas, bool mustWrite)
    {
        if (File.Exists(fullPath) && DatabaseHeader.Problem(fullPath) is not null)
            throw new StoreException(fullPath, StoreProblem.NotADatabase, SqliteFailures.NotSqlite);
        var store = new SqliteArticleStore(fullPath, connectionString, connectionPragmas);
        try
        {
            using var connection = store.Connect();
            store.Prepare(connection, mustWrite);
            return store;
        }
        catch (SqliteException e) when (SqliteFailures.IsDatabaseFault(e))
        {
            store.Dispose();
            throw SqliteFailures.Translate(e, fullPath);
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <summary>Checks that the file is a Sitrep database this Sitrep can use, and migrates it when it can write it.</summary>
    private void Prepare(SqliteConnection connection, bool mustWrite)
    {
        bool readOnly = SQLitePCL.raw.sqlite3_db_readonly(connection.Handle, "main") == 1;
        if (readOnly && mustWrite) throw SqliteFailures.ReadOnlyDatabase(_path);

        // The first reads of the file: a damaged header fails here as "not a database", a damaged schema page as corrupt.
        // Both in one read transaction: another process creating the schema between the two reads would otherwise look like
        // "version 0 with tables", a file that is not Sitrep's.
        int version;
        IReadOnlySet<string> tables;
        Execute(connection, "BEGIN;");
        try
        {
            version = SchemaMigrator.UserVersion(connection);
            tables = SchemaMigrator.Tables(connection);
        }
        finally
        {
            Execute(connection, "COMMIT;");
        }
        if (version == 0 && tables.Count > 0 || version > 0 && !SchemaMigrator.HasSitrepTables(tables))
            throw new StoreException(_path, StoreProblem.NotADatabase, "not a Sitrep database (an SQLite database without Sitrep's tables)");
        if (version > SchemaMigrator.LatestVersion)
        {
            throw new StoreException(_path, StoreProblem.NewerSchema,
                $"schema version {version} is newer than this Sitrep's {SchemaMigrator.LatestVersion}; use a newer Sitrep");
        }
        if (readOnly)
        {
            if (version == 0) throw new StoreException(_path, StoreProblem.NotADatabase, "not a Sitrep database (an empty file; create it with 'sitrep ingest')");
            if (version < SchemaMigrator.LatestVersion)
            {
                throw new StoreException(_path, StoreProblem.ReadOnly,
                    $"schema version {version} must be upgraded to {SchemaMigrator.LatestVersion}, and the database cannot be written");
            }
            return;
        }
        // Writing into a damaged b-tree can spread the damage, so a file is read whole before it is written to: quick_check
        // (https://sqlite.org/pragma.html#pragma_quick_check) reads every page, about 0.3 s for 10,000 articles (docs/benchmarks.md).
        if (mustWrite || version < SchemaMigrator.LatestVersion) QuickCheck(connection);
        // The journal mode is stored in the file, so setting it once here holds for every connection.
        Execute(connection, "PRAGMA journal_mode = WAL;");
        SchemaMigrator.Migrate(connection);
    }

    private void QuickCheck(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA quick_check(1);";
        var found = Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture) ?? "";
        if (found == "ok") return;
        // SQLite heads its findings with "*** in database main ***"; the first finding is enough for one line.
        var first = found.ReplaceLineEndings("\n").Split('\n').FirstOrDefault(l => l.Length > 0 && !l.StartsWith("***", StringComparison.Ordinal));
        throw SqliteFailures.CorruptDatabase(_path, first ?? found);
    }

    /// <summary>No write-ahead log beside the file holds a commit the main file lacks.</summary>
    internal static bool WalIsEmpty(string fullPath)
    {
        var wal = new FileInfo(fullPath + "-wal");
        return !wal.Exists || wal.Length == 0;
    }

    internal static string ConnectionString(string fullPath, SqliteOpenMode mode) => new SqliteConnectionStringBuilder
    {
        DataSource = fullPath,
        Mode = mode,
        ForeignKeys = true,
        // Microsoft.Data.Sqlite retries a busy statement until this many seconds have passed, on top of busy_timeout;
        // the same 10 s, so that a writer gives up after 10 s, not 30.
        DefaultTimeout = BusySeconds,
    }.ToString();

    internal static string ImmutableConnectionString(string fullPath) => new SqliteConnectionStringBuilder
    {
        DataSource = new Uri(fullPath).AbsoluteUri + "?immutable=1",
        Mode = SqliteOpenMode.ReadOnly,
        ForeignKeys = true,
        DefaultTimeout = BusySeconds,
    }.ToString();

    /// <summary>The schema version of the open database (PRAGMA user_version).</summary>
    /// <summary>The schema version this build creates and migrates databases to.</summary>
    public static int LatestSchemaVersion => SchemaMigrator.LatestVersion;

    public int SchemaVersion
    {
        get
        {
            return Guard(() =>
            {
                using var connection = Connect();
                return SchemaMigrator.UserVersion(connection);
            });
        }
    }

    /// <summary>The full path of the database file.</summary>
    public string DatabasePath => _path;

    public AddOutcome Add(ArticleAnalysis analysis) => AddBatch([analysis])[0];

    public IReadOnlyList<AddOutcome> AddBatch(IReadOnlyList<ArticleAnalysis> batch) => Guard(() =>
    {
        using var connection = Connect();
        // BEGIN IMMEDIATE: take the write lock up front rather than upgrading a read lock mid-batch,
        // which in WAL mode fails with SQLITE_BUSY when another writer got there first.
        using var transaction = connection.BeginTransaction(deferred: false);
        using var writer = new ArticleWriter(transaction, DateTimeOffset.UtcNow);
        var outcomes = new AddOutcome[batch.Count];
        for (int i = 0; i < batch.Count; i++)
            outcomes[i] = writer.Write(batch[i]);
        transaction.Commit();
        return outcomes;
    });

    public IReadOnlyList<ArticleAnalysis> Load(ArticleQuery query) => Guard(() =>
    {
        using var connection = Connect();
        using var command = ArticleQueryCommand.Create(connection, query);
        using var reader = command.ExecuteReader();
        var analyses = new List<ArticleAnalysis>();
        while (reader.Read())
            analyses.Add(ReadAnalysis(reader.GetString(0), reader.GetString(1)));
        return analyses;
    });

    public IReadOnlyList<SearchHit> Search(string query, int limit = 20)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        if (FtsQuery.ToMatchExpression(query) is not { } match || limit == 0) return [];
        return Guard(() => SearchIndex(match, limit));
    }

    private List<SearchHit> SearchIndex(string match, int limit)
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = SearchSql;
        command.Parameters.AddWithValue("$match", match);
        command.Parameters.AddWithValue("$limit", limit);
        using var reader = command.ExecuteReader();
        var hits = new List<SearchHit>();
        while (reader.Read())
        {
            hits.Add(new SearchHit(
                ArticleId: reader.GetString(0), Title: reader.GetString(1), Published: NullableString(reader, 2),
                Path: NullableString(reader, 3), Url: NullableString(reader, 4), Snippet: "",
                // bm25() is lower-is-better; a rank reads more naturally as higher-is-better.
                Rank: -reader.GetDouble(6)) { Parts = SnippetParts(OneLine(reader.GetString(5))) });
        }
        return hits;
    }

    public int Count() => Guard(() =>
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM articles;";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    });

    /// <summary>Closes the pooled connections, releasing the file.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    private SqliteConnection Connect()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        // busy_timeout is per connection; a pooled connection keeps it, setting it again is cheap.
        Execute(connection, _connectionPragmas);
        return connection;
    }

    /// <summary>Runs a database operation, reporting SQLite's failures as what they mean for this file.</summary>
    private T Guard<T>(Func<T> operation)
    {
        try
        {
            return operation();
        }
        catch (SqliteException e) when (SqliteFailures.IsDatabaseFault(e))
        {
            throw SqliteFailures.Translate(e, _path);
        }
    }

    /// <summary>A row whose analysis cannot be read is damage SQLite cannot see (its pages are sound): reported as corruption.</summary>
    private ArticleAnalysis ReadAnalysis(string id, string json)
    {
        try
        {
            return StoredAnalysis.Deserialize(json);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException or FormatException or ArgumentException)
        {
            throw SqliteFailures.CorruptDatabase(_path, $"the analysis of article {id} cannot be read ({e.Message})", e);
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string? NullableString(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    /// <summary>A snippet may span paragraphs; a hit list shows it on one line.</summary>
    // The snippet's matches are marked with STX and ETX rather than « and », which articles use as quotation marks.
    private static IReadOnlyList<SnippetPart> SnippetParts(string marked)
    {
        var parts = new List<SnippetPart>();
        int at = 0;
        while (at < marked.Length)
        {
            int open = marked.IndexOf('\u0002', at);
            int close = open < 0 ? -1 : marked.IndexOf('\u0003', open + 1);
            if (close < 0)
            {
                parts.Add(new SnippetPart(marked[at..].Replace("\u0002", "").Replace("\u0003", ""), false));
                break;
            }
            if (open > at) parts.Add(new SnippetPart(marked[at..open].Replace("\u0003", ""), false));
            parts.Add(new SnippetPart(marked[(open + 1)..close], true));
            at = close + 1;
        }
        return parts;
    }

    private static string OneLine(string snippet) => System.Text.RegularExpressions.Regex.Replace(snippet, @"\s+", " ").Trim();
}
