using System.Globalization;
using System.Text.Json;
using Sitrep.Articles;
using Sitrep.News.Documents;

namespace Sitrep.Store.Json;

/// <summary>
/// Reads the analysis rows that Sitrep 1.4 and earlier wrote: the analysis record's properties in camelCase,
/// the article as an object of its own, enums by their names ("Person", "Date"), null members left out.
/// Nothing writes this form any more; it is read so that an older database keeps working.
/// </summary>
internal static class LegacyAnalysisJson
{
    public static ArticleAnalysis Read(JsonElement root)
    {
        var a = root.GetProperty("article");
        var article = new Article
        {
            Id = JsonFields.String(a, "id") ?? throw new JsonException("an article needs an id"),
            Path = JsonFields.String(a, "path"),
            Url = JsonFields.String(a, "url"),
            Title = JsonFields.String(a, "title") ?? "",
            Published = Date(a, "published"),
            Site = JsonFields.String(a, "site"),
            Author = JsonFields.String(a, "author"),
            Authors = JsonFields.Array(a, "authors").Select(x => x.GetString() ?? "").ToList(),
            Image = JsonFields.String(a, "image"),
            Language = JsonFields.String(a, "language") ?? "en",
            DeclaredLanguage = JsonFields.String(a, "declaredLanguage"),
            Text = JsonFields.String(a, "text") ?? "",
        };
        PublicationWindow? window = null;
        if (root.TryGetProperty("publishedWindow", out var w) && w.ValueKind == JsonValueKind.Object)
            window = new PublicationWindow(Day(w, "earliest")!.Value, Day(w, "latest"));
        return new ArticleAnalysis
        {
            Article = article,
            Published = Date(root, "published"),
            PublishedInferred = root.TryGetProperty("publishedInferred", out var inferred) && inferred.GetBoolean(),
            PublishedEvidence = JsonFields.String(root, "publishedEvidence"),
            PublishedWindow = window,
            Mentions = JsonFields.Array(root, "mentions").Select(m => new Mention(JsonFields.Int(m, "start"), JsonFields.Int(m, "end"), JsonFields.String(m, "text") ?? "",
                Enum<MentionType>(m, "type"), JsonFields.String(m, "key") ?? "", JsonFields.String(m, "actorId"), JsonFields.String(m, "placeId"))).ToList(),
            Times = JsonFields.Array(root, "times").Select(t => new TimeExpression(JsonFields.Int(t, "start"), JsonFields.Int(t, "end"), JsonFields.String(t, "text") ?? "",
                Enum<TimeType>(t, "type"), JsonFields.String(t, "value") ?? "", JsonFields.String(t, "mod")) { Bound = Enum<TimeBound>(t, "bound") }).ToList(),
            Quantities = JsonFields.Array(root, "quantities").Select(q => new Quantity(JsonFields.Int(q, "start"), JsonFields.Int(q, "end"), JsonFields.String(q, "text") ?? "",
                Number(q, "value"), JsonFields.String(q, "unit"), JsonFields.String(q, "qualifier"))).ToList(),
            Quotes = JsonFields.Array(root, "quotes").Select(q => new Quote(JsonFields.Int(q, "start"), JsonFields.Int(q, "end"), JsonFields.String(q, "text") ?? "",
                JsonFields.String(q, "speakerKey"), JsonFields.String(q, "speakerText"), JsonFields.String(q, "cue"))).ToList(),
            Claims = JsonFields.Array(root, "claims").Select(c => new Claim(JsonFields.Int(c, "start"), JsonFields.Int(c, "end"), JsonFields.String(c, "topic") ?? "",
                JsonFields.String(c, "value") ?? "", JsonFields.String(c, "text") ?? "", c.TryGetProperty("negated", out var n) && n.GetBoolean())).ToList(),
            Agents = JsonFields.Array(root, "agents").Select(g => new Agent(JsonFields.Int(g, "start"), JsonFields.Int(g, "end"), JsonFields.String(g, "text") ?? "",
                JsonFields.String(g, "code") ?? "", JsonFields.String(g, "actorId"))).ToList(),
        };
    }

    /// <summary>A number, or the named literals "NaN" and "Infinity" the old form allowed.</summary>
    private static double Number(JsonElement e, string name) =>
        !e.TryGetProperty(name, out var v) ? double.NaN
        : v.ValueKind == JsonValueKind.Number ? v.GetDouble()
        : double.TryParse(v.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : double.NaN;

    private static T Enum<T>(JsonElement e, string name) where T : struct, Enum =>
        JsonFields.String(e, name) is { } s && System.Enum.TryParse<T>(s, out var value) ? value : default;

    private static PartialDate? Date(JsonElement e, string name) =>
        JsonFields.String(e, name) is { } s ? PartialDate.TryParse(s, out var d) ? d : throw new JsonException($"not an ISO partial date: \"{s}\"") : null;

    private static DateOnly? Day(JsonElement e, string name) =>
        JsonFields.String(e, name) is { } s ? DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
}
