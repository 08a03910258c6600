using Sitrep.Articles;
using Sitrep.News.Pipeline;

namespace Sitrep.News.Tests.Pipeline;

/// <summary>One default pipeline per test run: the shipped resources load once.</summary>
public static class SharedPipeline
{
    private static readonly Lazy<ArticlePipeline> Instance = new(ArticlePipeline.CreateDefault);

    public static ArticleAnalysis Analyze(string text, string? published = null)
    {
        PartialDate? date = PartialDate.TryParse(published, out var d) ? d : null;
        return Instance.Value.Analyze(Article.Create("Test article", text, date));
    }
}
