using Sitrep.News.Documents;
using Sitrep.News.Pipeline;

namespace Sitrep.News.Mentions;

/// <summary>
/// Finds the names of people, organisations and places (<see cref="MentionFinder"/>), dated by the date the
/// source states: people and organisations are keyed here, places left as toponyms for the next step.
/// </summary>
public sealed class NameAnnotator(MentionFinder finder) : IArticleAnnotator
{
    public string Name => "names";

    public IReadOnlyList<Layer> Requires => [];

    public IReadOnlyList<Layer> Assigns => [Layers.Names, Layers.Toponyms];

    public ArticleAnalysis Annotate(ArticleAnalysis a)
    {
        var (names, toponyms) = finder.Find(a.Text, a.Tokens, a.Sentences, a.Keys, a.Article.Published?.MiddleDay);
        return a with { Names = names, Toponyms = toponyms };
    }
}
