using Sitrep.News.Quotes;

namespace Sitrep.News.Pipeline;

public sealed class QuoteAnnotator(QuoteFinder finder) : IArticleAnnotator
{
    public string Name => "quotes";

    public void Annotate(AnalyzedArticle a) => a.Quotes = finder.Find(a.Text, a.Tokens, a.Sentences, a.Mentions);
}
