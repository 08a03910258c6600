using Microsoft.Data.Sqlite;

namespace Sitrep.Cli.Tests.Faults;

/// <summary>
/// Reads a database behind sitrep's back, read-only and unpooled, to compare what two runs stored: the articles'
/// content ids, the paths in the order they were stored, the mention rows per article, and SQLite's own checks.
/// </summary>
public sealed class StoredArticles
{
    private StoredArticles(string path) => Path = path;

    public string Path { get; }

    public static StoredArticles Of(string path) => new(path);

    public int Count => Convert.ToInt32(Scalar("SELECT count(*) FROM articles;"));

    /// <summary>Article id → its mention rows: two runs that stored the same articles once each agree on every entry.</summary>
    public SortedDictionary<string, long> MentionsPerArticle()
    {
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        Read("SELECT a.id, (SELECT count(*) FROM mentions m WHERE m.article_id = a.id) FROM articles a;", r => counts.Add(r.GetString(0), r.GetInt64(1)));
        return counts;
    }

    /// <summary>Mention rows stored twice for one article (same span): none when every article was written once.</summary>
    public int RepeatedMentionRows() => Convert.ToInt32(Scalar(
        "SELECT count(*) FROM (SELECT 1 FROM mentions GROUP BY article_id, start, \"end\", key HAVING count(*) > 1);"));

    /// <summary>The paths of the stored articles in the order they were stored (their seq).</summary>
    public List<string> PathsInStoredOrder()
    {
        var paths = new List<string>();
        Read("SELECT path FROM articles ORDER BY seq;", r => paths.Add(r.GetString(0)));
        return paths;
    }

    /// <summary>PRAGMA integrity_check's findings, "ok" when there are none; how the index rows match is <c>sitrep db check</c>'s business.</summary>
    public string IntegrityCheck() => string.Join("; ", Strings("PRAGMA integrity_check;"));

    /// <summary>The article count, or -1 while the file has no articles table yet (or cannot be read).</summary>
    public int CountOrMinusOne()
    {
        if (!File.Exists(Path)) return -1;
        try
        {
            return Count;
        }
        catch (SqliteException)
        {
            return -1;
        }
    }

    private object? Scalar(string sql)
    {
        object? value = null;
        Read(sql, r => value = r.GetValue(0));
        return value;
    }

    private List<string> Strings(string sql)
    {
        var rows = new List<string>();
        Read(sql, r => rows.Add(r.GetString(0)));
        return rows;
    }

    private void Read(string sql, Action<SqliteDataReader> row)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = Path, Mode = SqliteOpenMode.ReadOnly, Pooling = false, DefaultTimeout = 5 };
        using var connection = new SqliteConnection(connectionString.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        while (reader.Read()) row(reader);
    }
}
