namespace Sitrep.News.Pipeline;

/// <summary>One step of the per-article pipeline: adds one annotation layer. Stateless after construction, thread-safe.</summary>
public interface IArticleAnnotator
{
    string Name { get; }

    void Annotate(AnalyzedArticle article);
}
