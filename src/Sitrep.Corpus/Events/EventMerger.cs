using Sitrep.Articles;
using Sitrep.News.Documents;

namespace Sitrep.Corpus.Events;

/// <summary>
/// Collapses the events articles report into happenings: reports with the same kind of action (PLOVER type, or CAMEO root
/// for statements), the same target (or, without one, the same source), dates no more than <see cref="DateWindowDays"/>
/// apart or overlapping, and either the same source or the same named place become one event. A detail they give
/// differently (the date, the place, who did it, the exact code) is recorded, not a reason to split. Negated events
/// ("did not attack") are not happenings and are left out; planned, promised, threatened or possible ones are never
/// merged with ones that happened.
/// </summary>
public static class EventMerger
{
    public const int DateWindowDays = 3;

    public static List<SituationEvent> Merge(IReadOnlyList<ArticleAnalysis> articles, Func<string, string?, string?> entityId)
    {
        var groups = new Dictionary<string, List<Cluster>>(StringComparer.Ordinal);
        var reports = articles.SelectMany(a => a.Events.Where(e => !e.Negated).Select(e => new Pending(a, e, entityId)))
            .OrderBy(p => p.Day ?? DateOnly.MaxValue).ToList();
        foreach (var p in reports)
        {
            var key = $"{(IsIntent(p.Event.Modality) ? "intent" : "fact")}|{p.Event.Plover ?? p.Event.Cameo[..2]}|{p.TargetId ?? "-"}|{(p.TargetId is null ? p.SourceId : "")}";
            if (!groups.TryGetValue(key, out var clusters)) groups[key] = clusters = [];
            Cluster? home = null;
            // Clusters are in date order: only the last few can be within the window.
            for (int i = clusters.Count - 1; i >= 0 && home is null; i--)
            {
                var c = clusters[i];
                if (p.Day is { } d && c.LastDay is { } last && d.DayNumber - last.DayNumber > DateWindowDays) break;
                if (c.Accepts(p)) home = c;
            }
            if (home is null) clusters.Add(home = new Cluster());
            home.Add(p);
        }
        var events = groups.Values.SelectMany(c => c).Select(c => c.ToEvent())
            .OrderByDescending(e => e.SourceCount).ThenByDescending(e => e.Reports.Count)
            .ThenBy(e => e.Date?.FirstDay ?? DateOnly.MaxValue).ThenBy(e => e.Cameo, StringComparer.Ordinal).ToList();
        return events.Select((e, i) => e with { Id = $"event-{i + 1}" }).ToList();
    }

    private static bool IsIntent(EventModality m) => m is EventModality.Planned or EventModality.Promised or EventModality.Threatened or EventModality.Possible;

    /// <summary>One article's event, with its participants' corpus identities.</summary>
    private sealed class Pending
    {
        public Pending(ArticleAnalysis a, Event e, Func<string, string?, string?> entityId)
        {
            (Article, Event) = (a, e);
            SourceId = Identity(e.Source, a, entityId);
            TargetId = Identity(e.Target, a, entityId);
            Day = e.Date?.MiddleDay;
        }

        public ArticleAnalysis Article { get; }
        public Event Event { get; }
        public string? SourceId { get; }
        public string? TargetId { get; }
        public DateOnly? Day { get; }
        public string Outlet => Article.Article.Site ?? (Uri.TryCreate(Article.Article.Url, UriKind.Absolute, out var u) ? u.Host : Article.Article.Id);

        /// <summary>The entity, else the actor code when it names a country, else the words (a "---MIL" is anybody's troops).</summary>
        private static string? Identity(EventActor? p, ArticleAnalysis a, Func<string, string?, string?> entityId)
        {
            if (p is null) return null;
            if (p.Key is not null && entityId(a.Article.Id, p.Key) is { } id) return "entity:" + id;
            if (p.Code is { Length: >= 3 } code && !code.StartsWith("---", StringComparison.Ordinal)) return "code:" + code;
            return "text:" + p.Text.Trim().ToLowerInvariant();
        }
    }

    private sealed class Cluster
    {
        private readonly List<Pending> _reports = [];

        public DateOnly? LastDay { get; private set; }

        public void Add(Pending p)
        {
            _reports.Add(p);
            if (p.Day is { } d && (LastDay is null || d > LastDay)) LastDay = d;
        }

        public bool Accepts(Pending p) => _reports.Any(r => DatesAgree(r, p)) && _reports.Any(r => SameDoer(r, p));

        private static bool DatesAgree(Pending a, Pending b)
        {
            if (a.Event.Date is not { } x || b.Event.Date is not { } y) return true;
            if (Overlaps(x, y)) return true;
            return Math.Abs(x.MiddleDay.DayNumber - y.MiddleDay.DayNumber) <= DateWindowDays;
        }

        private static bool Overlaps(PartialDate x, PartialDate y) => x.FirstDay <= y.LastDay && y.FirstDay <= x.LastDay && (x.Day is null || y.Day is null);

        /// <summary>
        /// The same source, or a different one at the same named place (who did it is then a difference). Two reports that
        /// name no source ("soldiers were killed") are one only when their codes agree to the digit.
        /// </summary>
        private static bool SameDoer(Pending a, Pending b) =>
            a.SourceId is not null && a.SourceId == b.SourceId
            || a.SourceId is null && b.SourceId is null && a.Event.Cameo == b.Event.Cameo
            || a.Event.Place is { } pa && b.Event.Place is { } pb && pa.PlaceId == pb.PlaceId && a.TargetId is not null;

        public SituationEvent ToEvent()
        {
            var ordered = _reports.OrderBy(r => r.Article.Published?.FirstDay ?? DateOnly.MaxValue).ToList();
            var reports = ordered.Select(r => new EventReport(r.Article, r.Event)).ToList();
            var code = MostCommon(ordered, r => r.Event.Cameo)!;
            var first = ordered.First(r => r.Event.Cameo == code).Event;
            var textDates = ordered.Where(r => r.Event.DateSource == EventDateSource.Text).ToList();
            var dated = textDates.Count > 0 ? textDates : ordered.Where(r => r.Event.Date is not null).ToList();
            var date = dated.Count == 0 ? null : dated.GroupBy(r => r.Event.Date).OrderByDescending(g => g.Count()).ThenBy(g => g.Key!.Value.FirstDay).First().Key;
            var placed = ordered.Where(r => r.Event.Place is not null).ToList();
            var place = placed.Count == 0 ? null : placed.GroupBy(r => r.Event.Place!.PlaceId).OrderByDescending(g => g.Count()).First().First().Event.Place;
            return new SituationEvent
            {
                Id = "",
                Source = Participant(ordered, r => r.SourceId, r => r.Event.Source),
                Target = Participant(ordered, r => r.TargetId, r => r.Event.Target),
                Cameo = code,
                CameoName = first.CameoName,
                Plover = first.Plover,
                QuadClass = first.QuadClass,
                Goldstein = first.Goldstein,
                Date = date,
                DateSource = textDates.Count > 0 ? EventDateSource.Text : dated.Count > 0 ? EventDateSource.Article : EventDateSource.None,
                Place = place,
                Modality = ordered.GroupBy(r => r.Event.Modality).OrderByDescending(g => g.Count()).First().Key,
                Reports = reports,
                SourceCount = ordered.Select(r => r.Outlet).Distinct(StringComparer.OrdinalIgnoreCase).Count(),
                Differences = Differences(ordered),
            };
        }

        private static SituationEventActor? Participant(List<Pending> reports, Func<Pending, string?> id, Func<Pending, EventActor?> actor)
        {
            var best = MostCommon(reports, id);
            if (best is null) return null;
            var with = reports.Where(r => id(r) == best).Select(actor).OfType<EventActor>().ToList();
            var name = with.GroupBy(a => a.Text).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key.Length).First().Key;
            return new SituationEventActor(best.StartsWith("entity:", StringComparison.Ordinal) ? best[7..] : null, with.Select(a => a.Code).FirstOrDefault(c => c is not null), name);
        }

        private static string? MostCommon(List<Pending> reports, Func<Pending, string?> value) =>
            reports.Select(value).Where(v => v is not null).GroupBy(v => v).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();

        private static List<EventDifference> Differences(List<Pending> reports)
        {
            var list = new List<EventDifference>();
            void Field(string name, Func<Pending, string?> value)
            {
                var variants = reports.Select((r, i) => (Value: value(r), Index: i)).Where(x => x.Value is not null)
                    .GroupBy(x => x.Value!, StringComparer.Ordinal)
                    .Select(g => new EventVariant(g.Key, g.Select(x => x.Index).ToList()))
                    .OrderByDescending(v => v.Reports.Count).ToList();
                if (variants.Count > 1) list.Add(new EventDifference(name, variants));
            }
            // A vaguer date that holds a precise one ("August" and "15 August") is no disagreement.
            var stated = reports.Where(r => r.Event.DateSource == EventDateSource.Text && r.Event.Date is not null).Select(r => r.Event.Date!.Value).Distinct().ToList();
            bool Vaguer(PartialDate d) => stated.Any(o => o != d && o.FirstDay >= d.FirstDay && o.LastDay <= d.LastDay);
            Field("date", r => r.Event.DateSource == EventDateSource.Text && r.Event.Date is { } d && !Vaguer(d) ? d.ToString() : null);
            Field("place", r => r.Event.Place?.Text);
            Field("source", r => r.Event.Source?.Text is { } t ? r.SourceId + "\u001f" + t : null);
            Field("code", r => r.Event.Cameo);
            // A source difference counts only when the identities differ, not the spellings.
            var source = list.FirstOrDefault(d => d.Field == "source");
            if (source is not null)
            {
                list.Remove(source);
                var byId = source.Variants.GroupBy(v => v.Value[..v.Value.IndexOf('\u001f')])
                    .Select(g => new EventVariant(g.First().Value[(g.First().Value.IndexOf('\u001f') + 1)..], g.SelectMany(v => v.Reports).Order().ToList()))
                    .OrderByDescending(v => v.Reports.Count).ToList();
                if (byId.Count > 1) list.Add(new EventDifference("source", byId));
            }
            return list;
        }
    }
}
