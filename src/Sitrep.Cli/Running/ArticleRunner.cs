using Sitrep.Ingest.Sources;
using Sitrep.News.Pipeline;

namespace Sitrep.Cli.Running;

/// <summary>
/// Analyses what the inputs gave as a stream (<see cref="ArticlePipeline.AnalyzeMany{T}"/>: one worker per core,
/// input order kept, a bounded number of articles in flight), each kept trimmed to the layers the report and the store
/// read (<see cref="Sitrep.News.Documents.ArticleAnalysis.Trimmed"/>). A bad input or an article the pipeline chokes on
/// becomes an error outcome; the rest go on.
/// </summary>
public sealed class ArticleRunner(ArticlePipeline pipeline)
{
    public IEnumerable<ArticleOutcome> Run(IEnumerable<IngestResult> results) =>
        pipeline.AnalyzeMany(results, r => r.Article).Select(r => r.Item.Article is null
            ? new ArticleOutcome(r.Item.Input, null, r.Item.Error, r.Item.Note)
            : r.Error is { } e
                ? new ArticleOutcome(r.Item.Input, null, $"analysis failed: {e.GetType().Name}: {e.Message}")
                : new ArticleOutcome(r.Item.Input, r.Analysis!.Trimmed(), null));
}
