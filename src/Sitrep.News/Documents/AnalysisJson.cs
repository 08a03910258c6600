using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Sitrep.Articles;

namespace Sitrep.News.Documents;

/// <summary>
/// The one JSON form of an <see cref="ArticleAnalysis"/>: the article object of the public contract
/// (docs/schema.md), written field by field in the contract's order. The JSON report writes it with the
/// situation's entity ids; the store writes it with the article's own entity keys ("actor:joe-biden") in the
/// same fields, and reads it back. Layers the contract does not carry (names and toponyms before they are
/// merged, syntax) are not kept; tokens and sentences are recomputed from the text when asked for.
/// </summary>
public static class AnalysisJson
{
    /// <summary>Indented, non-ASCII text as itself: the output is a JSON document, never embedded in HTML.</summary>
    public static JsonWriterOptions Indented { get; } = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The store's form: compact, entity fields holding the article's own keys.</summary>
    public static string Serialize(ArticleAnalysis analysis)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Compact)) WriteArticle(w, analysis, key => key);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Reads what <see cref="Serialize"/> wrote.</summary>
    public static ArticleAnalysis Deserialize(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return ReadArticle(doc.RootElement);
    }

    /// <summary>
    /// Writes one article object. <paramref name="entityOf"/> turns an article-local entity key into the id the
    /// reader sees (null: not linked).
    /// </summary>
    public static void WriteArticle(Utf8JsonWriter w, ArticleAnalysis a, Func<string, string?> entityOf)
    {
        var article = a.Article;
        var published = a.PublicationDate;
        bool inferred = a.IsDateInferred;
        w.WriteStartObject();
        w.WriteString("id", article.Id);
        w.WriteString("path", article.Path);
        w.WriteString("url", article.Url);
        w.WriteString("title", article.Title);
        w.WriteString("published", published?.ToString());
        w.WriteBoolean("publishedInferred", inferred);
        w.WriteString("site", article.Site);
        w.WriteString("author", article.Author);
        w.WriteString("language", article.Language);
        w.WriteString("text", article.Text);

        w.WriteStartArray("mentions");
        foreach (var m in a.Mentions)
        {
            StartSpan(w, m.Start, m.End, m.Text);
            w.WriteString("type", MentionTypeCode(m.Type));
            w.WriteString("entity", entityOf(m.Key));
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
            w.WriteString("speaker", q.SpeakerKey is null ? null : entityOf(q.SpeakerKey));
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
        if (a.PublishedWindow is { } window && inferred)
        {
            w.WriteStartObject("publishedWindow");
            w.WriteString("earliest", Day(window.Earliest));
            w.WriteString("latest", window.Latest is { } latest ? Day(latest) : null);
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
            w.WriteString("entity", g.ActorId is null ? null : entityOf("actor:" + g.ActorId));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        // Additions (1.4.0): every author the source names (`author` is the first), and the lead image.
        w.WriteStartArray("authors");
        foreach (var name in article.Authors) w.WriteStringValue(name);
        w.WriteEndArray();
        w.WriteString("image", article.Image);
        // Addition (1.5.0): who did what to whom.
        w.WriteStartArray("events");
        foreach (var ev in a.Events) WriteEvent(w, ev, entityOf);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>One event object of the contract (docs/schema.md, "events").</summary>
    public static void WriteEvent(Utf8JsonWriter w, Event ev, Func<string, string?> entityOf)
    {
        w.WriteStartObject();
        w.WriteNumber("start", ev.Start);
        w.WriteNumber("end", ev.End);
        w.WriteStartObject("trigger");
        w.WriteNumber("start", ev.TriggerStart);
        w.WriteNumber("end", ev.TriggerEnd);
        w.WriteString("text", ev.Trigger);
        w.WriteEndObject();
        WriteEventActor(w, "source", ev.Source, entityOf);
        WriteEventActor(w, "target", ev.Target, entityOf);
        w.WriteString("cameo", ev.Cameo);
        w.WriteString("cameoName", ev.CameoName);
        w.WriteString("plover", ev.Plover);
        w.WriteString("ploverMode", ev.PloverMode);
        w.WriteString("ploverContext", ev.PloverContext);
        w.WriteNumber("quadClass", ev.QuadClass);
        WriteNumber(w, "goldstein", ev.Goldstein);
        w.WriteString("date", ev.Date?.ToString());
        w.WriteString("dateSource", DateSourceCode(ev.DateSource));
        w.WriteString("dateText", ev.DateText);
        if (ev.Place is { } place)
        {
            w.WriteStartObject("place");
            w.WriteNumber("start", place.Start);
            w.WriteNumber("end", place.End);
            w.WriteString("text", place.Text);
            w.WriteString("place", place.PlaceId);
            w.WriteEndObject();
        }
        else w.WriteNull("place");
        w.WriteBoolean("negated", ev.Negated);
        w.WriteString("modality", ModalityCode(ev.Modality));
        WriteEventActor(w, "reportedBy", ev.ReportedBy, entityOf);
        w.WriteString("rule", ev.Rule);
        w.WriteEndObject();
    }

    private static void WriteEventActor(Utf8JsonWriter w, string name, EventActor? p, Func<string, string?> entityOf)
    {
        if (p is null)
        {
            w.WriteNull(name);
            return;
        }
        w.WriteStartObject(name);
        w.WriteNumber("start", p.Start);
        w.WriteNumber("end", p.End);
        w.WriteString("text", p.Text);
        w.WriteString("entity", p.Key is null ? null : entityOf(p.Key));
        w.WriteString("actor", p.Code);
        w.WriteEndObject();
    }

    private static EventActor? ReadEventActor(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var p) || p.ValueKind != JsonValueKind.Object) return null;
        var key = JsonFields.String(p, "entity");
        return new EventActor(JsonFields.Int(p, "start"), JsonFields.Int(p, "end"), JsonFields.String(p, "text") ?? "", key,
            key is not null && key.StartsWith("actor:", StringComparison.Ordinal) ? key[6..] : null, JsonFields.String(p, "actor"));
    }

    private static Event ReadEvent(JsonElement e)
    {
        var trigger = e.GetProperty("trigger");
        EventPlace? place = e.TryGetProperty("place", out var p) && p.ValueKind == JsonValueKind.Object
            ? new EventPlace(JsonFields.Int(p, "start"), JsonFields.Int(p, "end"), JsonFields.String(p, "text") ?? "", JsonFields.String(p, "place") ?? "")
            : null;
        return new Event
        {
            Start = JsonFields.Int(e, "start"),
            End = JsonFields.Int(e, "end"),
            TriggerStart = JsonFields.Int(trigger, "start"),
            TriggerEnd = JsonFields.Int(trigger, "end"),
            Trigger = JsonFields.String(trigger, "text") ?? "",
            Source = ReadEventActor(e, "source"),
            Target = ReadEventActor(e, "target"),
            Cameo = JsonFields.String(e, "cameo") ?? throw new JsonException("an event needs its CAMEO code"),
            CameoName = JsonFields.String(e, "cameoName") ?? "",
            Plover = JsonFields.String(e, "plover"),
            PloverMode = JsonFields.String(e, "ploverMode"),
            PloverContext = JsonFields.String(e, "ploverContext"),
            QuadClass = JsonFields.Int(e, "quadClass"),
            Goldstein = e.TryGetProperty("goldstein", out var g) && g.ValueKind == JsonValueKind.Number ? g.GetDouble() : 0,
            Date = JsonFields.Date(e, "date"),
            DateSource = DateSourceOf(JsonFields.String(e, "dateSource")),
            DateText = JsonFields.String(e, "dateText"),
            Place = place,
            Negated = e.TryGetProperty("negated", out var n) && n.ValueKind == JsonValueKind.True,
            Modality = ModalityOf(JsonFields.String(e, "modality")),
            ReportedBy = ReadEventActor(e, "reportedBy"),
            Rule = JsonFields.String(e, "rule") ?? "",
        };
    }

    public static string DateSourceCode(EventDateSource source) => source switch
    {
        EventDateSource.Text => "text",
        EventDateSource.Article => "article",
        _ => "none",
    };

    private static EventDateSource DateSourceOf(string? code) => code switch
    {
        "text" => EventDateSource.Text,
        "article" => EventDateSource.Article,
        _ => EventDateSource.None,
    };

    public static string ModalityCode(EventModality m) => m switch
    {
        EventModality.Reported => "reported",
        EventModality.Planned => "planned",
        EventModality.Promised => "promised",
        EventModality.Threatened => "threatened",
        EventModality.Possible => "possible",
        _ => "asserted",
    };

    private static EventModality ModalityOf(string? code) => code switch
    {
        "reported" => EventModality.Reported,
        "planned" => EventModality.Planned,
        "promised" => EventModality.Promised,
        "threatened" => EventModality.Threatened,
        "possible" => EventModality.Possible,
        "asserted" or null => EventModality.Asserted,
        _ => throw new JsonException($"unknown event modality \"{code}\""),
    };

    /// <summary>Reads an article object written with the article's own keys as entity ids (the store's form).</summary>
    public static ArticleAnalysis ReadArticle(JsonElement e)
    {
        var published = JsonFields.Date(e, "published");
        bool inferred = e.TryGetProperty("publishedInferred", out var inf) && inf.GetBoolean();
        var article = ReadArticleFields(e, inferred ? null : published, "und");
        var window = ReadWindow(e);
        var text = article.Text;
        return new ArticleAnalysis
        {
            Article = article,
            Published = published,
            PublishedInferred = inferred,
            PublishedEvidence = JsonFields.String(e, "publishedEvidence"),
            PublishedWindow = window,
            Mentions = JsonFields.Array(e, "mentions").Select(m => Mention.Keyed(JsonFields.Int(m, "start"), JsonFields.Int(m, "end"), JsonFields.String(m, "text") ?? "",
                MentionTypeOf(JsonFields.String(m, "type")), JsonFields.String(m, "entity") ?? "")).ToList(),
            Times = JsonFields.Array(e, "times").Select(t => new TimeExpression(JsonFields.Int(t, "start"), JsonFields.Int(t, "end"), JsonFields.String(t, "text") ?? "",
                TimeTypeOf(JsonFields.String(t, "type")), JsonFields.String(t, "value") ?? "", JsonFields.String(t, "mod")) { Bound = BoundOf(JsonFields.String(t, "bound")) }).ToList(),
            Quotes = JsonFields.Array(e, "quotes").Select(q => new Quote(JsonFields.Int(q, "start"), JsonFields.Int(q, "end"), JsonFields.String(q, "text") ?? "",
                JsonFields.String(q, "speaker"), JsonFields.String(q, "speakerText"), JsonFields.String(q, "cue"))).ToList(),
            Quantities = JsonFields.Array(e, "quantities").Select(q => new Quantity(JsonFields.Int(q, "start"), JsonFields.Int(q, "end"), JsonFields.String(q, "text") ?? "",
                q.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : double.NaN,
                JsonFields.String(q, "unit"), JsonFields.String(q, "qualifier"))).ToList(),
            Claims = JsonFields.Array(e, "claims").Select(c => new Claim(JsonFields.Int(c, "start"), JsonFields.Int(c, "end"), JsonFields.String(c, "topic") ?? "", JsonFields.String(c, "value") ?? "",
                Slice(text, JsonFields.Int(c, "start"), JsonFields.Int(c, "end")), c.TryGetProperty("negated", out var n) && n.GetBoolean())).ToList(),
            Agents = JsonFields.Array(e, "agents").Select(g => new Agent(JsonFields.Int(g, "start"), JsonFields.Int(g, "end"), JsonFields.String(g, "text") ?? "", JsonFields.String(g, "actor") ?? "",
                JsonFields.String(g, "entity") is { } key && key.StartsWith("actor:", StringComparison.Ordinal) ? key[6..] : null)).ToList(),
            Events = JsonFields.Array(e, "events").Select(ReadEvent).ToList(),
        };
    }

    /// <summary>The article's own fields of an article object (this form's, and the older store form's "article").</summary>
    public static Article ReadArticleFields(JsonElement e, PartialDate? published, string languageIfMissing) => new()
    {
        Id = JsonFields.String(e, "id") ?? throw new JsonException("an article needs an id"),
        Path = JsonFields.String(e, "path"),
        Url = JsonFields.String(e, "url"),
        Title = JsonFields.String(e, "title") ?? "",
        Published = published,
        Site = JsonFields.String(e, "site"),
        Author = JsonFields.String(e, "author"),
        Authors = JsonFields.Array(e, "authors").Select(x => x.GetString() ?? "").ToList(),
        Image = JsonFields.String(e, "image"),
        Language = JsonFields.String(e, "language") ?? languageIfMissing,
        DeclaredLanguage = JsonFields.String(e, "declaredLanguage"),
        Text = JsonFields.String(e, "text") ?? "",
    };

    /// <summary>The "publishedWindow" object of <paramref name="e"/>, or null.</summary>
    public static PublicationWindow? ReadWindow(JsonElement e) =>
        e.TryGetProperty("publishedWindow", out var w) && w.ValueKind == JsonValueKind.Object
            ? new PublicationWindow(Day(JsonFields.String(w, "earliest")) ?? throw new JsonException("a window needs its earliest day"),
                Day(JsonFields.String(w, "latest")))
            : null;

    private static DateOnly? Day(string? iso) => iso is null ? null : DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string MentionTypeCode(MentionType type) => type switch
    {
        MentionType.Person => "PERSON",
        MentionType.Organization => "ORG",
        _ => "PLACE",
    };

    private static MentionType MentionTypeOf(string? code) => code switch
    {
        "PERSON" => MentionType.Person,
        "ORG" => MentionType.Organization,
        "PLACE" => MentionType.Place,
        _ => throw new JsonException($"unknown mention type \"{code}\""),
    };

    private static string TimeTypeCode(TimeType type) => type switch
    {
        TimeType.Date => "DATE",
        TimeType.Time => "TIME",
        TimeType.Duration => "DURATION",
        _ => "SET",
    };

    private static TimeType TimeTypeOf(string? code) => code switch
    {
        "DATE" => TimeType.Date,
        "TIME" => TimeType.Time,
        "DURATION" => TimeType.Duration,
        "SET" => TimeType.Set,
        _ => throw new JsonException($"unknown time type \"{code}\""),
    };

    private static string? BoundCode(TimeBound bound) => bound switch
    {
        TimeBound.RangeStart => "rangeStart",
        TimeBound.RangeEnd => "rangeEnd",
        TimeBound.Deadline => "deadline",
        _ => null,
    };

    private static TimeBound BoundOf(string? code) => code switch
    {
        "rangeStart" => TimeBound.RangeStart,
        "rangeEnd" => TimeBound.RangeEnd,
        "deadline" => TimeBound.Deadline,
        _ => TimeBound.None,
    };

    private static void StartSpan(Utf8JsonWriter w, int start, int end, string text)
    {
        w.WriteStartObject();
        w.WriteNumber("start", start);
        w.WriteNumber("end", end);
        w.WriteString("text", text);
    }

    /// <summary>JSON has no NaN or infinity: an unusable number is written as null rather than failing the whole report.</summary>
    public static void WriteNumber(Utf8JsonWriter w, string name, double value)
    {
        if (double.IsFinite(value)) w.WriteNumber(name, value);
        else w.WriteNull(name);
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Slice(string text, int start, int end) =>
        start >= 0 && end <= text.Length && start <= end ? text[start..end] : "";
}
