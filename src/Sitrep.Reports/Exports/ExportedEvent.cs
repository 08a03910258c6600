using System.Security.Cryptography;
using System.Text;
using Sitrep.Articles;
using Sitrep.Corpus.Events;
using Sitrep.Corpus.Situations;
using Sitrep.News.Documents;
using Sitrep.News.Places;

namespace Sitrep.Reports.Exports;

/// <summary>
/// One happening as every export writes it: the situation event, the reports of it (negated ones never), its stable
/// number, its place resolved in the gazetteer, the outlets that report it, the participants' names and codes, and the
/// number killed when a report's sentence says so. Computed once, read by each format.
/// </summary>
public sealed class ExportedEvent
{
    public required SituationEvent Event { get; init; }
    /// <summary>The situation's rank ("event-3"): most widely reported first. Changes with the input.</summary>
    public string Rank => Event.Id;
    /// <summary>A number that names the happening, the same in every format and every run over the same articles (see <see cref="StableId"/>).</summary>
    public required long Id { get; init; }
    /// <summary>Every report of it, earliest article first.</summary>
    public required IReadOnlyList<EventReport> Reports { get; init; }
    public EventReport First => Reports[0];
    /// <summary>Distinct sources (sites, else articles), as the situation counts them.</summary>
    public required int SourceCount { get; init; }
    public required int ArticleCount { get; init; }
    /// <summary>The outlets that report it, each once, in report order: the site, else the URL's host, else the file (and line).</summary>
    public required IReadOnlyList<string> Outlets { get; init; }
    public required ExportedActor? Source { get; init; }
    public required ExportedActor? Target { get; init; }
    /// <summary>The gazetteer entry of the place; null when there is none or it is a continent or world region (no location).</summary>
    public required Place? Place { get; init; }
    public required Place? Province { get; init; }
    public required Place? Country { get; init; }
    public string? PloverMode { get; init; }
    public string? PloverContext { get; init; }
    /// <summary>Deaths a report's sentence counts for this event (the lowest when reports differ); null when none says.</summary>
    public int? Fatalities { get; init; }
    /// <summary>Whether a report has it in its article's first paragraph (GDELT's IsRootEvent).</summary>
    public bool InLead { get; init; }

    public PartialDate? Date => Event.Date;

    /// <summary>1 day, 2 month, 3 year (ACLED's time_precision); null without a date.</summary>
    public int? DatePrecision => Event.Date is not { } d ? null : d.Day is not null ? 1 : d.Month is not null ? 2 : 3;

    public string Modality => AnalysisJson.ModalityCode(Event.Modality);

    public string DateSource => Event.DateSource switch
    {
        EventDateSource.Text => "text",
        EventDateSource.Article => "article",
        _ => "none",
    };

    /// <summary>The first report's URL, else its file path (and line), else its article id.</summary>
    public string FirstLocator => First.Article.Article.Url ?? First.Article.Article.Path ?? First.Article.Article.Id;

    /// <summary>
    /// The event's number: the first 49 bits of SHA-256 over the article id and trigger span of its report that sorts
    /// first (article id, then position). The article id is the hash of the article's title and text, so the number is
    /// the same on every run over the same articles, whatever their order; it changes only when that report leaves the
    /// event (or a report that sorts before it joins). 49 bits: at most 15 digits, exact in a spreadsheet and in JavaScript.
    /// </summary>
    public static long StableId(IEnumerable<EventReport> reports)
    {
        var key = reports.Select(r => (r.Article.Article.Id, r.Event.TriggerStart, r.Event.TriggerEnd))
            .OrderBy(k => k.Id, StringComparer.Ordinal).ThenBy(k => k.TriggerStart).ThenBy(k => k.TriggerEnd).First();
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{key.Id}:{key.TriggerStart}:{key.TriggerEnd}"));
        return (long)(BitConverter.ToUInt64(hash, 0) & ((1UL << 49) - 1));
    }

    /// <summary>
    /// The situation's happenings, dated ones first in date order (the first day of a month or year), then by rank. An
    /// event all of whose reports are negated is not a happening and is left out (the situation holds none).
    /// </summary>
    public static List<ExportedEvent> From(Situation s, Gazetteer places)
    {
        var list = new List<(ExportedEvent Event, int Rank)>();
        foreach (var (e, rank) in s.Events.Select((e, i) => (e, i)))
        {
            var reports = e.Reports.Where(r => !r.Event.Negated).ToList();
            if (reports.Count == 0) continue;
            var place = e.Place is { } p ? places.ById(p.PlaceId) : null;
            if (place is { IsRegion: true } && place.FeatureClass.StartsWith("L.", StringComparison.Ordinal)) place = null;
            var coded = reports.FirstOrDefault(r => r.Event.Cameo == e.Cameo)?.Event ?? reports[0].Event;
            list.Add((new ExportedEvent
            {
                Event = e,
                Id = StableId(reports),
                Reports = reports,
                SourceCount = e.SourceCount,
                ArticleCount = reports.Select(r => r.Article.Article.Id).Distinct(StringComparer.Ordinal).Count(),
                Outlets = reports.Select(r => r.Article.Article).GroupBy(OutletKey, StringComparer.OrdinalIgnoreCase).Select(g => Outlet(g.First())).ToList(),
                Source = ExportedActor.From(e.Source, s, places),
                Target = ExportedActor.From(e.Target, s, places),
                Place = place,
                Province = place is null ? null : place.IsAdmin1 ? place : place.Admin1 is { } a1 ? places.Province(a1) : null,
                Country = place is null || place.Country.Length == 0 ? null : place.IsCountry ? place : places.Country(place.Country),
                PloverMode = coded.PloverMode,
                PloverContext = coded.PloverContext,
                Fatalities = DeathCount.Of(reports),
                InLead = reports.Any(r => r.Event.Start < LeadEnd(r.Article.Article.Text)),
            }, rank));
        }
        return list.OrderBy(x => x.Event.Date is null ? 1 : 0).ThenBy(x => x.Event.Date?.FirstDay ?? DateOnly.MaxValue)
            .ThenBy(x => x.Rank).Select(x => x.Event).ToList();
    }

    /// <summary>What the situation counts as one source: the site, else the URL's host, else the article.</summary>
    private static string OutletKey(Article a) => a.Site ?? (Uri.TryCreate(a.Url, UriKind.Absolute, out var u) ? u.Host : a.Id);

    /// <summary>The outlet's name: the site, else the URL's host, else the file name (with its line or entry), else the article id.</summary>
    public static string Outlet(Article a) =>
        a.Site ?? (Uri.TryCreate(a.Url, UriKind.Absolute, out var u) ? u.Host : a.Path is { } p ? Path.GetFileName(p) : a.Id);

    /// <summary>Where the first paragraph ends: the first line break after some text (the whole text when none).</summary>
    private static int LeadEnd(string text)
    {
        int start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start])) start++;
        int end = text.IndexOf('\n', start);
        return end < 0 ? text.Length : end;
    }
}

/// <summary>A participant: the name (the situation entity's, else the words most reports use), the entity id and the CAMEO code taken apart.</summary>
public sealed record ExportedActor(string Name, string? EntityId, string? Code, CameoActorCode? Parts)
{
    public static ExportedActor? From(SituationEventActor? a, Situation s, Gazetteer places)
    {
        if (a is null) return null;
        var name = a.EntityId is { } id && s.Entity(id) is { } entity ? entity.Name : a.Name;
        return new ExportedActor(name, a.EntityId, a.Code, CameoActorCode.Parse(a.Code, places));
    }
}
