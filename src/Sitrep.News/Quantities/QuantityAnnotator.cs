using Sitrep.News.Documents;
using Sitrep.News.Pipeline;

namespace Sitrep.News.Quantities;

/// <summary>Numbers and what they count (<see cref="QuantityFinder"/>), leaving the numbers inside time expressions alone.</summary>
public sealed class QuantityAnnotator(QuantityFinder finder) : IArticleAnnotator
{
    public string Name => "quantities";

    public IReadOnlyList<Layer> Requires => [Layers.Times];

    public IReadOnlyList<Layer> Assigns => [Layers.Quantities];

    public ArticleAnalysis Annotate(ArticleAnalysis a) =>
        a with { Quantities = finder.Find(a.Text, a.Tokens, a.Times.Select(t => (t.Start, t.End)).ToList()) };
}
