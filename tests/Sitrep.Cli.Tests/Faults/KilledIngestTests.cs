using System.Diagnostics;
using System.Globalization;
using Xunit;
using Xunit.Abstractions;

namespace Sitrep.Cli.Tests.Faults;

/// <summary>
/// <c>kill -9</c> during a real <c>sitrep ingest</c>, twenty times over one database, each killed run followed by
/// another run on the same file; a last run completes, and the database must then hold exactly what one clean run
/// stores: the same articles (content ids), each once, with the same mention rows, its indexes sound. The kill points
/// are spread over the run: four at random delays during start-up (before the first batch: opening, creating the
/// schema, recovering the last run's WAL, loading the models; or at the first batch, if that comes sooner), sixteen
/// when the stored count reaches a target spread over the whole input, plus a random 0–50 ms so that the kill lands
/// inside a batch or its commit. The seed is fixed, and the test output names each point.
/// </summary>
public sealed class KilledIngestTests(ITestOutputHelper output)
{
    /// <summary>Twenty batches of 64: sixteen killed runs that each store at least one batch still leave some for the last.</summary>
    private const int ArticleCount = 1280;

    private const int Seed = 20261207;
    private const int StartupPoints = 4;
    private const int WritePoints = 16;

    private sealed record KillPoint(TimeSpan? Delay, int Target, TimeSpan Extra)
    {
        public override string ToString() => Delay is { } d
            ? $"start-up, after {Ms(d)}"
            : $"{Target} article(s) stored, then {Ms(Extra)}";
    }

    [Fact]
    public async Task Ingest_killed_at_twenty_points_and_run_again_stores_what_one_clean_run_stores()
    {
        var clock = Stopwatch.StartNew();
        using var temp = new TempDirectory();
        var folder = Path.Combine(temp.Path, "articles");
        GeneratedArticles.Write(folder, ArticleCount);

        var cleanDb = temp.File("clean.db");
        var (cleanRun, firstBatch) = await IngestWatchingFirstBatchAsync(folder, cleanDb);
        Assert.True(cleanRun.ExitCode == 0, cleanRun.ToString());
        output.WriteLine($"clean run: {cleanRun.Elapsed.TotalSeconds:0.0} s, first batch stored after {Ms(firstBatch)}");

        var db = temp.File("killed.db");
        int stored = 0;
        var points = KillPoints(firstBatch);
        for (int i = 0; i < points.Count; i++)
        {
            var point = points[i];
            using var child = SitrepProcess.Start("ingest", folder, "--db", db);
            var run = Stopwatch.StartNew();
            if (point.Delay is { } delay)
            {
                // On a machine busier than during the clean run, start-up may end before the delay: then the run is
                // killed at its first batch rather than left to finish.
                while (run.Elapsed < delay && !child.HasExited && StoredArticles.Of(db).CountOrMinusOne() <= stored)
                    await Task.Delay(10);
            }
            else
            {
                int target = Math.Max(point.Target, stored + 1);
                while (!child.HasExited && StoredArticles.Of(db).CountOrMinusOne() < target && run.Elapsed < TimeSpan.FromSeconds(90))
                    await Task.Delay(10);
                await Task.Delay(point.Extra);
            }
            bool finished = child.HasExited;
            await child.KillAsync();
            var killedAt = run.Elapsed;

            int counted = StoredArticles.Of(db).CountOrMinusOne();
            var integrity = counted >= 0 ? StoredArticles.Of(db).IntegrityCheck() : "ok (no articles table yet)";
            int now = Math.Max(counted, 0);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"point {i + 1,2}/{points.Count}: {point}: {(finished ? $"had exited ({child.ExitCode})" : "killed")} at {Ms(killedAt)}; stored {stored} -> {now}; integrity_check {integrity}"));
            Assert.True(now >= stored, $"point {i + 1}: {stored} article(s) were stored before, {now} after the kill");
            Assert.StartsWith("ok", integrity);
            stored = Math.Max(stored, now);
        }

        var last = await SitrepProcess.RunAsync("ingest", folder, "--db", db);
        Assert.True(last.ExitCode == 0, last.ToString());
        Assert.Contains($"stored {ArticleCount - stored} new article(s), skipped {stored} already stored, 0 error(s); {ArticleCount} article(s) in {db}", last.Stderr);

        // The same articles, each once, each with as many mention rows as the clean run wrote for it.
        Assert.Equal(StoredArticles.Of(cleanDb).MentionsPerArticle(), StoredArticles.Of(db).MentionsPerArticle());
        var check = await SitrepProcess.RunAsync("db", "check", "--db", db);
        Assert.True(check.ExitCode == 0, check.ToString());
        output.WriteLine($"after the last run: {ArticleCount} articles as in the clean run, db check clean; whole test {clock.Elapsed.TotalSeconds:0.0} s");
    }

    /// <summary>Four start-up points, one in each quarter of the time before the first batch, at the 1st, 6th, 11th and 16th runs; sixteen write points in between, in rising order.</summary>
    private static List<KillPoint> KillPoints(TimeSpan firstBatch)
    {
        var random = new Random(Seed);
        var startup = Enumerable.Range(0, StartupPoints)
            .Select(k => new KillPoint(firstBatch * ((k + random.NextDouble()) / StartupPoints), 0, TimeSpan.Zero))
            .ToList();
        var writes = Enumerable.Range(0, WritePoints)
            .Select(j => new KillPoint(null, (int)(ArticleCount * (j + random.NextDouble()) / (WritePoints + 1)), TimeSpan.FromMilliseconds(random.Next(0, 50))))
            .ToList();
        var points = new List<KillPoint>();
        for (int i = 0, w = 0; i < StartupPoints + WritePoints; i++)
            points.Add(i % 5 == 0 ? startup[i / 5] : writes[w++]);
        return points;
    }

    /// <summary>Runs ingest to the end, polling the database to learn when the first batch was committed.</summary>
    private static async Task<(TimedResult Run, TimeSpan FirstBatch)> IngestWatchingFirstBatchAsync(string folder, string db)
    {
        var clock = Stopwatch.StartNew();
        var run = SitrepProcess.RunAsync("ingest", folder, "--db", db);
        TimeSpan? first = null;
        while (!run.IsCompleted)
        {
            if (first is null && StoredArticles.Of(db).CountOrMinusOne() > 0) first = clock.Elapsed;
            await Task.Delay(10);
        }
        var result = await run;
        return (new TimedResult(result.ExitCode, result.ToString(), clock.Elapsed), first ?? clock.Elapsed);
    }

    private sealed record TimedResult(int ExitCode, string Text, TimeSpan Elapsed)
    {
        public override string ToString() => Text;
    }

    private static string Ms(TimeSpan t) => string.Create(CultureInfo.InvariantCulture, $"{t.TotalMilliseconds:0} ms");
}
