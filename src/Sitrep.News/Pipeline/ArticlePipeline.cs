using Sitrep.Articles;
using Sitrep.News.Documents;

namespace Sitrep.News.Pipeline;

/// <summary>
/// The per-article pipeline: an ordered list of annotators, checked when it is built
/// (<see cref="ArticlePipelineBuilder"/>). Build it once (resources load on first use) and call
/// <see cref="Analyze"/> from any number of threads, or <see cref="AnalyzeMany"/> for a stream.
/// </summary>
public sealed class ArticlePipeline
{
    internal ArticlePipeline(IReadOnlyList<IArticleAnnotator> annotators) => Annotators = annotators;

    public IReadOnlyList<IArticleAnnotator> Annotators { get; }

    /// <summary>The annotators' names in order: "syntax → names → toponyms → …".</summary>
    public override string ToString() => string.Join(" → ", Annotators.Select(a => a.Name));

    /// <summary>
    /// Runs every annotator over an English article. An article whose language (as its source
    /// declares it, or Ingest identifies it) is not English is kept but not analysed: English models would only invent names
    /// and dates in it. Its analysis is empty and <see cref="IsAnalysed"/> says why.
    /// </summary>
    public ArticleAnalysis Analyze(Article article)
    {
        var analysis = ArticleAnalysis.Of(article);
        if (!IsAnalysed(article)) return analysis;
        foreach (var annotator in Annotators)
        {
            var next = annotator.Annotate(analysis);
            Check(annotator, analysis, next);
            analysis = next;
        }
        return analysis;
    }

    /// <summary>
    /// Analyses a stream of articles on up to <paramref name="parallelism"/> threads (default: one per core),
    /// yielding the analyses in input order as they complete; memory holds only the articles in flight.
    /// An article that fails throws, ending the stream; <see cref="AnalyzeMany{T}"/> keeps going instead.
    /// </summary>
    public IEnumerable<ArticleAnalysis> AnalyzeMany(IEnumerable<Article> articles, int? parallelism = null) =>
        ArticleStream.Run(articles, Analyze, parallelism);

    /// <summary>
    /// Analyses the articles a stream of items holds (<paramref name="articleOf"/>: null for an item without one,
    /// such as an input that could not be read), in input order, each with its analysis or the error that stopped
    /// it: one bad article never ends the stream. Out of memory is not caught.
    /// </summary>
    public IEnumerable<ArticleResult<T>> AnalyzeMany<T>(IEnumerable<T> items, Func<T, Article?> articleOf, int? parallelism = null) =>
        ArticleStream.Run(items, item =>
        {
            if (articleOf(item) is not { } article) return new ArticleResult<T>(item, null, null);
            try
            {
                return new ArticleResult<T>(item, Analyze(article), null);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return new ArticleResult<T>(item, null, e);
            }
        }, parallelism);

    /// <summary>
    /// True for articles in English (language "en", "en-GB", …) or of undetermined language ("und": too
    /// short or mixed to tell, read as English as before language identification).
    /// </summary>
    public static bool IsAnalysed(Article article) =>
        string.IsNullOrEmpty(article.Language) || article.Language.StartsWith("en", StringComparison.OrdinalIgnoreCase)
        || article.Language == "und";

    /// <summary>An annotator that changes a layer it does not declare would break the order the builder checked.</summary>
    private static void Check(IArticleAnnotator annotator, ArticleAnalysis before, ArticleAnalysis after)
    {
        if (!ReferenceEquals(before.Article, after.Article))
            throw new InvalidOperationException($"annotator '{annotator.Name}' replaced the article; the text is immutable");
        foreach (var layer in Layers.All)
            if (layer.Changed(before, after) && !annotator.Assigns.Contains(layer))
                throw new InvalidOperationException($"annotator '{annotator.Name}' changed layer '{layer.Name}', which it does not assign");
    }
}
