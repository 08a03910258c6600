using Sitrep.News.Claims;
using Sitrep.News.Places;

namespace Sitrep.News.Pipeline;

public sealed class ClaimAnnotator(DeadlineFinder finder, Gazetteer places) : IArticleAnnotator
{
    public string Name => "claims";

    public void Annotate(AnalyzedArticle a) =>
        a.Claims = finder.Find(a.Text, a.Tokens, a.Sentences, a.Times, a.Mentions,
            key => key.StartsWith("place:", StringComparison.Ordinal) && places.ById(key[6..]) is { IsCountry: true });
}
