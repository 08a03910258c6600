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
            Id = String(a, "id") ?? throw new JsonException("an article needs an id"),
            Path = String(a, "path"),
            Url = String(a, "url"),
            Title = String(a, "title") ?? "",
            Published = Date(a, "published"),
            Site = String(a, "site"),
            Author = String(a, "author"),
            Authors = Array(a, "authors").Select(x => x.GetString() ?? "").ToList(),
            Image = String(a, "image"),
            Language = String(a, "language") ?? "en",
            DeclaredLanguage = String(a, "declaredLanguage"),
            Text = String(a, "text") ?? "",
        };
        PublicationWindow? window = null;
        if (root.TryGetProperty("publishedWindow", out var w) && w.ValueKind == JsonValueKind.Object)
            window = new PublicationWindow(Day(w, "earliest")!.Value, Day(w, "latest"));
        return new ArticleAnalysis
        {
            Article = article,
            Published = Date(root, "published"),
            PublishedInferred = root.TryGetProperty("publishedInferred", out var inferred) && inferred.GetBoolean(),
            PublishedEvidence = String(root, "publishedEvidence"),
            PublishedWindow = window,
            Mentions = Array(root, "mentions").Select(m => new Mention(Int(m, "start"), Int(m, "end"), String(m, "text") ?? "",
                Enum<MentionType>(m, "type"), String(m, "key") ?? "", String(m, "actorId"), String(m, "placeId"))).ToList(),
            Times = Array(root, "times").Select(t => new TimeExpression(Int(t, "start"), Int(t, "end"), String(t, "text") ?? "",
                Enum<TimeType>(t, "type"), String(t, "value") ?? "", String(t, "mod")) { Bound = Enum<TimeBound>(t, "bound") }).ToList(),
            Quantities = Array(root, "quantities").Select(q => new Quantity(Int(q, "start"), Int(q, "end"), String(q, "text") ?? "",
                Number(q, "value"), String(q, "unit"), String(q, "qualifier"))).ToList(),
            Quotes = Array(root, "quotes").Select(q => new Quote(Int(q, "start"), Int(q, "end"), String(q, "text") ?? "",
                String(q, "speakerKey"), String(q, "speakerText"), String(q, "cue"))).ToList(),
            Claims = Array(root, "claims").Select(c => new Claim(Int(c, "start"), Int(c, "end"), String(c, "topic") ?? "",
                String(c, "value") ?? "", String(c, "text") ?? "", c.TryGetProperty("negated", out var n) && n.GetBoolean())).ToList(),
            Agents = Array(root, "agents").Select(g => new Agent(Int(g, "start"), Int(g, "end"), String(g, "text") ?? "",
                String(g, "code") ?? "", String(g, "actorId"))).ToList(),
        };
    }

    private static string? String(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static int Int(JsonElement e, string name) => e.GetProperty(name).GetInt32();

    /// <summary>A number, or the named literals "NaN" and "Infinity" the old form allowed.</summary>
    private static double Number(JsonElement e, string name) =>
        !e.TryGetProperty(name, out var v) ? double.NaN
        : v.ValueKind == JsonValueKind.Number ? v.GetDouble()
        : double.TryParse(v.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : double.NaN;

    private static T Enum<T>(JsonElement e, string name) where T : struct, Enum =>
        String(e, name) is { } s && System.Enum.TryParse<T>(s, out var value) ? value : default;

    private static PartialDate? Date(JsonElement e, string name) =>
        String(e, name) is { } s ? PartialDate.TryParse(s, out var d) ? d : throw new JsonException($"not an ISO partial date: \"{s}\"") : null;

    private static DateOnly? Day(JsonElement e, string name) =>
        String(e, name) is { } s ? DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

    private static IEnumerable<JsonElement> Array(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray() : [];
}
