using Sitrep.Articles;
using Sitrep.Corpus.Situations;
using Sitrep.News.Documents;
using Sitrep.News.Places;

namespace Sitrep.Reports.Tests.Exports;

/// <summary>
/// A small fictional story written for the export tests: rebels shell the invented town of Marrowdorf (reported by two
/// outlets, with two death counts), a denial, a condemnation, a planned withdrawal, arrests in an invented Ohio town
/// and a march with no place. Events are set on the analyses directly, spans found in the text; places come from a
/// gazetteer of the story's own (real countries, invented towns and province).
/// </summary>
internal static class ExportSample
{
    public const string CourierText =
        "MARROWDORF — Rebels of the Sund Front shelled Marrowdorf on 3 May, killing 12 people, the regional governor said.\n\n" +
        "The Harbour\tGuard\nunits did not attack the depot.\n\n" +
        "The governor condemned the shelling.\n\n" +
        "The Sund Front will withdraw from the hills next week.";

    // A tab and a line break inside the sentence of the event, as a badly cleaned feed would leave them.
    public const string WireText =
        "Sund Front rebels shelled\tthe town of\nMarrowdorf on Friday, killing at least 14 people.\n\n" +
        "Officials gave no other details.";

    public const string LakeshoreText =
        "Police arrested 40 protesters in Lakeshore, Ohio, in June.\n\n" +
        "Hundreds of farmers marched through the valley.";

    public const string MarrowdorfSentence = "MARROWDORF — Rebels of the Sund Front shelled Marrowdorf on 3 May, killing 12 people, the regional governor said.";
    public const string WireSentence = "Sund Front rebels shelled\tthe town of\nMarrowdorf on Friday, killing at least 14 people.";

    public static readonly Place Germany = new("geonames:2921044", "Germany", "A.PCLI", "DE", "DEU", null, 51.5, 10.5, 82_000_000, null);
    public static readonly Place Sundland = new("geonames:900100", "Sundland", "A.ADM1", "DE", "DEU", "DE.17", 50.3, 9.4, 100_000, null);
    public static readonly Place Marrowdorf = new("geonames:900101", "Marrowdorf", "P.PPL", "DE", "DEU", "DE.17", 50.123456, 9.25, 12_000, null);
    public static readonly Place UnitedStates = new("geonames:6252001", "United States", "A.PCLI", "US", "USA", null, 39.8, -98.6, 330_000_000, null);
    public static readonly Place Ohio = new("geonames:5165418", "Ohio", "A.ADM1", "US", "USA", "US.OH", 40.25, -83.0, 11_000_000, null);
    public static readonly Place Lakeshore = new("geonames:900201", "Lakeshore", "P.PPL", "US", "USA", "US.OH", 41.5, -81.7, 9_000, null);

    public static Gazetteer Places()
    {
        var g = new Gazetteer();
        foreach (var p in new[] { Germany, Sundland, Marrowdorf, UnitedStates, Ohio, Lakeshore }) g.Add(p, []);
        return g;
    }

    public static readonly Article Courier = Article.Create("Rebels shell Marrowdorf", CourierText, new PartialDate(2024, 5, 4),
        url: "https://courier.example/marrowdorf-shelling", site: "Valley Courier");
    public static readonly Article Wire = Article.Create("Marrowdorf shelled", WireText, new PartialDate(2024, 5, 3),
        url: "https://wire.example/a1", site: "Wire Daily");
    public static readonly Article Lakeshore_ = Article.Create("Arrests in Lakeshore", LakeshoreText, new PartialDate(2024), path: "local/lakeshore.txt");

    public static ArticleAnalysis CourierAnalysis => new()
    {
        Article = Courier,
        Published = Courier.Published,
        Quantities = [Quantity(CourierText, "12 people", 12, "people", null)],
        Events =
        [
            Event(CourierText, MarrowdorfSentence, "shelled", "194", "fight with artillery and tanks", 4, -10, "ASSAULT",
                Actor(CourierText, "Rebels of the Sund Front", "DEUREB"), Actor(CourierText, "Marrowdorf", "DEU"),
                new PartialDate(2024, 5, 3), EventDateSource.Text, Place(CourierText, "Marrowdorf", Marrowdorf), EventModality.Reported),
            Event(CourierText, "The Harbour\tGuard\nunits did not attack the depot.", "attack", "190", "Use conventional military force", 4, -10, "ASSAULT",
                Actor(CourierText, "Harbour\tGuard\nunits", "DEUMIL"), null, new PartialDate(2024, 5, 4), EventDateSource.Article, null,
                EventModality.Asserted) with { Negated = true },
            Event(CourierText, "The governor condemned the shelling.", "condemned", "111", "Criticize or denounce", 3, -2, "ACCUSE",
                Actor(CourierText, "governor", "DEUGOV"), null, new PartialDate(2024, 5, 4), EventDateSource.Article, null, EventModality.Asserted),
            Event(CourierText, "The Sund Front will withdraw from the hills next week.", "withdraw", "0874", "Retreat or surrender militarily", 2, 10, "RETREAT",
                Actor(CourierText, "Sund Front", "DEUREB", 1), null, new PartialDate(2024, 5), EventDateSource.Text, null, EventModality.Planned),
        ],
    };

    public static ArticleAnalysis WireAnalysis => new()
    {
        Article = Wire,
        Published = Wire.Published,
        Quantities = [Quantity(WireText, "at least 14 people", 14, "people", "at least")],
        Events =
        [
            Event(WireText, WireSentence, "shelled", "194", "fight with artillery and tanks", 4, -10, "ASSAULT",
                Actor(WireText, "Sund Front rebels", "DEUREB"), Actor(WireText, "Marrowdorf", "DEU"),
                new PartialDate(2024, 5, 3), EventDateSource.Text, Place(WireText, "Marrowdorf", Marrowdorf), EventModality.Asserted),
        ],
    };

    public static ArticleAnalysis LakeshoreAnalysis => new()
    {
        Article = Lakeshore_,
        Published = Lakeshore_.Published,
        Quantities = [Quantity(LakeshoreText, "40 protesters", 40, "protesters", null)],
        Events =
        [
            Event(LakeshoreText, "Police arrested 40 protesters in Lakeshore, Ohio, in June.", "arrested", "173", "Arrest, detain, or charge with legal action", 4, -5, "COERCE",
                Actor(LakeshoreText, "Police", "USACOP"), Actor(LakeshoreText, "40 protesters", "USAOPP"),
                new PartialDate(2024, 6), EventDateSource.Text, Place(LakeshoreText, "Lakeshore", Lakeshore), EventModality.Asserted),
            Event(LakeshoreText, "Hundreds of farmers marched through the valley.", "marched", "141", "Demonstrate or rally", 4, -6.5, "PROTEST",
                Actor(LakeshoreText, "farmers", "USAAGR"), null, new PartialDate(2024), EventDateSource.Article, null, EventModality.Asserted),
        ],
    };

    public static IReadOnlyList<ArticleAnalysis> Analyses => [CourierAnalysis, WireAnalysis, LakeshoreAnalysis];

    public static Situation Build(IReadOnlyList<ArticleAnalysis>? analyses = null) => SituationBuilder.CreateDefault().Build(analyses ?? Analyses);

    public static Sitrep.Reports.Exports.ExportOptions Options(bool header = false) =>
        new() { Places = Places(), Now = new DateTimeOffset(2024, 7, 1, 12, 30, 45, TimeSpan.Zero), Header = header };

    private static (int Start, int End) Find(string text, string phrase, int occurrence = 0)
    {
        int at = -1;
        for (int i = 0; i <= occurrence; i++)
        {
            at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal);
            if (at < 0) throw new ArgumentException($"'{phrase}' ({occurrence}) not in the text");
        }
        return (at, at + phrase.Length);
    }

    private static EventActor Actor(string text, string words, string? code, int occurrence = 0)
    {
        var (s, e) = Find(text, words, occurrence);
        return new EventActor(s, e, words, null, null, code);
    }

    private static EventPlace Place(string text, string words, Place place, int occurrence = 0)
    {
        var (s, e) = Find(text, words, occurrence);
        return new EventPlace(s, e, words, place.Id);
    }

    private static Quantity Quantity(string text, string words, double value, string unit, string? qualifier)
    {
        var (s, e) = Find(text, words);
        return new Quantity(s, e, words, value, unit, qualifier);
    }

    public static Event Event(string text, string sentence, string trigger, string cameo, string name, int quad, double goldstein, string? plover,
        EventActor? source, EventActor? target, PartialDate? date, EventDateSource dateSource, EventPlace? place, EventModality modality)
    {
        var (s, e) = Find(text, sentence);
        int t = text.IndexOf(trigger, s, StringComparison.Ordinal);
        return new Event
        {
            Start = s, End = e, TriggerStart = t, TriggerEnd = t + trigger.Length, Trigger = trigger,
            Source = source, Target = target, Cameo = cameo, CameoName = name, Plover = plover, QuadClass = quad, Goldstein = goldstein,
            Date = date, DateSource = dateSource, Place = place, Modality = modality, Rule = $"test: {trigger}",
        };
    }
}
