using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit;
using Xunit.Abstractions;

namespace Sitrep.Cli.Tests.Faults;

/// <summary>
/// A database that cannot be written: <c>ingest</c> fails at once with one line naming the file, and the commands that
/// only read (report, search, entity, db check) work as on a writable file. The file is not changed. How the file is
/// made read-only depends on the user (see <see cref="ReadOnlyPlace"/>); the test log says which.
/// </summary>
public sealed partial class ReadOnlyDatabaseTests(SmallDatabase source, ITestOutputHelper output) : IClassFixture<SmallDatabase>
{
    [ReadOnlyFact(folder: false)]
    public async Task A_read_only_file_refuses_ingest_and_serves_every_reader()
    {
        using var place = ReadOnlyPlace.File(source.Database);
        await RefusesIngestAndServesReaders(place);
    }

    [ReadOnlyFact(folder: true)]
    public async Task A_database_in_a_read_only_folder_refuses_ingest_and_serves_every_reader()
    {
        using var place = ReadOnlyPlace.Folder(source.Database);
        await RefusesIngestAndServesReaders(place);
        Assert.False(File.Exists(place.Database + "-wal"));
        Assert.False(File.Exists(place.Database + "-shm"));
    }

    [ReadOnlyFact(folder: true)]
    public async Task A_read_only_folder_whose_wal_holds_commits_is_reported_with_what_to_do()
    {
        using var temp = new TempDirectory();
        var db = source.CopyTo(temp.File("sitrep.db"));
        // A commit left in the -wal file, as a run killed before its last checkpoint leaves one: copied while the
        // connection that wrote it is open, before closing it folds the -wal file into the database.
        using (var writer = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Pooling=False"))
        {
            writer.Open();
            using var command = writer.CreateCommand();
            command.CommandText = "PRAGMA wal_autocheckpoint = 0; INSERT INTO mentions SELECT * FROM mentions LIMIT 1;";
            command.ExecuteNonQuery();
            using var place = ReadOnlyPlace.Folder(db);
            output.WriteLine($"read-only by: {place.How}; -wal file of {new FileInfo(place.Database + "-wal").Length} bytes");

            var search = await SitrepProcess.RunAsync("search", "trucks", "--db", place.Database);

            FaultAssert.OneError(search, $"error: {place.Database}: cannot read it: its -wal file holds commits, and SQLite cannot create the -shm "
                + "file it needs to read them (a read-only folder?); copy the database and its -wal file to a writable folder");
        }
    }

    private async Task RefusesIngestAndServesReaders(ReadOnlyPlace place)
    {
        output.WriteLine($"read-only by: {place.How}");
        var db = place.Database;
        var before = SHA256.HashData(File.ReadAllBytes(db));

        var ingest = await SitrepProcess.RunAsync("ingest", source.NewArticles, "--db", db);
        FaultAssert.OneError(ingest, $"error: {db}: read-only: the database file, or the folder that holds its -wal and -shm files, cannot be written");

        var report = await SitrepProcess.RunAsync("report", "--db", db, "--format", "json");
        Assert.True(report.ExitCode == 0, report.ToString());
        using (var json = JsonDocument.Parse(report.Stdout))
            Assert.Equal(SmallDatabase.ArticleCount, json.RootElement.GetProperty("articles").GetArrayLength());

        var search = await SitrepProcess.RunAsync("search", "trucks", "--db", db, "--limit", "100");
        Assert.True(search.ExitCode == 0, search.ToString());
        Assert.Equal(SmallDatabase.ArticleCount, SearchHitLine().Count(search.Stdout));

        var entity = await SitrepProcess.RunAsync("entity", "Termez", "--db", db);
        Assert.True(entity.ExitCode == 0, entity.ToString());
        Assert.Contains("Termez", entity.Stdout);

        var check = await SitrepProcess.RunAsync("db", "check", "--db", db);
        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.Contains("\nskipped  full-text index (FTS5's integrity-check is a write statement, and the database is read-only", check.Stdout);

        Assert.Equal(before, SHA256.HashData(File.ReadAllBytes(db)));
    }

    [GeneratedRegex(@"^\d+\. ", RegexOptions.Multiline)]
    private static partial Regex SearchHitLine();
}
