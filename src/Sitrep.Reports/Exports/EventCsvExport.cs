using System.Globalization;
using CsvHelper;
using Sitrep.Corpus.Situations;

namespace Sitrep.Reports.Exports;

/// <summary>
/// Sitrep's own flat CSV (RFC 4180, written by CsvHelper): every happening, one row each, with every field the
/// situation holds for it: date and where it comes from, participants with codes and entity ids, CAMEO and PLOVER
/// codes, modality, place with its gazetteer entry, the number of reports, sources and articles, the outlets, what the
/// reports disagree on, and the first report's article, sentence, trigger and coding rule.
/// </summary>
public static class EventCsvExport
{
    public static readonly string[] Columns =
    [
        "id", "rank", "date", "date_precision", "date_source",
        "source", "source_code", "source_entity", "target", "target_code", "target_entity",
        "cameo", "cameo_name", "quad_class", "goldstein", "plover", "plover_mode", "plover_context", "modality",
        "place", "place_id", "feature_class", "admin1", "country", "country_iso2", "latitude", "longitude",
        "reports", "sources", "articles", "outlets", "fatalities", "differences",
        "first_article", "first_url", "first_title", "first_sentence", "trigger", "rule",
    ];

    public static ExportResult Render(Situation s, ExportOptions options)
    {
        var events = ExportedEvent.From(s, options.Gazetteer);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using var csv = CsvWriter.Create(text, CsvWriterOptions.Default, leaveOpen: true);
        csv.WriteRecord(Columns);
        foreach (var e in events)
        {
            var ev = e.Event;
            var place = e.Place;
            var first = e.First;
            string[] fields =
            [
                e.Id.ToString(CultureInfo.InvariantCulture), e.Rank, ev.Date?.ToString() ?? "",
                e.DatePrecision?.ToString(CultureInfo.InvariantCulture) ?? "", e.DateSource,
                e.Source?.Name ?? "", e.Source?.Code ?? "", e.Source?.EntityId ?? "",
                e.Target?.Name ?? "", e.Target?.Code ?? "", e.Target?.EntityId ?? "",
                ev.Cameo, ev.CameoName, ev.QuadClass.ToString(CultureInfo.InvariantCulture), EventExports.Number(ev.Goldstein),
                ev.Plover ?? "", e.PloverMode ?? "", e.PloverContext ?? "", e.Modality,
                place?.Name ?? ev.Place?.Text ?? "", ev.Place?.PlaceId ?? "", place?.FeatureClass ?? "", e.Province?.Name ?? "",
                e.Country?.Name ?? "", place?.Country ?? "",
                place is null ? "" : EventExports.Coordinate(place.Lat), place is null ? "" : EventExports.Coordinate(place.Lon),
                e.Reports.Count.ToString(CultureInfo.InvariantCulture), e.SourceCount.ToString(CultureInfo.InvariantCulture),
                e.ArticleCount.ToString(CultureInfo.InvariantCulture), string.Join("; ", e.Outlets),
                e.Fatalities?.ToString(CultureInfo.InvariantCulture) ?? "", Differences(e),
                first.Article.Article.Id, e.FirstLocator, first.Article.Article.Title, first.Sentence, first.Event.Trigger, first.Event.Rule,
            ];
            csv.WriteRecord(fields);
        }
        csv.Flush();
        return new ExportResult(text.ToString(), events.Count, []);
    }

    /// <summary>"date: 2021-08-15 ×2, 2021-08-14 ×1; place: Kabul ×2, Kandahar ×1".</summary>
    private static string Differences(ExportedEvent e) =>
        string.Join("; ", e.Event.Differences.Select(d =>
            $"{d.Field}: {string.Join(", ", d.Variants.Select(v => $"{v.Value} ×{v.Reports.Count.ToString(CultureInfo.InvariantCulture)}"))}"));
}
