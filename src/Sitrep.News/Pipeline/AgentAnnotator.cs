using Sitrep.News.Actors;

namespace Sitrep.News.Pipeline;

/// <summary>Codes unnamed groups and offices (after the names and the article's date are known); an office that names its holder adds a mention of that person.</summary>
public sealed class AgentAnnotator(AgentFinder finder) : IArticleAnnotator
{
    public string Name => "agents";

    public void Annotate(AnalyzedArticle a)
    {
        var (agents, linked) = finder.Find(a.Text, a.Tokens, a.Sentences, a.Keys, a.Mentions, a.ReferenceDay);
        a.Agents = agents;
        if (linked.Count == 0) return;
        a.Mentions = a.Mentions.Concat(linked).OrderBy(m => m.Start).ToList();
    }
}
