using Sitrep.News.Quantities;

namespace Sitrep.News.Pipeline;

public sealed class QuantityAnnotator(QuantityFinder finder) : IArticleAnnotator
{
    public string Name => "quantities";

    public void Annotate(AnalyzedArticle a) => a.Quantities = finder.Find(a.Text, a.Tokens, a.Times.Select(t => (t.Start, t.End)).ToList());
}
