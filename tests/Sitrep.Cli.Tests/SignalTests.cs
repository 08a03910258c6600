using Sitrep.Cli.Tests.Faults;
using Xunit;

namespace Sitrep.Cli.Tests;

/// <summary>
/// SIGINT and SIGTERM sent to a real <c>sitrep ingest</c>: the first stops it taking inputs, the batch in flight is
/// committed, it says what it stored and exits 130 or 143; the database then holds exactly what it said, and a re-run
/// stores the rest with nothing doubled. A second signal stops it at once.
/// </summary>
public sealed class SignalTests
{
    // Enough that a quiet machine is still storing when the poll (every 50 ms) sees the first batches.
    private const int Articles = 2400;

    /// <summary>A JSON Lines file of distinct short articles, long enough that a run is still going when the signal comes.</summary>
    private static string WriteArticles(TempDirectory temp)
    {
        var path = temp.File("stories.jsonl");
        string[] ports = ["Varna", "Constanta", "Odesa", "Burgas", "Split", "Rijeka", "Piraeus", "Izmir"];
        using var writer = new StreamWriter(path);
        for (int i = 0; i < Articles; i++)
        {
            var port = ports[i % ports.Length];
            writer.WriteLine(System.Text.Json.JsonSerializer.Serialize(new
            {
                title = $"Dredging resumes at {port} berth {i}",
                text = $"Dredgers returned to berth {i} in {port} on Monday after the storm season. The port authority said the work "
                    + $"would take {i % 9 + 2} weeks and cost {i % 40 + 3} million euros. Ferry services to the berth will run as usual.",
                date = $"2024-{i % 12 + 1:D2}-{i % 28 + 1:D2}",
            }));
        }
        return path;
    }

    /// <summary>What the run has committed so far; 0 while it is still creating the file (read without creating or writing it).</summary>
    private static int StoredCount(string db) => Math.Max(0, StoredArticles.Of(db).CountOrMinusOne());

    /// <summary>Waits until the run has committed its first batches, so the signal lands mid-run.</summary>
    private static async Task WaitForProgress(SitrepProcess.Running run, string db)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (StoredCount(db) < 128)
        {
            Assert.False(run.HasExited, "the run ended before it could be interrupted:\n" + run.Stderr);
            Assert.True(DateTime.UtcNow < deadline, "no batch committed within 120 s");
            await Task.Delay(50);
        }
    }

    [Theory]
    [InlineData("INT", 130, "SIGINT")]
    [InlineData("TERM", 143, "SIGTERM")]
    public async Task The_first_signal_commits_the_batch_in_flight_says_what_was_stored_and_exits_with_the_signal_code(string signal, int code, string name)
    {
        if (!OperatingSystem.IsLinux()) return;
        using var temp = new TempDirectory();
        var input = WriteArticles(temp);
        var db = temp.File("sitrep.db");

        int stored;
        using (var run = SitrepProcess.Start("ingest", input, "--db", db))
        {
            await WaitForProgress(run, db);
            run.Signal(signal);
            var result = await run.WaitAsync(TimeSpan.FromSeconds(60));

            Assert.True(result.ExitCode == code, result.ToString());
            var summary = System.Text.RegularExpressions.Regex.Match(result.Stderr, $@"stopped by {name}: stored (\d+) new article\(s\)");
            Assert.True(summary.Success, result.ToString());
            stored = int.Parse(summary.Groups[1].Value);
            Assert.InRange(stored, 128, Articles - 1);
            Assert.Equal(stored, StoredCount(db));
        }

        var rerun = await SitrepProcess.RunAsync("ingest", input, "--db", db);

        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        Assert.Contains($"stored {Articles - stored} new article(s), skipped {stored} already stored, 0 error(s); {Articles} article(s)", rerun.Stderr);
    }

    [Fact]
    public async Task A_second_signal_stops_at_once_and_the_database_stays_whole()
    {
        if (!OperatingSystem.IsLinux()) return;
        using var temp = new TempDirectory();
        var input = WriteArticles(temp);
        var db = temp.File("sitrep.db");

        using (var run = SitrepProcess.Start("ingest", input, "--db", db))
        {
            await WaitForProgress(run, db);
            run.Signal("INT");
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (!run.Stderr.Contains("SIGINT: finishing", StringComparison.Ordinal) && !run.HasExited && DateTime.UtcNow < deadline) await Task.Delay(20);
            run.Signal("INT");
            var result = await run.WaitAsync(TimeSpan.FromSeconds(30));

            Assert.True(result.ExitCode == 130, result.ToString());
            // The batch in flight is small, so the graceful stop may win the race with the second signal; either way it stops at once and whole.
            Assert.True(result.Stderr.Contains("SIGINT again: stopping now", StringComparison.Ordinal)
                || result.Stderr.Contains("stopped by SIGINT", StringComparison.Ordinal), result.ToString());
        }
        int kept = StoredCount(db);

        var rerun = await SitrepProcess.RunAsync("ingest", input, "--db", db);

        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        Assert.Contains($"stored {Articles - kept} new article(s), skipped {kept} already stored, 0 error(s); {Articles} article(s)", rerun.Stderr);
    }
}
