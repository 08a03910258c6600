using Sitrep.News.Documents;
using Sitrep.News.Pipeline;
using Sitrep.News.Places;

namespace Sitrep.News.Claims;

/// <summary>Deadline claims (<see cref="DeadlineFinder"/>): a due date the article gives, and the country it concerns.</summary>
public sealed class ClaimAnnotator(DeadlineFinder finder, Gazetteer places) : IArticleAnnotator
{
    public string Name => "claims";

    public IReadOnlyList<Layer> Requires => [Layers.Times, Layers.Mentions];

    public IReadOnlyList<Layer> Assigns => [Layers.Claims];

    public ArticleAnalysis Annotate(ArticleAnalysis a) =>
        a with
        {
            Claims = finder.Find(a.Text, a.Tokens, a.Sentences, a.Times, a.Mentions,
                key => key.StartsWith("place:", StringComparison.Ordinal) && places.ById(key[6..]) is { IsCountry: true }),
        };
}
