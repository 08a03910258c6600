using System.Globalization;
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
    // Ten seconds: long enough to wait out another process's batch commit instead of failing with SQLITE_BUSY.
    private const string BusyTimeoutPragma = "PRAGMA busy_timeout = 10000;";

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

    private readonly string _connectionString;
    private bool _disposed;

    private SqliteArticleStore(string connectionString) => _connectionString = connectionString;

    /// <summary>Opens the database at <paramref name="path"/>, creating it if missing, and brings its schema up to date.</summary>
    public static SqliteArticleStore Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string fullPath = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
        }.ToString();

        var store = new SqliteArticleStore(connectionString);
        try
        {
            using var connection = store.Connect();
            // The journal mode is stored in the file, so setting it once here holds for every connection.
            Execute(connection, "PRAGMA journal_mode = WAL;");
            SchemaMigrator.Migrate(connection);
            return store;
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <summary>The schema version of the open database (PRAGMA user_version).</summary>
    /// <summary>The schema version this build creates and migrates databases to.</summary>
    public static int LatestSchemaVersion => SchemaMigrator.LatestVersion;

    public int SchemaVersion
    {
        get
        {
            using var connection = Connect();
            return SchemaMigrator.UserVersion(connection);
        }
    }

    public AddOutcome Add(ArticleAnalysis analysis) => AddBatch([analysis])[0];

    public IReadOnlyList<AddOutcome> AddBatch(IReadOnlyList<ArticleAnalysis> batch)
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
    }

    public IReadOnlyList<ArticleAnalysis> Load(ArticleQuery query)
    {
        using var connection = Connect();
        using var command = ArticleQueryCommand.Create(connection, query);
        using var reader = command.ExecuteReader();
        var analyses = new List<ArticleAnalysis>();
        while (reader.Read())
            analyses.Add(StoredAnalysis.Deserialize(reader.GetString(0)));
        return analyses;
    }

    public IReadOnlyList<SearchHit> Search(string query, int limit = 20)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        if (FtsQuery.ToMatchExpression(query) is not { } match || limit == 0) return [];

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

    public int Count()
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM articles;";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

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
        Execute(connection, BusyTimeoutPragma);
        return connection;
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
