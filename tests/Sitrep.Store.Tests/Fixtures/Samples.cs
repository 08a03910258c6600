using Sitrep.Articles;
using Sitrep.News.Claims;
using Sitrep.News.Mentions;
using Sitrep.News.Pipeline;
using Sitrep.News.Quantities;
using Sitrep.News.Quotes;
using Sitrep.News.Times;
using Sitrep.News.Documents;

namespace Sitrep.Store.Tests.Fixtures;

/// <summary>Fictional articles written for these tests, with analyses built by hand.</summary>
public static class Samples
{
    public const string FerryTitle = "Ferry link to Miren Island reopens after storm";

    public const string FerryText =
        "The ferry link between Kestrel Point and Miren Island reopened on Tuesday, March 4, 2025, three days after a storm damaged the pier. " +
        "\"We expect about 1,200 passengers a day by the end of the month,\" said Élise Marchand, director of the Varna Ferry Company. " +
        "The company said repairs cost more than $350,000. " +
        "Marchand said the service would not close again before April.";

    /// <summary>One article with every layer of the analysis filled.</summary>
    public static ArticleAnalysis Ferry()
    {
        const string text = FerryText;
        var article = Article.Create(FerryTitle, text, path: "harbour.txt", url: "https://example.org/varna/ferry",
            site: "Lake Varna Courier", author: "Jon Aasen");
        string quote = "We expect about 1,200 passengers a day by the end of the month,";
        return new ArticleAnalysis
        {
            Article = article,
            Published = new PartialDate(2025, 3, 4),
            PublishedInferred = true,
            PublishedEvidence = "latest explicit date \"Tuesday, March 4, 2025\"",
            Mentions =
            [
                Mention(text, "Kestrel Point", MentionType.Place, "place:gaz:101", placeId: "gaz:101"),
                Mention(text, "Miren Island", MentionType.Place, "place:gaz:102", placeId: "gaz:102"),
                Mention(text, "Élise Marchand", MentionType.Person, "person:élise marchand"),
                Mention(text, "Varna Ferry Company", MentionType.Organization, "actor:varna-ferry", actorId: "varna-ferry"),
                // The second "Marchand", the one followed by "said".
                Mention(text, "Marchand said", MentionType.Person, "person:élise marchand", length: "Marchand".Length),
            ],
            Times =
            [
                Time(text, "Tuesday, March 4, 2025", TimeType.Date, "2025-03-04"),
                Time(text, "three days", TimeType.Duration, "P3D"),
                Time(text, "the end of the month", TimeType.Date, "2025-03", "END"),
                Time(text, "April", TimeType.Date, "2025-04", "BEFORE"),
            ],
            Quantities =
            [
                new Quantity(At(text, "about 1,200 passengers"), End(text, "about 1,200 passengers"), "about 1,200 passengers", 1200, "passengers", "about"),
                new Quantity(At(text, "more than $350,000"), End(text, "more than $350,000"), "more than $350,000", 350_000, "USD", "more than"),
                new Quantity(At(text, "three"), End(text, "three"), "three", 3, null, null),
            ],
            Quotes = [new Quote(At(text, quote), End(text, quote), quote, "person:élise marchand", "Élise Marchand", "said")],
            Claims =
            [
                new Claim(At(text, "Marchand said the service"), text.Length, "when will the ferry service close again?", "2025-04",
                    "Marchand said the service would not close again before April.", Negated: true),
            ],
            Events =
            [
                new Event
                {
                    Start = 0, End = text.IndexOf(" \"We", StringComparison.Ordinal),
                    TriggerStart = At(text, "damaged"), TriggerEnd = End(text, "damaged"), Trigger = "damaged",
                    Source = null,
                    Target = new EventActor(At(text, "Kestrel Point"), End(text, "Kestrel Point"), "Kestrel Point", "place:gaz:101", null, "BUL"),
                    Cameo = "171", CameoName = "Seize or damage property", Plover = "COERCE", PloverMode = "seize", PloverContext = null,
                    QuadClass = 4, Goldstein = -9.2,
                    Date = new PartialDate(2025, 3, 1), DateSource = EventDateSource.Text, DateText = "three days",
                    Place = new EventPlace(At(text, "Kestrel Point"), End(text, "Kestrel Point"), "Kestrel Point", "gaz:101"),
                    Negated = false, Modality = EventModality.Asserted,
                    ReportedBy = new EventActor(At(text, "Élise Marchand"), End(text, "Élise Marchand"), "Élise Marchand", "person:élise marchand", null, null),
                    Rule = "verb 'damaged' (DAMAGE)",
                },
            ],
        };
    }

    /// <summary>A minimal analysis: the article, its date and the given names as mentions.</summary>
    public static ArticleAnalysis Simple(string path, string title, string text, string? published = null,
        params (string Text, string Key)[] mentions)
    {
        PartialDate? date = published is null ? null : Parse(published);
        return new ArticleAnalysis
        {
            Article = Article.Create(title, text, date, path),
            Published = date,
            Mentions = [.. mentions.Select(m => Mention(text, m.Text, MentionType.Organization, m.Key))],
        };
    }

    public static PartialDate Parse(string iso) =>
        PartialDate.TryParse(iso, out var date) ? date : throw new ArgumentException($"Not a date: {iso}", nameof(iso));

    private static Mention Mention(string text, string surface, MentionType type, string key,
        string? actorId = null, string? placeId = null, int? length = null)
    {
        int start = At(text, surface);
        int end = start + (length ?? surface.Length);
        return new Mention(start, end, text[start..end], type, key, actorId, placeId);
    }

    private static TimeExpression Time(string text, string surface, TimeType type, string value, string? mod = null) =>
        new(At(text, surface), End(text, surface), surface, type, value, mod);

    private static int At(string text, string surface)
    {
        int i = text.IndexOf(surface, StringComparison.Ordinal);
        return i >= 0 ? i : throw new ArgumentException($"\"{surface}\" is not in the text.");
    }

    private static int End(string text, string surface) => At(text, surface) + surface.Length;
}
