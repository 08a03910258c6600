using System.Globalization;
using CsvHelper;
using Sitrep.Corpus.Situations;
using Sitrep.News.Documents;

namespace Sitrep.Reports.Exports;

/// <summary>
/// An ACLED-style CSV (RFC 4180, written by CsvHelper): one row per happening of a kind ACLED records (battles,
/// explosions and remote violence, violence against civilians, protests, riots, strategic developments; see
/// <see cref="AcledTypes"/>), with ACLED's column names where ACLED has the column and Sitrep's own columns after them.
/// Left out, and counted in the notes: events ACLED has no type for (statements, appeals, cooperation, threats …) and
/// events not stated as having happened (planned, promised, threatened, possible): ACLED records what happened.
/// </summary>
public static class AcledExport
{
    public static readonly string[] Columns =
    [
        "event_date", "year", "date_precision", "event_type", "sub_event_type", "actor1", "actor2", "country", "admin1",
        "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities",
        "sitrep_event_id", "cameo", "plover", "reports", "sources", "actor1_code", "actor2_code", "modality", "date_source",
    ];

    public static ExportResult Render(Situation s, ExportOptions options)
    {
        var events = ExportedEvent.From(s, options.Gazetteer);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using var csv = CsvWriter.Create(text, CsvWriterOptions.Default, leaveOpen: true);
        csv.WriteRecord(Columns);
        int rows = 0, untyped = 0, intended = 0;
        foreach (var e in events)
        {
            if (e.Event.Modality is EventModality.Planned or EventModality.Promised or EventModality.Threatened or EventModality.Possible)
            {
                intended++;
                continue;
            }
            if (AcledTypes.Of(e.Event.Cameo, e.Target?.Parts) is not { } type)
            {
                untyped++;
                continue;
            }
            var date = e.Date?.FirstDay;
            var place = e.Place;
            string[] fields =
            [
                date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
                date?.Year.ToString(CultureInfo.InvariantCulture) ?? "",
                e.DatePrecision?.ToString(CultureInfo.InvariantCulture) ?? "",
                type.Type, type.SubType,
                e.Source?.Name ?? "", e.Target?.Name ?? "",
                e.Country?.Name ?? "", e.Province?.Name ?? "", place?.Name ?? "",
                place is null ? "" : EventExports.Coordinate(place.Lat), place is null ? "" : EventExports.Coordinate(place.Lon),
                GeoPrecision(e),
                string.Join("; ", e.Outlets),
                e.First.Sentence,
                e.Fatalities?.ToString(CultureInfo.InvariantCulture) ?? "",
                e.Id.ToString(CultureInfo.InvariantCulture), e.Event.Cameo, e.Event.Plover ?? "",
                e.Reports.Count.ToString(CultureInfo.InvariantCulture), e.SourceCount.ToString(CultureInfo.InvariantCulture),
                e.Source?.Code ?? "", e.Target?.Code ?? "", e.Modality, e.DateSource,
            ];
            csv.WriteRecord(fields);
            rows++;
        }
        csv.Flush();
        var notes = new List<string>();
        if (untyped > 0) notes.Add($"{EventExports.Count(untyped, "event", "events")} with no ACLED type (statements, appeals, cooperation, aid, threats, accusations, diplomatic sanctions) left out");
        if (intended > 0) notes.Add($"{EventExports.Count(intended, "event", "events")} planned, promised, threatened or possible (not stated as happened) left out");
        return new ExportResult(text.ToString(), rows, notes);
    }

    /// <summary>ACLED's geo_precision: 1 a town or a spot, 2 a district or a place near one, 3 a province, a country or a sea; empty without a place.</summary>
    private static string GeoPrecision(ExportedEvent e) => e.Place switch
    {
        null => "",
        { IsCountry: true } or { IsAdmin1: true } or { IsRegion: true } => "3",
        { IsAdmin2: true } => "2",
        _ => "1",
    };
}
