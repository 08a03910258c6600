using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Sitrep.Store.Articles;

namespace Sitrep.Store.Sqlite;

/// <summary>
/// Turns SQLite's result codes (https://sqlite.org/rescode.html) into a <see cref="StoreException"/> that
/// says, in one line, what is wrong with the database and what to do.
/// </summary>
internal static partial class SqliteFailures
{
    // Primary result codes; SqliteException.SqliteErrorCode holds the primary code, the extended one is apart.
    private const int Busy = 5;
    private const int Locked = 6;
    private const int ReadOnly = 8;
    private const int IoError = 10;
    private const int Corrupt = 11;
    private const int Full = 13;
    private const int CantOpen = 14;
    private const int NotADatabase = 26;

    private const int Permission = 3;
    private const int Protocol = 15;
    private const int NoLargeFiles = 22;

    /// <summary>
    /// A failure of the file or the disk rather than of the statement: a constraint violation or a misuse is a bug in
    /// what was written, and stays the SqliteException it is.
    /// </summary>
    public static bool IsDatabaseFault(SqliteException e) =>
        e.SqliteErrorCode is Permission or Busy or Locked or ReadOnly or IoError or Corrupt or Full or CantOpen or Protocol or NoLargeFiles or NotADatabase;

    public const string NotSqlite = "not a Sitrep database (not an SQLite file, or its header is damaged)";

    public static StoreException Translate(SqliteException e, string path) => e.SqliteErrorCode switch
    {
        Corrupt => CorruptDatabase(path, Detail(e), e),
        NotADatabase => new StoreException(path, StoreProblem.NotADatabase, NotSqlite, e),
        Full => new StoreException(path, StoreProblem.DiskFull,
            "disk full: no space left to write the database (the articles stored before are kept)", e),
        ReadOnly => ReadOnlyDatabase(path, e),
        Busy or Locked => new StoreException(path, StoreProblem.Busy,
            "the database is locked by another process (gave up after waiting 10 s)", e),
        CantOpen => new StoreException(path, StoreProblem.Unavailable, $"cannot open the database: {Detail(e)}", e),
        IoError => new StoreException(path, StoreProblem.Unavailable, $"I/O error: {Detail(e)}", e),
        _ => new StoreException(path, StoreProblem.Unavailable, $"database error: {Detail(e)}", e),
    };

    public static StoreException CorruptDatabase(string path, string detail, Exception? inner = null) =>
        new(path, StoreProblem.Corrupt, $"database is corrupt: {detail}; run `sitrep db check`", inner);

    public static StoreException ReadOnlyDatabase(string path, Exception? inner = null) =>
        new(path, StoreProblem.ReadOnly, "read-only: the database file, or the folder that holds its -wal and -shm files, cannot be written", inner);

    /// <summary>SQLite's own words, without the "SQLite Error 11: '…'." wrapper Microsoft.Data.Sqlite puts around them.</summary>
    public static string Detail(SqliteException e)
    {
        var m = Wrapped().Match(e.Message);
        return m.Success ? m.Groups[1].Value : e.Message;
    }

    [GeneratedRegex(@"^SQLite Error \d+: '(.*)'\.?$", RegexOptions.Singleline)]
    private static partial Regex Wrapped();
}
