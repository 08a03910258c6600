using Sitrep.Ingest.Sources;
using Sitrep.Ingest.Web;
using Sitrep.Store.Articles;

namespace Sitrep.Cli.Running;

/// <summary>
/// One round of `sitrep watch`: fetch the feeds and their new items, analyse and store them, and report one
/// summary line. The fetch record is saved only after a round that ran to the end: a page fetched but not yet
/// stored when Ctrl-C came must be fetched again next time.
/// </summary>
public sealed class WatchRound(IArticleStore store, FileValidatorCache cache, ArticleRunner runner, Func<CommandInputs> open)
{
    /// <returns>0 when everything was read, 1 when anything failed or the round was interrupted.</returns>
    public int Run(IReadOnlyList<string> feeds, CancellationToken ct)
    {
        using var inputs = open();
        var web = inputs.Web;
        var progress = new ProgressReporter();
        var batches = new StoreBatches(store);
        bool interrupted = false;
        try
        {
            progress.Consume(runner.Run(inputs.Read(feeds, ct)), o => batches.Add(o.Analysis!), "Watching");
        }
        catch (Exception) when (ct.IsCancellationRequested)
        {
            interrupted = true;
        }
        batches.Flush();
        if (!interrupted) cache.Save();
        var state = interrupted ? " (interrupted)" : "";
        Console.Error.WriteLine(FormattableString.Invariant(
            $"{DateTimeOffset.Now:yyyy-MM-dd HH:mm:ss} round{state}: stored {batches.Added} new article(s), skipped {batches.Skipped} already stored, {web.Unchanged} URL(s) unchanged, {progress.Failed} error(s); {store.Count()} article(s) stored"));
        return progress.Failed == 0 && !interrupted ? 0 : 1;
    }
}
