using System.Globalization;
using System.Text;
using System.Text.Json;
using Sitrep.Corpus.Disagreements;
using Sitrep.Corpus.Entities;
using Sitrep.Corpus.Events;
using Sitrep.Corpus.Situations;
using Sitrep.Corpus.Timelines;
using Sitrep.Reports.Sections;
using Sitrep.News.Documents;

namespace Sitrep.Reports;

/// <summary>
/// The public JSON contract (docs/schema.md): a <see cref="Situation"/> with every layer as standoff
/// spans. Field names and order are fixed; within each object the contract fields come first and the
/// additions after them, so a reader of version 1.0.0 finds everything where the schema says.
/// </summary>
public static class JsonReport
{
    /// <summary>The contract version: minor versions add fields, only a major version renames or removes one.</summary>
    public const string Version = "1.5.0";

    // The output is a JSON document, never embedded in HTML, so non-ASCII text stays readable
    // instead of becoming \uXXXX; JSON's own escapes (quotes, control characters) still apply.
    private static readonly JsonWriterOptions Options = AnalysisJson.Indented;

    public static string Render(Situation s)
    {
        using var buffer = new MemoryStream();
        Write(s, buffer);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Writes the report as indented UTF-8 without a byte-order mark.</summary>
    public static void Write(Situation s, Stream output)
    {
        using var w = new Utf8JsonWriter(output, Options);
        w.WriteStartObject();
        w.WriteString("version", Version);
        w.WriteStartArray("articles");
        foreach (var a in s.Articles) WriteArticle(w, s, a);
        w.WriteEndArray();
        w.WriteStartArray("entities");
        foreach (var e in s.Entities) WriteEntity(w, e);
        w.WriteEndArray();
        w.WriteStartArray("timeline");
        foreach (var t in s.Timeline) WriteTimelineEntry(w, t);
        w.WriteEndArray();
        w.WriteStartArray("disagreements");
        foreach (var d in s.Disagreements) WriteDisagreement(w, d);
        w.WriteEndArray();
        // Addition (1.5.0): each happening once, with its reports.
        w.WriteStartArray("events");
        foreach (var e in s.Events) WriteSituationEvent(w, e, s);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteSituationEvent(Utf8JsonWriter w, SituationEvent e, Situation s)
    {
        w.WriteStartObject();
        w.WriteString("id", e.Id);
        WriteEventActor(w, "source", e.Source);
        WriteEventActor(w, "target", e.Target);
        w.WriteString("cameo", e.Cameo);
        w.WriteString("cameoName", e.CameoName);
        w.WriteString("plover", e.Plover);
        w.WriteNumber("quadClass", e.QuadClass);
        AnalysisJson.WriteNumber(w, "goldstein", e.Goldstein);
        w.WriteString("date", e.Date?.ToString());
        w.WriteString("dateSource", AnalysisJson.DateSourceCode(e.DateSource));
        if (e.Place is { } place)
        {
            w.WriteStartObject("place");
            w.WriteString("text", place.Text);
            w.WriteString("place", place.PlaceId);
            w.WriteEndObject();
        }
        else w.WriteNull("place");
        w.WriteString("modality", AnalysisJson.ModalityCode(e.Modality));
        w.WriteNumber("sourceCount", e.SourceCount);
        w.WriteStartArray("reports");
        foreach (var r in e.Reports)
        {
            w.WriteStartObject();
            w.WriteString("article", r.Article.Article.Id);
            w.WriteNumber("start", r.Event.Start);
            w.WriteNumber("end", r.Event.End);
            w.WriteString("sentence", r.Sentence);
            w.WriteString("trigger", r.Event.Trigger);
            w.WriteString("cameo", r.Event.Cameo);
            w.WriteString("modality", AnalysisJson.ModalityCode(r.Event.Modality));
            w.WriteString("reportedBy", r.Event.ReportedBy?.Text);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("differences");
        foreach (var d in e.Differences)
        {
            w.WriteStartObject();
            w.WriteString("field", d.Field);
            w.WriteStartArray("values");
            foreach (var v in d.Variants)
            {
                w.WriteStartObject();
                w.WriteString("value", v.Value);
                w.WriteStartArray("reports");
                foreach (var i in v.Reports) w.WriteNumberValue(i);
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteEventActor(Utf8JsonWriter w, string name, SituationEventActor? a)
    {
        if (a is null)
        {
            w.WriteNull(name);
            return;
        }
        w.WriteStartObject(name);
        w.WriteString("name", a.Name);
        w.WriteString("entity", a.EntityId);
        w.WriteString("actor", a.Code);
        w.WriteEndObject();
    }

    /// <summary>An article object of the contract, its entity fields holding the situation's entity ids.</summary>
    private static void WriteArticle(Utf8JsonWriter w, Situation s, ArticleAnalysis a) =>
        AnalysisJson.WriteArticle(w, a, key => s.EntityId(a.Article.Id, key));

    private static void WriteEntity(Utf8JsonWriter w, Entity e)
    {
        w.WriteStartObject();
        w.WriteString("id", e.Id);
        w.WriteString("name", e.Name);
        w.WriteString("type", AnalysisJson.MentionTypeCode(e.Type));
        w.WriteStartArray("aliases");
        foreach (var alias in e.Aliases) w.WriteStringValue(alias);
        w.WriteEndArray();
        w.WriteStartArray("articles");
        foreach (var id in e.Articles) w.WriteStringValue(id);
        w.WriteEndArray();
        if (e.Place is { } p)
        {
            w.WriteStartObject("place");
            w.WriteString("id", p.Id);
            AnalysisJson.WriteNumber(w, "lat", Math.Round(p.Lat, 5));
            AnalysisJson.WriteNumber(w, "lon", Math.Round(p.Lon, 5));
            w.WriteString("country", p.Country);
            w.WriteString("name", p.Name);
            w.WriteString("featureClass", p.FeatureClass);
            w.WriteString("admin1", p.Admin1);
            w.WriteString("coordinateSource", p.CoordinateSource);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("place");
        }
        w.WriteString("actor", e.Actor);
        w.WriteNumber("mentions", e.MentionCount);
        // Addition (1.4.0): the actor base's dated roles.
        w.WriteStartArray("roles");
        foreach (var r in e.Roles ?? [])
        {
            w.WriteStartObject();
            w.WriteString("code", r.Code);
            w.WriteString("from", r.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteString("until", r.Until?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteString("office", r.Office);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteTimelineEntry(Utf8JsonWriter w, TimelineEntry t)
    {
        w.WriteStartObject();
        w.WriteString("date", t.Date);
        w.WriteString("text", t.Text);
        w.WriteString("article", t.Article);
        w.WriteNumber("start", t.Start);
        w.WriteNumber("end", t.End);
        w.WriteString("expression", t.Expression);
        w.WriteEndObject();
    }

    private static void WriteDisagreement(Utf8JsonWriter w, Disagreement d)
    {
        w.WriteStartObject();
        w.WriteString("topic", d.Topic);
        w.WriteStartArray("values");
        foreach (var v in d.Values)
        {
            w.WriteStartObject();
            w.WriteString("value", v.Value);
            w.WriteString("article", v.Article);
            w.WriteString("text", v.Text);
            w.WriteString("published", v.Published);
            w.WriteNumber("start", v.Start);
            w.WriteNumber("end", v.End);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
