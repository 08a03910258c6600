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
        var article = AnalysisJson.ReadArticleFields(a, JsonFields.Date(a, "published"), "en");
        var window = AnalysisJson.ReadWindow(root);
        return new ArticleAnalysis
        {
            Article = article,
            Published = JsonFields.Date(root, "published"),
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

}
