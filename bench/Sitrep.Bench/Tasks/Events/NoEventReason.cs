using Sitrep.News.Documents;
using Sitrep.News.Events;

namespace Sitrep.Bench.Tasks.Events;

/// <summary>
/// Why an analysis holds no event, as far as the bench can tell from outside the coder (which codes only sentences that
/// name a participant — a mention or an agent — and hold a verb form of the dictionary or an event noun, and keeps an
/// event only when one side has an actor code): no participant; participants but none that can carry a code (names the
/// actor base does not know, agents without a country: "---GOV"); no dictionary word; or all of these present and still
/// nothing coded (the parse, the patterns or the argument positions failed).
/// </summary>
public static class NoEventReason
{
    public static string Of(ArticleAnalysis a, EventDictionary verbs, NounEvents nouns)
    {
        bool participant = a.Mentions.Count > 0 || a.Agents.Count > 0;
        bool coded = a.Agents.Any(g => !g.Code.StartsWith("---", StringComparison.Ordinal))
            || a.Mentions.Any(m => m.ActorId is not null || m.Key.StartsWith("place:geonames:", StringComparison.Ordinal));
        bool word = a.Keys.Any(k => verbs.IsVerb(k) || nouns.IsTrigger(k));
        if (!word) return participant ? "no dictionary verb or event noun" : "no participant, no dictionary verb or event noun";
        if (!participant) return "no participant found";
        if (!coded) return "participants, none with an actor code";
        return "coded participant and dictionary word, nothing coded";
    }
}
