using Sitrep.Corpus.Disagreements;
using Sitrep.Corpus.Entities;
using Sitrep.Corpus.Events;
using Sitrep.Corpus.Timelines;
using Sitrep.News.Pipeline;
using Sitrep.News.Documents;

namespace Sitrep.Corpus.Situations;

/// <summary>
/// What a set of articles says, taken together: the articles' analyses, the entities they mention
/// (merged across articles), the timeline of dated statements and the questions they disagree on.
/// Renderers (Markdown, HTML, JSON) read only this.
/// </summary>
public sealed class Situation
{
    private readonly IReadOnlyDictionary<(string Article, string Key), string> _entityIds;

    public Situation(IReadOnlyList<ArticleAnalysis> articles, IReadOnlyList<Entity> entities,
        IReadOnlyDictionary<(string Article, string Key), string> entityIds, IReadOnlyList<TimelineEntry> timeline,
        IReadOnlyList<Disagreement> disagreements, IReadOnlyList<SituationEvent>? events = null)
    {
        Events = events ?? [];
        Articles = articles;
        Entities = entities;
        _entityIds = entityIds;
        Timeline = timeline;
        Disagreements = disagreements;
        _byId = entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
    }

    private readonly Dictionary<string, Entity> _byId;

    public IReadOnlyList<ArticleAnalysis> Articles { get; }
    public IReadOnlyList<Entity> Entities { get; }
    public IReadOnlyList<TimelineEntry> Timeline { get; }
    public IReadOnlyList<Disagreement> Disagreements { get; }
    /// <summary>Who did what to whom: each happening once, with every report of it, most widely reported first.</summary>
    public IReadOnlyList<SituationEvent> Events { get; }

    /// <summary>The corpus entity id of an article-local entity key (a mention's or a quote speaker's key).</summary>
    public string? EntityId(string articleId, string? key) =>
        key is not null && _entityIds.TryGetValue((articleId, key), out var id) ? id : null;

    public Entity? Entity(string id) => _byId.GetValueOrDefault(id);
}
