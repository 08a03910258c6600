using System.Text;
using System.Text.Json;
using Sitrep.Corpus.Situations;
using Sitrep.News.Documents;

namespace Sitrep.Reports.Exports;

/// <summary>
/// A GeoJSON FeatureCollection (RFC 7946): one Point feature ([longitude, latitude]) per located happening, its
/// properties the event's. Events without a place (or placed only on a continent or world region) have no point and
/// are left out; the notes say how many.
/// </summary>
public static class GeoJsonExport
{
    public static ExportResult Render(Situation s, ExportOptions options)
    {
        var events = ExportedEvent.From(s, options.Gazetteer);
        using var buffer = new MemoryStream();
        int written = 0;
        using (var w = new Utf8JsonWriter(buffer, AnalysisJson.Indented))
        {
            w.WriteStartObject();
            w.WriteString("type", "FeatureCollection");
            w.WriteStartArray("features");
            foreach (var e in events)
            {
                if (e.Place is not { } place) continue;
                w.WriteStartObject();
                w.WriteString("type", "Feature");
                w.WriteNumber("id", e.Id);
                w.WriteStartObject("geometry");
                w.WriteString("type", "Point");
                w.WriteStartArray("coordinates");
                w.WriteNumberValue(place.Lon);
                w.WriteNumberValue(place.Lat);
                w.WriteEndArray();
                w.WriteEndObject();
                w.WriteStartObject("properties");
                w.WriteNumber("id", e.Id);
                w.WriteString("rank", e.Rank);
                w.WriteString("date", e.Date?.ToString());
                w.WriteString("dateSource", e.DateSource);
                w.WriteString("source", e.Source?.Name);
                w.WriteString("sourceCode", e.Source?.Code);
                w.WriteString("target", e.Target?.Name);
                w.WriteString("targetCode", e.Target?.Code);
                w.WriteString("cameo", e.Event.Cameo);
                w.WriteString("cameoName", e.Event.CameoName);
                w.WriteString("plover", e.Event.Plover);
                w.WriteNumber("quadClass", e.Event.QuadClass);
                w.WriteNumber("goldstein", e.Event.Goldstein);
                w.WriteString("modality", e.Modality);
                w.WriteNumber("reports", e.Reports.Count);
                w.WriteNumber("sources", e.SourceCount);
                w.WriteString("place", place.Name);
                w.WriteString("placeId", place.Id);
                w.WriteString("country", e.Country?.Name);
                if (e.Fatalities is { } dead) w.WriteNumber("fatalities", dead);
                else w.WriteNull("fatalities");
                w.WriteString("sentence", e.First.Sentence);
                w.WriteString("url", e.FirstLocator);
                w.WriteEndObject();
                w.WriteEndObject();
                written++;
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        var notes = new List<string>();
        int unplaced = events.Count - written;
        if (unplaced > 0) notes.Add($"{EventExports.Count(unplaced, "event", "events")} without a place left out of the GeoJSON");
        return new ExportResult(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length) + "\n", written, notes);
    }
}
