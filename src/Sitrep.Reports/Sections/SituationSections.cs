using Sitrep.Corpus.Events;
using System.Globalization;
using Sitrep.Corpus.Disagreements;
using Sitrep.Corpus.Entities;
using Sitrep.Corpus.Situations;
using Sitrep.Articles;
using Sitrep.News.Mentions;
using Sitrep.News.Pipeline;
using Sitrep.News.Quotes;
using Sitrep.News.Documents;

namespace Sitrep.Reports.Sections;

/// <summary>
/// What the Markdown and HTML reports show, chosen and ordered once so both say the same thing:
/// the scope line, quotes grouped by speaker, actors and places by mention count, numbers in reading
/// order, each list capped. Renderers only decide how it looks.
/// </summary>
internal sealed class SituationSections
{
    public const int MaxRows = 40;
    public const int MaxAliases = 5;
    public const int DisagreementClip = 200;
    public const int TimelineClip = 160;
    public const int QuoteClip = 300;
    public const string Unattributed = "Unattributed";
    /// <summary>The most widely reported happenings shown, and the reports shown for each.</summary>
    public const int MaxEvents = 40;
    public const int MaxEventReports = 4;
    public const int EventClip = 240;

    private readonly Dictionary<string, ArticleAnalysis> _articles;
    private readonly Dictionary<string, Entity> _entities;

    public SituationSections(Situation situation)
    {
        Situation = situation;
        // Situation.Entity is a linear scan; reports look up an entity per mention, so index once.
        _articles = situation.Articles.GroupBy(a => a.Article.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _entities = situation.Entities.GroupBy(e => e.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        Speakers = GroupBySpeaker();
        Events = situation.Events.Take(MaxEvents).Select(EventBlockOf).ToList();
        MoreEvents = Math.Max(0, situation.Events.Count - MaxEvents);
        Timeline = new TextTable(["date", "what", "source"],
            situation.Timeline.Select(t => new[] { t.Date, ReportText.Clip(t.Text, TimelineClip), ArticleTitle(t.Article) }).ToList());
        Actors = Capped(["name", "type", "code", "mentions", "articles", "also written as"], "actor",
            ByMentions(situation.Entities.Where(e => e.Type != MentionType.Place)).Select(e => new[]
            {
                e.Name, ReportText.TypeLabel(e.Type), e.Actor, Invariant(e.MentionCount), Invariant(e.Articles.Count),
                string.Join(", ", e.Aliases.Take(MaxAliases)),
            }));
        Places = Capped(["place", "kind", "country", "lat, lon", "mentions"], "place",
            ByMentions(situation.Entities.Where(e => e.Type == MentionType.Place)).Select(e => new[]
            {
                e.Name, e.Place is { } p ? ReportText.PlaceKind(p.FeatureClass) : null, e.Place?.Country,
                e.Place is { } q ? ReportText.Coordinates(q) : null, Invariant(e.MentionCount),
            }));
        Numbers = Capped(["figure", "value", "unit", "qualifier", "article"], "figure",
            situation.Articles.SelectMany(a => a.Quantities.OrderBy(q => q.Start).Select(q => new[]
            {
                q.Text, ReportText.Number(q.Value), q.Unit, q.Qualifier, a.Article.Title,
            })));
    }

    public Situation Situation { get; }
    public IReadOnlyList<SpeakerQuotes> Speakers { get; }
    /// <summary>Who did what to whom: the happenings, most widely reported first.</summary>
    public IReadOnlyList<EventBlock> Events { get; }
    /// <summary>Happenings left out by the cap.</summary>
    public int MoreEvents { get; }
    public TextTable Timeline { get; }
    public TextTable Actors { get; }
    public TextTable Places { get; }
    public TextTable Numbers { get; }
    public int QuoteCount => Speakers.Sum(s => s.Quotes.Count);

    /// <summary>The publication date a report shows: the analysis' (stated or inferred), else the one the source stated.</summary>
    /// <summary>"2021-07-22", or "2021-07-22 (inferred: dateline)" when Sitrep worked the date out itself.</summary>
    public static string? PublishedLabel(ArticleAnalysis a)
    {
        if (a.PublicationDate is not { } date) return null;
        if (!a.IsDateInferred) return date.ToString();
        string window = a.PublishedWindow is { } w
            ? w.Latest is { } latest ? $", probably {w.Earliest:yyyy-MM-dd} to {latest:yyyy-MM-dd}" : $", not before {w.Earliest:yyyy-MM-dd}"
            : "";
        return string.IsNullOrWhiteSpace(a.PublishedEvidence) ? $"{date} (inferred{window})" : $"{date} (inferred{window}: {ReportText.Flatten(a.PublishedEvidence)})";
    }

    /// <summary>Site, authors ("Jane Doe, Sam Roe") and publication date, those that are known, in that order.</summary>
    public static IEnumerable<string> ArticleMeta(ArticleAnalysis a) =>
        new[] { a.Article.Site, a.Article.Authors.Count > 1 ? string.Join(", ", a.Article.Authors) : a.Article.Author, PublishedLabel(a) }.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => ReportText.Flatten(p!));

    /// <summary>
    /// "812 words · 40 mentions · 6 quotes", or "812 words · language de: not analysed", with
    /// "(declared en)" when the source declared another language than the text is in.
    /// </summary>
    public static string ArticleCounts(ArticleAnalysis a) =>
        ArticlePipeline.IsAnalysed(a.Article)
            ? $"{ReportText.Count(ReportText.WordCount(a.Article.Text), "word")} · {ReportText.Count(a.Mentions.Count, "mention")} · {ReportText.Count(a.Quotes.Count, "quote")}"
            : $"{ReportText.Count(ReportText.WordCount(a.Article.Text), "word")} · language {ReportText.Flatten(a.Article.Language)}{Declared(a.Article)}: not analysed";

    private static string Declared(Article article) =>
        article.DeclaredLanguage is { } declared && declared != article.Language ? $" (declared {ReportText.Flatten(declared)})" : "";

    /// <summary>"5 articles published 2021-04-14 (inferred) to 2021-08-31 · 87 entities · 32 quotes".</summary>
    public string Scope()
    {
        var parts = new List<string> { ReportText.Count(Situation.Articles.Count, "article") };
        var dated = Situation.Articles.Where(a => a.PublicationDate is not null).ToList();
        if (dated.Count > 0)
        {
            var first = dated.MinBy(a => a.PublicationDate!.Value)!;
            var last = dated.MaxBy(a => a.PublicationDate!.Value)!;
            parts[0] += first.PublicationDate == last.PublicationDate ? $" published {DateMark(first)}" : $" published {DateMark(first)} to {DateMark(last)}";
        }
        parts.Add(ReportText.Count(Situation.Entities.Count, "entity", "entities"));
        parts.Add(ReportText.Count(QuoteCount, "quote"));
        return string.Join(" · ", parts);
    }

    /// <summary>Each answer to one disagreement: what it says, where, and when that article appeared.</summary>
    public TextTable Disagreement(Disagreement d) =>
        new(["answer", "article", "published", "what it says"],
            d.Values.Select(v => new[] { v.Value, ArticleTitle(v.Article), PublishedMark(v), ReportText.Clip(v.Text, DisagreementClip) }).ToList());

    /// <summary>The answering article's date, marked when Sitrep inferred it: an analyst weighs the two differently.</summary>
    private string? PublishedMark(DisagreementValue v) =>
        _articles.GetValueOrDefault(v.Article) is { } a && a.PublicationDate is not null ? DateMark(a) : v.Published;

    private EventBlock EventBlockOf(SituationEvent e)
    {
        static string Who(SituationEventActor? a) => a is null ? "unknown" : a.Code is { } code ? $"{a.Name} ({code})" : a.Name;
        var heading = e.Target is null ? $"{Who(e.Source)}: {e.CameoName}" : $"{Who(e.Source)} → {Who(e.Target)}: {e.CameoName}";
        var facts = new List<string> { e.Plover is null ? $"CAMEO {e.Cameo}" : $"CAMEO {e.Cameo} · PLOVER {e.Plover}" };
        if (e.Date is { } date) facts.Add(e.DateSource == EventDateSource.Text ? date.ToString() : $"reported {date}");
        if (e.Place is { } place) facts.Add("at " + place.Text);
        facts.Add(ReportText.Count(e.SourceCount, "source") + ", " + ReportText.Count(e.Reports.Count, "report"));
        if (e.Modality != EventModality.Asserted) facts.Add(AnalysisJson.ModalityCode(e.Modality));
        foreach (var d in e.Differences)
            facts.Add($"{d.Field} differs: " + string.Join(", ", d.Variants.Select(v => $"{v.Value} ({v.Reports.Count})")));
        var reports = e.Reports.Take(MaxEventReports).Select(r => new EventBlockReport(r.Article.Article.Id, r.Article.Article.Title,
            r.Article.PublicationDate is null ? null : DateMark(r.Article), ReportText.Clip(r.Sentence.Trim(), EventClip),
            r.Event.ReportedBy?.Text)).ToList();
        return new EventBlock(heading, string.Join(" · ", facts), reports, Math.Max(0, e.Reports.Count - MaxEventReports));
    }

    /// <summary>The title of an article by id, or the id itself when the situation does not hold that article.</summary>
    public string ArticleTitle(string id) => _articles.GetValueOrDefault(id)?.Article.Title ?? id;

    public Entity? Entity(string articleId, string? key) =>
        Situation.EntityId(articleId, key) is { } id ? _entities.GetValueOrDefault(id) : null;

    private static string DateMark(ArticleAnalysis a) => a.IsDateInferred ? $"{a.PublicationDate} (inferred)" : a.PublicationDate!.Value.ToString();

    private static TextTable Capped(string[] headers, string noun, IEnumerable<string?[]> rows)
    {
        var all = rows.ToList();
        return all.Count <= MaxRows ? new(headers, all, 0, noun) : new(headers, all.GetRange(0, MaxRows), all.Count - MaxRows, noun);
    }

    private static string Invariant(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static IEnumerable<Entity> ByMentions(IEnumerable<Entity> entities) =>
        entities.OrderByDescending(e => e.MentionCount).ThenBy(e => e.Name, StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal);

    /// <summary>
    /// Resolved speakers group by entity; unresolved ones by the phrase that introduced them, which at
    /// least keeps "a NATO official" apart from "Taliban spokesman". Busiest speakers first, anonymous last.
    /// </summary>
    private List<SpeakerQuotes> GroupBySpeaker()
    {
        var groups = new Dictionary<string, (string Label, List<Sourced<Quote>> Quotes)>(StringComparer.Ordinal);
        foreach (var a in Situation.Articles)
            foreach (var q in a.Quotes.OrderBy(q => q.Start))
            {
                var (key, label) = Entity(a.Article.Id, q.SpeakerKey) is { } e ? ("entity:" + e.Id, ReportText.EntityLabel(e))
                    : !string.IsNullOrWhiteSpace(q.SpeakerText) ? ("text:" + ReportText.Flatten(q.SpeakerText), ReportText.Flatten(q.SpeakerText))
                    : ("none", Unattributed);
                if (!groups.TryGetValue(key, out var g)) groups[key] = g = (label, []);
                g.Quotes.Add(new Sourced<Quote>(q, a));
            }
        return groups.OrderBy(g => g.Key == "none")
            .ThenByDescending(g => g.Value.Quotes.Count)
            .ThenBy(g => g.Value.Label, StringComparer.Ordinal)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new SpeakerQuotes(g.Value.Label, g.Value.Quotes))
            .ToList();
    }
}
