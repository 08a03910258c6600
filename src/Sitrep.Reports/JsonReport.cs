using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Sitrep.Corpus.Disagreements;
using Sitrep.Corpus.Entities;
using Sitrep.Corpus.Situations;
using Sitrep.Corpus.Timelines;
using Sitrep.News.Mentions;
using Sitrep.News.Pipeline;
using Sitrep.News.Times;
using Sitrep.Reports.Sections;

namespace Sitrep.Reports;

/// <summary>
/// The public JSON contract (docs/schema.md): a <see cref="Situation"/> with every layer as standoff
/// spans. Field names and order are fixed; within each object the contract fields come first and the
/// additions after them, so a reader of version 1.0.0 finds everything where the schema says.
/// </summary>
public static class JsonReport
{
    /// <summary>The contract version: minor versions add fields, only a major version renames or removes one.</summary>
    public const string Version = "1.4.0";

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // The output is a JSON document, never embedded in HTML, so non-ASCII text stays readable
        // instead of becoming \uXXXX; JSON's own escapes (quotes, control characters) still apply.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

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
        w.WriteEndObject();
    }

    private static string MentionTypeCode(MentionType type) => type switch
    {
        MentionType.Person => "PERSON",
        MentionType.Organization => "ORG",
        _ => "PLACE",
    };

    private static string TimeTypeCode(TimeType type) => type switch
    {
        TimeType.Date => "DATE",
        TimeType.Time => "TIME",
        TimeType.Duration => "DURATION",
        _ => "SET",
    };

    private static string? BoundCode(TimeBound bound) => bound switch
    {
        TimeBound.RangeStart => "rangeStart",
        TimeBound.RangeEnd => "rangeEnd",
        TimeBound.Deadline => "deadline",
        _ => null,
    };

    private static void WriteArticle(Utf8JsonWriter w, Situation s, ArticleAnalysis a)
    {
        var article = a.Article;
        w.WriteStartObject();
        w.WriteString("id", article.Id);
        w.WriteString("path", article.Path);
        w.WriteString("url", article.Url);
        w.WriteString("title", article.Title);
        w.WriteString("published", SituationSections.Published(a)?.ToString());
        w.WriteBoolean("publishedInferred", SituationSections.IsInferred(a));
        w.WriteString("site", article.Site);
        w.WriteString("author", article.Author);
        w.WriteString("language", article.Language);
        w.WriteString("text", article.Text);

        w.WriteStartArray("mentions");
        foreach (var m in a.Mentions)
        {
            StartSpan(w, m.Start, m.End, m.Text);
            w.WriteString("type", MentionTypeCode(m.Type));
            w.WriteString("entity", s.EntityId(article.Id, m.Key));
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("times");
        foreach (var t in a.Times)
        {
            StartSpan(w, t.Start, t.End, t.Text);
            w.WriteString("type", TimeTypeCode(t.Type));
            w.WriteString("value", t.Value);
            w.WriteString("mod", t.Mod);
            w.WriteString("bound", BoundCode(t.Bound));
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("quotes");
        foreach (var q in a.Quotes)
        {
            StartSpan(w, q.Start, q.End, q.Text);
            w.WriteString("speaker", s.EntityId(article.Id, q.SpeakerKey));
            w.WriteString("speakerText", q.SpeakerText);
            w.WriteString("cue", q.Cue);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("quantities");
        foreach (var q in a.Quantities)
        {
            StartSpan(w, q.Start, q.End, q.Text);
            WriteNumber(w, "value", q.Value);
            w.WriteString("unit", q.Unit);
            w.WriteString("qualifier", q.Qualifier);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        // Additions (1.0.0): how an inferred date was found, and the article's dated claims.
        w.WriteString("publishedEvidence", a.PublishedEvidence);
        w.WriteStartArray("claims");
        foreach (var c in a.Claims)
        {
            w.WriteStartObject();
            w.WriteNumber("start", c.Start);
            w.WriteNumber("end", c.End);
            w.WriteString("topic", c.Topic);
            w.WriteString("value", c.Value);
            w.WriteBoolean("negated", c.Negated);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        // Addition (1.2.0): where an inferred date probably lies.
        if (a.PublishedWindow is { } window && SituationSections.IsInferred(a))
        {
            w.WriteStartObject("publishedWindow");
            w.WriteString("earliest", window.Earliest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteString("latest", window.Latest?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteEndObject();
        }
        else w.WriteNull("publishedWindow");
        // Addition (1.3.0): the language the source declared, null when Sitrep identified it.
        w.WriteString("declaredLanguage", article.DeclaredLanguage);
        // Addition (1.4.0): groups and offices named without a name, with their codes.
        w.WriteStartArray("agents");
        foreach (var g in a.Agents)
        {
            StartSpan(w, g.Start, g.End, g.Text);
            w.WriteString("actor", g.Code);
            w.WriteString("entity", g.ActorId is null ? null : s.EntityId(article.Id, "actor:" + g.ActorId));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        // Additions (1.4.0): every author the source names (`author` is the first), and the lead image.
        w.WriteStartArray("authors");
        foreach (var name in article.Authors) w.WriteStringValue(name);
        w.WriteEndArray();
        w.WriteString("image", article.Image);
        w.WriteEndObject();
    }

    private static void StartSpan(Utf8JsonWriter w, int start, int end, string text)
    {
        w.WriteStartObject();
        w.WriteNumber("start", start);
        w.WriteNumber("end", end);
        w.WriteString("text", text);
    }

    private static void WriteEntity(Utf8JsonWriter w, Entity e)
    {
        w.WriteStartObject();
        w.WriteString("id", e.Id);
        w.WriteString("name", e.Name);
        w.WriteString("type", MentionTypeCode(e.Type));
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
            WriteNumber(w, "lat", Math.Round(p.Lat, 5));
            WriteNumber(w, "lon", Math.Round(p.Lon, 5));
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

    /// <summary>JSON has no NaN or infinity: an unusable number is written as null rather than failing the whole report.</summary>
    private static void WriteNumber(Utf8JsonWriter w, string name, double value)
    {
        if (double.IsFinite(value)) w.WriteNumber(name, value);
        else w.WriteNull(name);
    }
}
