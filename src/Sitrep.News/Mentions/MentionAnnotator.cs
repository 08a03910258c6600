using Sitrep.News.Actors;
using Sitrep.News.Documents;
using Sitrep.News.Pipeline;

namespace Sitrep.News.Mentions;

/// <summary>
/// Gathers every mention of an entity in text order: the names, the resolved places, and the agents that stand
/// for one known actor ("the US President" in 2021 is a mention of Joe Biden, "the alliance" one of NATO).
/// </summary>
public sealed class MentionAnnotator(ActorBase actors) : IArticleAnnotator
{
    public string Name => "mentions";

    public IReadOnlyList<Layer> Requires => [Layers.Names, Layers.Places];

    public IReadOnlyList<Layer> Reads => [Layers.Agents];

    public IReadOnlyList<Layer> Assigns => [Layers.Mentions];

    public ArticleAnalysis Annotate(ArticleAnalysis a)
    {
        var referents = a.Agents.Where(g => g.ActorId is not null).Select(g => new Mention(g.Start, g.End, g.Text,
            actors.ById(g.ActorId!) is { Kind: ActorKind.Person } ? MentionType.Person : MentionType.Organization, "actor:" + g.ActorId, g.ActorId));
        // A stable sort: at one start a name comes before an agent, as the agents were found after the names.
        return a with { Mentions = Merge(a.Names, a.Places).Concat(referents).OrderBy(m => m.Start).ToList() };
    }

    /// <summary>Names and places in text order (they never overlap).</summary>
    public static List<Mention> Merge(IReadOnlyList<Mention> names, IReadOnlyList<Mention> places) =>
        names.Concat(places).OrderBy(m => m.Start).ToList();
}
