using Sitrep.Ingest.Sources;
using Sitrep.News.Pipeline;

namespace Sitrep.Cli.Running;

/// <summary>
/// Reads inputs and analyses the articles in parallel (one worker per core), keeping input order.
/// A bad input or an article the pipeline chokes on becomes an error outcome; the rest go on.
/// </summary>
public sealed class ArticleRunner(ArticlePipeline pipeline)
{
    public IEnumerable<ArticleOutcome> Run(IEnumerable<string> inputs, ArticleSourceOptions? options = null) =>
        Run(ArticleSource.Read(inputs, options));

    /// <summary>Analyses results read elsewhere (fetched URLs mixed with files: <see cref="ArticleInputs"/>).</summary>
    public IEnumerable<ArticleOutcome> Run(IEnumerable<IngestResult> results) =>
        results
            .AsParallel().AsOrdered()
            .WithDegreeOfParallelism(Math.Max(1, Environment.ProcessorCount))
            .WithMergeOptions(ParallelMergeOptions.NotBuffered)
            .Select(Analyze);

    private ArticleOutcome Analyze(IngestResult r)
    {
        if (r.Article is null) return new ArticleOutcome(r.Input, null, r.Error, r.Note);
        try
        {
            return new ArticleOutcome(r.Input, pipeline.Analyze(r.Article), null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new ArticleOutcome(r.Input, null, $"analysis failed: {e.GetType().Name}: {e.Message}");
        }
    }
}
