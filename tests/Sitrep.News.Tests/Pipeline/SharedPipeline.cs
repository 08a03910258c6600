using System.Collections.Concurrent;
using Sitrep.Articles;
using Sitrep.News.Documents;
using Sitrep.News.Pipeline;

namespace Sitrep.News.Tests.Pipeline;

/// <summary>
/// The default pipeline cut down to the annotators a test's layers need (the shipped resources load once
/// per test run): a quote test runs names, places, dates, agents, mentions and quotes, not syntax or claims.
/// </summary>
public static class SharedPipeline
{
    private static readonly ConcurrentDictionary<string, Lazy<ArticlePipeline>> Pipelines = new();

    public static ArticlePipeline For(params Layer[] serving) =>
        Pipelines.GetOrAdd(string.Join(",", serving.Select(l => l.Name)),
            _ => new Lazy<ArticlePipeline>(() => DefaultPipeline.Builder().Serving(serving).Build())).Value;

    public static ArticleAnalysis Analyze(Layer serving, string text, string? published = null)
    {
        PartialDate? date = PartialDate.TryParse(published, out var d) ? d : null;
        return For(serving).Analyze(Article.Create("Test article", text, date));
    }
}
