using Sitrep.News.Documents;
using Sitrep.News.Mentions;
using Sitrep.News.Pipeline;

namespace Sitrep.News.Agents;

/// <summary>
/// Codes unnamed groups and offices once the names, places and the article's date are known; an office that
/// names its holder, or a short form that names an organisation, carries that actor (the mentions step adds it).
/// </summary>
public sealed class AgentAnnotator(AgentFinder finder) : IArticleAnnotator
{
    public string Name => "agents";

    public IReadOnlyList<Layer> Requires => [Layers.Names, Layers.Places, Layers.Published];

    public IReadOnlyList<Layer> Assigns => [Layers.Agents];

    public ArticleAnalysis Annotate(ArticleAnalysis a) =>
        a with { Agents = finder.Find(a.Text, a.Tokens, a.Sentences, a.Keys, MentionAnnotator.Merge(a.Names, a.Places), a.ReferenceDay) };
}
