using Sitrep.News.Times;

namespace Sitrep.News.Pipeline;

/// <summary>
/// Tags and normalizes time expressions against the article's date (stated, or inferred by an earlier
/// step), reading ambiguous numeric dates the way the article writes them (<see cref="NumericDateLocale"/>).
/// </summary>
public sealed class TimeAnnotator(TimeTagger tagger) : IArticleAnnotator
{
    public string Name => "times";

    public void Annotate(AnalyzedArticle a) => a.Times = Tag(tagger, a, a.Published);

    /// <summary>The article's time expressions against <paramref name="documentDate"/>.</summary>
    public static List<TimeExpression> Tag(TimeTagger tagger, AnalyzedArticle a, Sitrep.Articles.PartialDate? documentDate) =>
        tagger.Tag(a.Text, a.Tokens, a.Sentences, documentDate, NumericDateLocale.Infer(a.Text, a.Tokens, a.Article.Url)).ToList();
}
