using System.Globalization;
using System.Reflection;
using Microsoft.Data.Sqlite;

namespace Sitrep.Store.Sqlite;

/// <summary>
/// Brings a database up to the latest schema. The scripts are the embedded resources
/// Schema/NNN_name.sql; NNN is the version a script leads to, and PRAGMA user_version records the
/// version a database is at, so each script runs once per database.
/// </summary>
internal static class SchemaMigrator
{
    private const string SchemaFolder = ".Schema.";

    private sealed record Script(int Version, string Name, string Sql);

    private static readonly Lazy<IReadOnlyList<Script>> Scripts = new(LoadScripts);

    public static int LatestVersion => Scripts.Value[^1].Version;

    /// <summary>Applies the scripts newer than the database's version, each in its own transaction.</summary>
    public static void Migrate(SqliteConnection connection)
    {
        int current = UserVersion(connection);
        if (current > LatestVersion)
            throw new InvalidOperationException(
                $"The database is at schema version {current}, newer than this Sitrep's {LatestVersion}.");
        foreach (var script in Scripts.Value.Where(s => s.Version > current))
            Apply(connection, script);
    }

    /// <summary>The schema version the database is at (0 for a new file).</summary>
    public static int UserVersion(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version;";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>The names of the tables and virtual tables in the database (SQLite's own, sqlite_*, left out).</summary>
    public static IReadOnlySet<string> Tables(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\';";
        using var reader = command.ExecuteReader();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.Read()) names.Add(reader.GetString(0));
        return names;
    }

    /// <summary>The tables every schema version has had since version 1: a file without them is not a Sitrep database.</summary>
    public static readonly IReadOnlyList<string> SitrepTables = ["articles", "mentions", "articles_fts"];

    public static bool HasSitrepTables(IReadOnlySet<string> tables) => SitrepTables.All(tables.Contains);

    private static void Apply(SqliteConnection connection, Script script)
    {
        // BEGIN IMMEDIATE takes the write lock before the version is read again, so two processes
        // opening a new file at once cannot both apply the same script.
        using var transaction = connection.BeginTransaction(deferred: false);
        if (UserVersion(connection) >= script.Version) return;

        Execute(connection, script.Sql);
        // PRAGMA takes no parameters; the version is an int from our own resource name.
        Execute(connection, $"PRAGMA user_version = {script.Version.ToString(CultureInfo.InvariantCulture)};");
        transaction.Commit();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static IReadOnlyList<Script> LoadScripts()
    {
        var assembly = typeof(SchemaMigrator).Assembly;
        var scripts = assembly.GetManifestResourceNames()
            .Where(name => name.Contains(SchemaFolder, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name => Read(assembly, name))
            .OrderBy(s => s.Version)
            .ToList();
        for (int i = 0; i < scripts.Count; i++)
        {
            if (scripts[i].Version != i + 1)
                throw new InvalidOperationException($"Schema scripts must be numbered 1, 2, 3, …; found {scripts[i].Name} at position {i + 1}.");
        }
        return scripts.Count > 0 ? scripts : throw new InvalidOperationException("No embedded Schema/*.sql scripts.");
    }

    private static Script Read(Assembly assembly, string resourceName)
    {
        // The manifest name is "<namespace>.Schema.001_initial.sql": the version is the leading digits of the file name.
        string fileName = resourceName[(resourceName.LastIndexOf(SchemaFolder, StringComparison.Ordinal) + SchemaFolder.Length)..];
        int digits = fileName.TakeWhile(char.IsAsciiDigit).Count();
        if (digits == 0 || !int.TryParse(fileName.AsSpan(0, digits), NumberStyles.None, CultureInfo.InvariantCulture, out int version))
            throw new InvalidOperationException($"Schema script {resourceName} does not start with its version number.");

        using var stream = assembly.GetManifestResourceStream(resourceName)!;
        using var reader = new StreamReader(stream);
        return new Script(version, fileName, reader.ReadToEnd());
    }
}
