using Sitrep.Corpus.Events;
using Sitrep.Corpus.Disagreements;
using Sitrep.Corpus.Entities;
using Sitrep.Corpus.Situations;
using Sitrep.Corpus.Timelines;
using Sitrep.Articles;
using Sitrep.News.Actors;
using Sitrep.News.Claims;
using Sitrep.News.Mentions;
using Sitrep.News.Pipeline;
using Sitrep.News.Quantities;
using Sitrep.News.Quotes;
using Sitrep.News.Times;
using Sitrep.News.Documents;

namespace Sitrep.Reports.Tests;

/// <summary>
/// A small, fictional situation written for these tests: two reports on a bridge in the invented
/// town of Lendport that disagree on when it reopens. Spans are found in the text, not typed by hand.
/// </summary>
internal static class SampleSituation
{
    public const string BridgeText =
        "LENDPORT — The Harbour Authority said on Monday that the Lendport bridge would reopen on 12 May.\n\n" +
        "\"We expect traffic back on the bridge by 12 May,\" Mara Quell told reporters. About 4,000 vehicles crossed it each day before the closure.\n\n" +
        "Quell added: \"The repairs cost more than $2 million.\"";

    public const string DelayText =
        "Engineers at the Harbour Authority now say the Lendport bridge may not reopen until June.\n" +
        "An unnamed engineer said: \"June is realistic.\" The closure has lasted six weeks.\n" +
        "\"Nobody told us,\" a sign on the barrier reads.";

    public const string DelayTitle = "Lendport | repairs <script>alert('x')</script> may slip";

    public static readonly Article Bridge = Article.Create("Harbour Authority says Lendport bridge will reopen in May", BridgeText,
        new PartialDate(2024, 3, 2), url: "https://news.example/lendport-bridge", site: "Valley Courier", author: "Ines Marrow");

    public static readonly Article Delay = Article.Create(DelayTitle, DelayText, path: "seeds/lendport-delay.txt");

    public static ArticleAnalysis BridgeAnalysis => new()
    {
        Article = Bridge,
        Published = new PartialDate(2024, 3, 2),
        Mentions =
        [
            Mention(BridgeText, "LENDPORT", 0, MentionType.Place, "place:geonames:9000001"),
            Mention(BridgeText, "Harbour Authority", 0, MentionType.Organization, "org:harbour authority"),
            Mention(BridgeText, "Lendport", 0, MentionType.Place, "place:geonames:9000001"),
            Mention(BridgeText, "Mara Quell", 0, MentionType.Person, "actor:mara-quell"),
            Mention(BridgeText, "Quell", 1, MentionType.Person, "actor:mara-quell"),
        ],
        Times =
        [
            Time(BridgeText, "on Monday", 0, TimeType.Date, "2024-02-26"),
            Time(BridgeText, "12 May", 0, TimeType.Date, "2024-05-12"),
            Time(BridgeText, "12 May", 1, TimeType.Date, "2024-05-12", "BEFORE") with { Bound = TimeBound.Deadline },
            Time(BridgeText, "each day", 0, TimeType.Set, "P1D"),
        ],
        Quotes =
        [
            Quote(BridgeText, "We expect traffic back on the bridge by 12 May,", "actor:mara-quell", "Mara Quell", "told"),
            Quote(BridgeText, "The repairs cost more than $2 million.", "actor:mara-quell", "Quell", "added"),
        ],
        Quantities =
        [
            Quantity(BridgeText, "About 4,000 vehicles", 4000, "vehicles", "about"),
            Quantity(BridgeText, "more than $2 million", 2e6, "USD", "more than"),
        ],
        Claims = [Claim(BridgeText, FirstSentence(BridgeText, "The Harbour Authority"), "bridge reopening", "2024-05-12")],
        Events = [Reopening(BridgeText, "The Harbour Authority", "reopen", "Harbour Authority", "org:harbour authority", "2024-03-02")],
    };

    public static ArticleAnalysis DelayAnalysis => new()
    {
        Article = Delay,
        Published = new PartialDate(2024, 3, 5),
        PublishedInferred = true,
        PublishedEvidence = "the last date in the text",
        Mentions =
        [
            Mention(DelayText, "Harbour Authority", 0, MentionType.Organization, "org:harbour authority"),
            Mention(DelayText, "Lendport", 0, MentionType.Place, "place:geonames:9000001"),
            Mention(DelayText, "Engineers", 0, MentionType.Organization, "org:engineers"),
        ],
        Times =
        [
            Time(DelayText, "June", 0, TimeType.Date, "2024-06"),
            Time(DelayText, "June", 1, TimeType.Date, "2024-06"),
            Time(DelayText, "six weeks", 0, TimeType.Duration, "P6W"),
        ],
        Quotes =
        [
            Quote(DelayText, "June is realistic.", null, "An unnamed engineer", "said"),
            Quote(DelayText, "Nobody told us,", null, null, null),
        ],
        Claims = [Claim(DelayText, FirstSentence(DelayText, "Engineers"), "bridge reopening", "2024-06")],
        Events = [Reopening(DelayText, "Engineers", "reopen", "Engineers", "org:engineers", "2024-03-05")],
        Agents = [new Agent(DelayText.IndexOf("unnamed engineer", StringComparison.Ordinal), DelayText.IndexOf("unnamed engineer", StringComparison.Ordinal) + 16, "unnamed engineer", "---BUS")],
    };

    public static readonly Entity Quell = new("mara-quell", "Mara Quell", MentionType.Person, ["Quell"], [Bridge.Id], null, "XYZGOV", 2,
        [new ActorRole("XYZGOV", new DateOnly(2020, 1, 1), null, "harbour master"), new ActorRole("XYZBUS", null, new DateOnly(2019, 12, 31))]);
    public static readonly Entity Authority = new("harbour-authority", "Harbour Authority", MentionType.Organization, [], [Bridge.Id, Delay.Id], null, null, 2);
    public static readonly Entity Lendport = new("lendport", "Lendport", MentionType.Place, ["LENDPORT"], [Bridge.Id, Delay.Id],
        new EntityPlace("geonames:9000001", "Lendport", "P.PPL", "XL", "01", 51.123456789, -3.5, null), null, 3);

    /// <summary>A planned reopening of the bridge at Lendport, as one article's sentence reports it (dated by the article).</summary>
    private static Event Reopening(string text, string sentenceStart, string trigger, string source, string sourceKey, string date)
    {
        var (start, end) = FirstSentence(text, sentenceStart);
        var (ts, te) = Find(text, trigger);
        var (ss, se) = Find(text, source);
        var (ps, pe) = Find(text, "Lendport");
        return new Event
        {
            Start = start, End = end, TriggerStart = ts, TriggerEnd = te, Trigger = trigger,
            Source = new EventActor(ss, se, source, sourceKey, null, "XYZGOV"),
            Target = new EventActor(ps, pe, "Lendport", "place:geonames:9000001", null, "XYZ"),
            Cameo = "0872", CameoName = "Ease military blockade", Plover = "RETREAT", PloverMode = "withdraw", PloverContext = "military",
            QuadClass = 2, Goldstein = 9,
            Date = PartialDate.TryParse(date, out var d) ? d : null, DateSource = EventDateSource.Article,
            Place = new EventPlace(ps, pe, "Lendport", "geonames:9000001"),
            Modality = EventModality.Planned, Rule = "verb 'reopen' (TEST)",
        };
    }

    /// <summary>The full sample: every section of every report has something to show.</summary>
    public static Situation Create() => Build([BridgeAnalysis, DelayAnalysis], [Authority, Lendport, Quell]);

    /// <summary>A situation with the given articles and entities and the sample's id map; timeline and disagreements only when asked.</summary>
    public static Situation Build(IReadOnlyList<ArticleAnalysis> articles, IReadOnlyList<Entity> entities,
        bool timeline = true, bool disagreements = true)
    {
        var ids = new Dictionary<(string Article, string Key), string>
        {
            [(Bridge.Id, "place:geonames:9000001")] = Lendport.Id,
            [(Bridge.Id, "org:harbour authority")] = Authority.Id,
            [(Bridge.Id, "actor:mara-quell")] = Quell.Id,
            [(Delay.Id, "org:harbour authority")] = Authority.Id,
            [(Delay.Id, "place:geonames:9000001")] = Lendport.Id,
        };
        var (bs, be) = FirstSentence(BridgeText, "The Harbour Authority");
        var (ds, de) = FirstSentence(DelayText, "Engineers");
        IReadOnlyList<TimelineEntry> entries = timeline
            ? [new("2024-05-12", BridgeText[bs..be], Bridge.Id, bs, be, "12 May"), new("2024-06", DelayText[ds..de], Delay.Id, ds, de, "June")]
            : [];
        IReadOnlyList<Disagreement> disputes = disagreements
            ? [new("bridge reopening", [
                new DisagreementValue("2024-05-12", Bridge.Id, "2024-03-02", BridgeText[bs..be], bs, be),
                new DisagreementValue("2024-06", Delay.Id, "2024-03-05", DelayText[ds..de], ds, de)])]
            : [];
        var events = EventMerger.Merge(articles, (article, key) => key is not null && ids.TryGetValue((article, key), out var id) ? id : null);
        return new Situation(articles, entities, ids, entries, disputes, events);
    }

    /// <summary>The span of the nth occurrence of <paramref name="phrase"/> in <paramref name="text"/>.</summary>
    public static (int Start, int End) Find(string text, string phrase, int nth = 0)
    {
        int at = -1;
        for (int i = 0; i <= nth; i++)
        {
            at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal);
            if (at < 0) throw new ArgumentException($"'{phrase}' #{nth} not in text");
        }
        return (at, at + phrase.Length);
    }

    /// <summary>From <paramref name="opening"/> to the end of its sentence, the full stop included.</summary>
    public static (int Start, int End) FirstSentence(string text, string opening)
    {
        var (start, _) = Find(text, opening);
        return (start, text.IndexOf('.', start) + 1);
    }

    private static Mention Mention(string text, string phrase, int nth, MentionType type, string key)
    {
        var (s, e) = Find(text, phrase, nth);
        return new Mention(s, e, phrase, type, key);
    }

    private static TimeExpression Time(string text, string phrase, int nth, TimeType type, string value, string? mod = null)
    {
        var (s, e) = Find(text, phrase, nth);
        return new TimeExpression(s, e, phrase, type, value, mod);
    }

    private static Quote Quote(string text, string words, string? speakerKey, string? speakerText, string? cue)
    {
        var (s, e) = Find(text, words);
        return new Quote(s, e, words, speakerKey, speakerText, cue);
    }

    private static Quantity Quantity(string text, string phrase, double value, string? unit, string? qualifier)
    {
        var (s, e) = Find(text, phrase);
        return new Quantity(s, e, phrase, value, unit, qualifier);
    }

    private static Claim Claim(string text, (int Start, int End) span, string topic, string value) =>
        new(span.Start, span.End, topic, value, text[span.Start..span.End], false);
}
