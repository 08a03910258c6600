using System.Text.RegularExpressions;
using Xunit;
using Xunit.Abstractions;

namespace Sitrep.Cli.Tests.Faults;

/// <summary>
/// <c>ingest</c> into a database on a disk that fills up: a real 1 MiB tmpfs, so the write fails as it does on a full disk
/// (ENOSPC, SQLITE_FULL). Skipped where the test may not mount one; Sitrep.Store.Tests' DiskFullTests fail the same write
/// through SQLite's max_page_count everywhere.
/// </summary>
public sealed partial class FullDiskTests(ITestOutputHelper output)
{
    private const int ArticleCount = 600;

    [TmpfsFact]
    public async Task Ingest_on_a_full_disk_fails_with_one_error_and_keeps_every_batch_it_committed()
    {
        using var temp = new TempDirectory();
        var folder = Path.Combine(temp.Path, "articles");
        var paths = GeneratedArticles.Write(folder, ArticleCount);
        using var disk = Tmpfs.Mount("1m");
        var db = disk.File("sitrep.db");

        var run = await SitrepProcess.RunAsync("ingest", folder, "--db", db);

        FaultAssert.OneError(run, $"error: {db}: disk full: no space left to write the database (the articles stored before are kept)");
        var stored = StoredArticles.Of(db);
        var storedPaths = stored.PathsInStoredOrder();
        output.WriteLine($"1 MiB tmpfs at {disk.Path}: {storedPaths.Count} of {ArticleCount} articles stored before it filled");
        // Whole batches only, and exactly the first ones of the input, in order: no batch half-written, none lost.
        Assert.True(storedPaths.Count > 0 && storedPaths.Count % 64 == 0, $"{storedPaths.Count} article(s) stored");
        Assert.Equal(paths.Take(storedPaths.Count), storedPaths);
        Assert.Equal("ok", stored.IntegrityCheck());

        // Still readable on the full disk, by every command.
        var check = await SitrepProcess.RunAsync("db", "check", "--db", db);
        Assert.True(check.ExitCode == 0, check.ToString());
        var search = await SitrepProcess.RunAsync("search", "trucks", "--db", db, "--limit", "10000");
        Assert.True(search.ExitCode == 0, search.ToString());
        Assert.Equal(storedPaths.Count, SearchHitLine().Count(search.Stdout));
        var report = await SitrepProcess.RunAsync("report", "--db", db, "--format", "json");
        Assert.True(report.ExitCode == 0, report.ToString());

        // With room again, the same command stores the rest.
        disk.Resize("32m");
        var again = await SitrepProcess.RunAsync("ingest", folder, "--db", db);
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains($"stored {ArticleCount - storedPaths.Count} new article(s), skipped {storedPaths.Count} already stored, 0 error(s); {ArticleCount} article(s) in {db}", again.Stderr);
    }

    [GeneratedRegex(@"^\d+\. ", RegexOptions.Multiline)]
    private static partial Regex SearchHitLine();
}
