using System.CommandLine;
using Sitrep.Cli.Running;
using Sitrep.Ingest.Sources;
using Sitrep.News.Pipeline;
using Sitrep.Store.Articles;
using Sitrep.Store.Sqlite;

namespace Sitrep.Cli.Commands;

/// <summary>
/// `sitrep ingest PATH... [--db FILE]`: analyses articles and stores them. Articles already stored
/// (same content hash) are skipped, so re-running is idempotent; each batch is one transaction.
/// </summary>
public static class IngestCommand
{
    private const int BatchSize = 64;

    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        var db = CommonOptions.Database();
        var maxMb = CommonOptions.MaxMegabytes();
        var map = CommonOptions.FieldMap();
        var command = new Command("ingest", "Analyse articles and store them in the database (already stored articles are skipped)") { paths, db, maxMb, map };
        command.SetAction(parse =>
        {
            if (!CommonOptions.TryParseFieldMap(parse.GetValue(map), out var fields)) return 2;
            using var store = SqliteArticleStore.Open(parse.GetValue(db)!.FullName);
            var progress = new ProgressReporter();
            var runner = new ArticleRunner(ArticlePipeline.CreateDefault());
            var options = new ArticleSourceOptions(parse.GetValue(maxMb) * 1024L * 1024L) { Fields = fields };
            var batch = new List<ArticleAnalysis>(BatchSize);
            int added = 0, skipped = 0;
            void Flush()
            {
                foreach (var outcome in store.AddBatch(batch))
                    if (outcome == AddOutcome.Added) added++; else skipped++;
                batch.Clear();
            }
            progress.Consume(runner.Run(parse.GetValue(paths)!, options), o =>
            {
                batch.Add(o.Analysis!);
                if (batch.Count == BatchSize) Flush();
            }, "Ingested");
            Flush();
            Console.Error.WriteLine($"stored {added} new article(s), skipped {skipped} already stored, {progress.Failed} error(s); {store.Count()} article(s) in {parse.GetValue(db)!.FullName}");
            return progress.Failed == 0 ? 0 : 1;
        });
        return command;
    }
}
