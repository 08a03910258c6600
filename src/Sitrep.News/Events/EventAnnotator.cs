using Sitrep.News.Documents;
using Sitrep.News.Pipeline;

namespace Sitrep.News.Events;

/// <summary>
/// Codes the article's events (<see cref="EventCoder"/>) once its mentions, agents, times and quotes are known. It parses
/// only the sentences that name someone and hold a verb or noun of the event dictionaries.
/// </summary>
public sealed class EventAnnotator(EventCoder coder) : IArticleAnnotator
{
    public string Name => "events";

    public IReadOnlyList<Layer> Requires => [Layers.Syntax, Layers.Mentions, Layers.Agents, Layers.Times];

    public IReadOnlyList<Layer> Reads => [Layers.Quotes];

    public IReadOnlyList<Layer> Assigns => [Layers.Events];

    public ArticleAnalysis Annotate(ArticleAnalysis a) => a with { Events = coder.Find(a) };
}
