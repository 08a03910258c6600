using Sitrep.Corpus.Disagreements;
using Sitrep.Corpus.Entities;
using Sitrep.Corpus.Events;
using Sitrep.Corpus.Timelines;
using Sitrep.News.Actors;
using Sitrep.News.Pipeline;
using Sitrep.News.Places;
using Sitrep.News.Documents;

namespace Sitrep.Corpus.Situations;

/// <summary>Builds a <see cref="Situation"/> from analysed articles: entity resolution, timeline, disagreements, events merged into happenings.</summary>
public sealed class SituationBuilder(EntityResolver resolver)
{
    public static SituationBuilder CreateDefault() => new(new EntityResolver(ActorBase.Default, Gazetteer.Default));

    public Situation Build(IReadOnlyList<ArticleAnalysis> articles)
    {
        var ordered = articles.OrderBy(a => a.Published?.FirstDay ?? DateOnly.MaxValue).ThenBy(a => a.Article.Path, StringComparer.Ordinal).ThenBy(a => a.Article.Id, StringComparer.Ordinal).ToList();
        var (entities, ids) = resolver.Resolve(ordered, MedianDay(ordered));
        var events = EventMerger.Merge(ordered, (article, key) => key is not null && ids.TryGetValue((article, key), out var id) ? id : null);
        return new Situation(ordered, entities, ids, TimelineBuilder.Build(ordered), DisagreementFinder.Find(ordered), events);
    }

    /// <summary>The middle publication day of the set: the date on which actors' roles are read.</summary>
    private static DateOnly? MedianDay(List<ArticleAnalysis> articles)
    {
        // A month or year counts as its middle day, as an article's own reference day does: "2021" is not 1 January,
        // when Joe Biden was not yet in office.
        var days = articles.Where(a => a.Published is not null)
            .Select(a => a.Published!.Value.MiddleDay)
            .OrderBy(d => d).ToList();
        return days.Count == 0 ? null : days[days.Count / 2];
    }
}
