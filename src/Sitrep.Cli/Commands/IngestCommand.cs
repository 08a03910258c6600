using Sitrep.News;
using System.CommandLine;
using Sitrep.Cli.Running;
using Sitrep.Ingest.Web;
using Sitrep.Store.Sqlite;

namespace Sitrep.Cli.Commands;

/// <summary>
/// `sitrep ingest PATH|URL... [--db FILE]`: analyses articles and stores them. Articles already stored
/// (same content hash) are skipped, so re-running is idempotent; each batch is one transaction. URLs are
/// fetched conditionally against what earlier runs fetched (kept beside the database), so an unchanged
/// feed costs a 304. Ctrl-C or SIGTERM stops it taking inputs: the articles in flight are stored, their batch
/// committed, and it exits 130 or 143; a re-run picks up where it stopped.
/// </summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        var db = CommonOptions.Database();
        var maxMb = CommonOptions.MaxMegabytes();
        var fetch = new FetchCommandOptions();
        var map = CommonOptions.FieldMap();
        var command = new Command("ingest", "Analyse articles (files or URLs) and store them in the database (already stored articles are skipped)") { paths, db, maxMb, map };
        fetch.AddTo(command);
        command.SetAction(parse =>
        {
            if (!CommonOptions.TryParseFieldMap(parse.GetValue(map), out var fields)) return 2;
            var dbFile = parse.GetValue(db)!;
            using var store = SqliteArticleStore.Open(dbFile.FullName);
            using var stop = new StopSignal();
            var progress = new ProgressReporter();
            var runner = new ArticleRunner(DefaultPipeline.Create());
            long maxBytes = parse.GetValue(maxMb) * 1024L * 1024L;
            var inputs = parse.GetValue(paths)!;
            // Only a run with URLs reads or writes the fetch record, so file-only runs leave no extra file.
            var cache = inputs.Any(WebAddress.LooksLikeUrl) ? FileValidatorCache.Open(FetchCommandOptions.ValidatorCachePath(dbFile)) : null;
            using var read = fetch.Inputs(parse, maxBytes, fields, cache);
            var batches = new StoreBatches(store);
            progress.Consume(runner.Run(stop.Until(read.Read(inputs, CancellationToken.None))), o => batches.Add(o.Analysis!), "Ingested");
            batches.Flush();
            // A stopped run's fetch record is not saved: pages fetched but not stored are fetched again next time.
            if (!stop.Requested) cache?.Save();
            var unchanged = read.Web.Unchanged > 0 ? $"; {read.Web.Unchanged} URL(s) unchanged since the last fetch" : "";
            var stopped = stop.Requested ? $"stopped by {stop.Name}: " : "";
            Console.Error.WriteLine($"{stopped}stored {batches.Added} new article(s), skipped {batches.Skipped} already stored, {progress.Failed} error(s); {store.Count()} article(s) in {dbFile.FullName}{unchanged}");
            if (stop.Requested) return stop.ExitCode;
            return progress.Failed == 0 ? 0 : 1;
        });
        return command;
    }
}
