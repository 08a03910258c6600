using Sitrep.Articles;
using Sitrep.News.Documents;

namespace Sitrep.Corpus.Events;

/// <summary>
/// One happening, however many articles report it: the participants, code, date and place the reports agree on (the
/// most reported when they differ), every report with its article and wording, the number of distinct sources, and
/// what the reports disagree on.
/// </summary>
public sealed record SituationEvent
{
    /// <summary>"event-1", … in rank order.</summary>
    public required string Id { get; init; }
    public required SituationEventActor? Source { get; init; }
    public required SituationEventActor? Target { get; init; }
    public required string Cameo { get; init; }
    public required string CameoName { get; init; }
    public string? Plover { get; init; }
    public required int QuadClass { get; init; }
    public required double Goldstein { get; init; }
    public PartialDate? Date { get; init; }
    public required EventDateSource DateSource { get; init; }
    public EventPlace? Place { get; init; }
    /// <summary>The modality most reports give (asserted, reported, planned …).</summary>
    public required EventModality Modality { get; init; }
    /// <summary>Every report, earliest article first.</summary>
    public required IReadOnlyList<EventReport> Reports { get; init; }
    /// <summary>Distinct sources: sites (or, without one, articles) that report it.</summary>
    public required int SourceCount { get; init; }
    /// <summary>Details the reports give differently: the date, the place, who did it, the code.</summary>
    public required IReadOnlyList<EventDifference> Differences { get; init; }
}

/// <summary>A participant across reports: the corpus entity id when linked, the CAMEO actor code, and the name most reports use.</summary>
public sealed record SituationEventActor(string? EntityId, string? Code, string Name);

/// <summary>One article's report of a happening: the article, its event (sentence and trigger spans, wording).</summary>
public sealed record EventReport(ArticleAnalysis Article, Event Event)
{
    public string Sentence => Article.Text[Event.Start..Event.End];
}

/// <summary>A detail the reports give differently ("date": "2021-08-15" in two reports, "2021-08-14" in one).</summary>
public sealed record EventDifference(string Field, IReadOnlyList<EventVariant> Variants);

/// <summary>One answer and the reports (indices into <see cref="SituationEvent.Reports"/>) that give it.</summary>
public sealed record EventVariant(string Value, IReadOnlyList<int> Reports);
