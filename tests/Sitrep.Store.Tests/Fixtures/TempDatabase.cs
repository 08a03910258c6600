using Microsoft.Data.Sqlite;

namespace Sitrep.Store.Tests.Fixtures;

/// <summary>A database file in a directory of its own, deleted with it at the end of the test.</summary>
public sealed class TempDatabase : IDisposable
{
    private readonly string _directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sitrep-store-tests-" + Guid.NewGuid().ToString("N"));

    public string Path => System.IO.Path.Combine(_directory, "sitrep.db");

    /// <summary>Runs one statement on an unpooled connection of its own, to look behind the store's back.</summary>
    public object? Scalar(string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public void Dispose()
    {
        // The stores' own pools are cleared when they are disposed; this catches a test that failed first.
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory)) Directory.Delete(_directory, recursive: true);
    }
}
