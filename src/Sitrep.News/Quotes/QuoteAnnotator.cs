using Sitrep.News.Documents;
using Sitrep.News.Pipeline;

namespace Sitrep.News.Quotes;

/// <summary>Direct quotes and their speakers, chosen among the article's mentions (<see cref="QuoteFinder"/>).</summary>
public sealed class QuoteAnnotator(QuoteFinder finder) : IArticleAnnotator
{
    public string Name => "quotes";

    public IReadOnlyList<Layer> Requires => [Layers.Mentions];

    public IReadOnlyList<Layer> Assigns => [Layers.Quotes];

    public ArticleAnalysis Annotate(ArticleAnalysis a) => a with { Quotes = finder.Find(a.Text, a.Tokens, a.Mentions) };
}
