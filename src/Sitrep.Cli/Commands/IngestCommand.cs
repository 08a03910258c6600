using Sitrep.News;
using System.CommandLine;
using Sitrep.Cli.Running;
using Sitrep.Ingest.Sources;
using Sitrep.Ingest.Web;
using Sitrep.News.Pipeline;
using Sitrep.Store.Sqlite;

namespace Sitrep.Cli.Commands;

/// <summary>
/// `sitrep ingest PATH|URL... [--db FILE]`: analyses articles and stores them. Articles already stored
/// (same content hash) are skipped, so re-running is idempotent; each batch is one transaction. URLs are
/// fetched conditionally against what earlier runs fetched (kept beside the database), so an unchanged
/// feed costs a 304.
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
        command.SetAction((parse, ct) =>
        {
            if (!CommonOptions.TryParseFieldMap(parse.GetValue(map), out var fields)) return Task.FromResult(2);
            var dbFile = parse.GetValue(db)!;
            using var store = SqliteArticleStore.Open(dbFile.FullName);
            var progress = new ProgressReporter();
            var runner = new ArticleRunner(DefaultPipeline.Create());
            long maxBytes = parse.GetValue(maxMb) * 1024L * 1024L;
            var inputs = parse.GetValue(paths)!;
            // Only a run with URLs reads or writes the fetch record, so file-only runs leave no extra file.
            var cache = inputs.Any(WebAddress.LooksLikeUrl) ? FileValidatorCache.Open(FetchCommandOptions.ValidatorCachePath(dbFile)) : null;
            using var read = fetch.Inputs(parse, maxBytes, fields, cache);
            var batches = new StoreBatches(store);
            progress.Consume(runner.Run(read.Read(inputs, ct)), o => batches.Add(o.Analysis!), "Ingested");
            batches.Flush();
            cache?.Save();
            var unchanged = read.Web.Unchanged > 0 ? $"; {read.Web.Unchanged} URL(s) unchanged since the last fetch" : "";
            Console.Error.WriteLine($"stored {batches.Added} new article(s), skipped {batches.Skipped} already stored, {progress.Failed} error(s); {store.Count()} article(s) in {dbFile.FullName}{unchanged}");
            return Task.FromResult(progress.Failed == 0 ? 0 : 1);
        });
        return command;
    }
}
