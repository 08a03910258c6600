using Sitrep.Articles;
using Sitrep.News.Documents;
using Sitrep.News.Pipeline;

namespace Sitrep.News.Times;

/// <summary>
/// Tags and normalizes time expressions against the article's date (stated, or inferred by the
/// publication-date step when it ran), reading ambiguous numeric dates the way the article writes them
/// (<see cref="NumericDateLocale"/>).
/// </summary>
public sealed class TimeAnnotator(TimeTagger tagger) : IArticleAnnotator
{
    public string Name => "times";

    public IReadOnlyList<Layer> Requires => [];

    public IReadOnlyList<Layer> Reads => [Layers.Published];

    public IReadOnlyList<Layer> Assigns => [Layers.Times];

    public ArticleAnalysis Annotate(ArticleAnalysis a) => a with { Times = Tag(tagger, a, a.PublicationDate) };

    /// <summary>The article's time expressions against <paramref name="documentDate"/>.</summary>
    public static List<TimeExpression> Tag(TimeTagger tagger, ArticleAnalysis a, PartialDate? documentDate) =>
        tagger.Tag(a.Text, a.Tokens, a.Sentences, documentDate, NumericDateLocale.Infer(a.Text, a.Tokens, a.Article.Url)).ToList();
}
