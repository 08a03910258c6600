using System.CommandLine;
using Sitrep.Cli.Running;
using Sitrep.Ingest.Fields;
using Sitrep.News;
using Sitrep.News.Documents;

namespace Sitrep.Cli.Commands;

/// <summary>
/// The articles of input paths and URLs, read and analysed, nothing stored: what `analyze` and `export` work on. Each
/// bad input is one "error:" line and the others are still read; a story read twice counts once; a stop signal ends
/// the reading (the articles in flight are finished).
/// </summary>
public static class AnalysedInputs
{
    /// <param name="failed">How many inputs could not be read or analysed.</param>
    public static List<ArticleAnalysis> Read(ParseResult parse, FetchCommandOptions fetch, IReadOnlyList<string> paths, long maxBytes,
        FieldMapping fields, StopSignal stop, out int failed)
    {
        var analyses = new List<ArticleAnalysis>();
        var progress = new ProgressReporter();
        var runner = new ArticleRunner(DefaultPipeline.Create());
        var duplicates = new DuplicateFilter();
        // Nothing is stored, so nothing is remembered: every URL is fetched in full.
        using var inputs = fetch.Inputs(parse, maxBytes, fields);
        var read = duplicates.Filter(stop.Until(inputs.Read(paths, CancellationToken.None)));
        progress.Consume(runner.Run(read), o => analyses.Add(o.Analysis!));
        if (duplicates.Skipped > 0) Console.Error.WriteLine($"note: {duplicates.Describe()}");
        failed = progress.Failed;
        return analyses;
    }
}
