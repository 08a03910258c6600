using Sitrep.News.Times;
using Sitrep.Nlp.Tokens;
using Sitrep.News.Documents;

namespace Sitrep.News.Claims;

/// <summary>
/// Finds deadline claims: a sentence that names an event from a small lexicon (withdrawal, ceasefire,
/// election, handover, ...) and a date introduced by a deadline cue ("by", "until", "no later than",
/// "deadline"). The topic is the event and the place it concerns: the sentence's country, else the
/// country the article names most. Two articles giving different dates for one topic disagree.
/// </summary>
public sealed class DeadlineFinder
{
    private static readonly Dictionary<string, string> Events = new(StringComparer.OrdinalIgnoreCase)
    {
        ["withdraw"] = "withdrawal", ["withdraws"] = "withdrawal", ["withdrawn"] = "withdrawal", ["withdrawing"] = "withdrawal",
        ["withdrawal"] = "withdrawal", ["withdrew"] = "withdrawal", ["leave"] = "withdrawal", ["leaves"] = "withdrawal",
        ["pullout"] = "withdrawal", ["pull-out"] = "withdrawal", ["exit"] = "withdrawal",
        ["ceasefire"] = "ceasefire", ["truce"] = "ceasefire", ["election"] = "election", ["elections"] = "election", ["vote"] = "election",
        ["handover"] = "handover", ["evacuation"] = "evacuation", ["evacuate"] = "evacuation", ["evacuated"] = "evacuation",
    };

    private static readonly string[][] Cues =
    [
        ["by"], ["until"], ["till"], ["before"], ["no", "later", "than"], ["not", "later", "than"],
        ["completed", "on"], ["complete", "on"], ["end", "on"], ["ends", "on"], ["ended", "on"], ["finished", "on"], ["over", "on"],
    ];

    private static readonly HashSet<string> Negations = new(StringComparer.OrdinalIgnoreCase) { "not", "no", "never", "n't", "won't", "cannot" };

    public List<Claim> Find(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<TimeExpression> times, IReadOnlyList<Mention> mentions, Func<string, bool> isCountryKey)
    {
        var claims = new List<Claim>();
        string? mainCountry = mentions.Where(m => isCountryKey(m.Key)).GroupBy(m => m.Key)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.First().Start).Select(g => g.First().Text).FirstOrDefault();
        // Each sentence looks only at the expressions and mentions that start in it, not at the whole article's.
        var timesIn = BySentence(sentences, times, t => t.Start);
        List<Mention>?[]? mentionsIn = null;
        for (int k = 0; k < sentences.Count; k++)
        {
            var s = sentences[k];
            if (timesIn[k] is not { } inSentence) continue;
            var dated = inSentence.Where(t => t.Type == TimeType.Date && t.Start >= s.Start && t.End <= s.End && HasYear(t.Value)).ToList();
            if (dated.Count == 0) continue;
            string? ev = null;
            int evAt = -1;
            bool deadlineWord = false;
            for (int i = s.FirstToken; i < s.EndToken; i++)
            {
                var w = tokens[i].Text(text);
                if (ev is null && Events.TryGetValue(w, out var found)) { ev = found; evAt = i; }
                deadlineWord |= w.Equals("deadline", StringComparison.OrdinalIgnoreCase);
            }
            if (ev is null) continue;
            // Negation scopes over the event word only: "will not leave", "no complete withdrawal".
            bool negated = false;
            for (int i = Math.Max(s.FirstToken, evAt - 3); i < evAt; i++) negated |= Negations.Contains(tokens[i].Text(text));
            foreach (var t in dated)
            {
                if (!deadlineWord && !HasCueBefore(text, tokens, s, t.Start)) continue;
                mentionsIn ??= BySentence(sentences, mentions, m => m.Start);
                var place = mentionsIn[k]?.FirstOrDefault(m => m.Start >= s.Start && m.End <= s.End && isCountryKey(m.Key) && !IsActorSide(text, m))?.Text ?? mainCountry;
                var topic = place is null ? $"{ev} deadline" : $"{ev} deadline: {place}";
                claims.Add(new Claim(s.Start, s.End, topic, t.Value, text[s.Start..s.End], negated));
            }
        }
        return claims;
    }

    /// <summary>
    /// The items grouped by the sentence their start falls in (null: none), each group in the items' order.
    /// Sentences are in text order and do not overlap, so an item lies in no sentence but that one.
    /// </summary>
    private static List<T>?[] BySentence<T>(IReadOnlyList<Sentence> sentences, IReadOnlyList<T> items, Func<T, int> startOf)
    {
        var groups = new List<T>?[sentences.Count];
        foreach (var item in items)
        {
            int start = startOf(item), lo = 0, hi = sentences.Count;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (sentences[mid].Start <= start) lo = mid + 1;
                else hi = mid;
            }
            if (lo > 0) (groups[lo - 1] ??= []).Add(item);
        }
        return groups;
    }

    private static bool HasYear(string value) => value.Length >= 4 && char.IsDigit(value[0]) && char.IsDigit(value[3]) && !value.Contains('X');

    /// <summary>Words that may stand between a cue and the expression: "by the end of next April".</summary>
    private static readonly HashSet<string> CueFiller = new(StringComparer.OrdinalIgnoreCase) { "the", "end", "of", "beginning", "middle", "start", "close" };

    /// <summary>"US troops" names who withdraws, not where from: a country word right before a noun.</summary>
    private static bool IsActorSide(string text, Mention m) =>
        m.End + 1 < text.Length && text[m.End] == ' ' && char.IsLower(text[m.End + 1]);

    private static bool HasCueBefore(string text, IReadOnlyList<Token> tokens, Sentence s, int timeStart)
    {
        int t = s.FirstToken;
        while (t < s.EndToken && tokens[t].Start < timeStart) t++;
        foreach (var cue in Cues)
        {
            for (int back = 0; back <= 3; back++)
            {
                int at = t - cue.Length - back;
                if (at < s.FirstToken) break;
                if (back > 0 && !CueFiller.Contains(tokens[t - back].Text(text))) break;
                bool match = true;
                for (int k = 0; k < cue.Length && match; k++)
                    match = tokens[at + k].Text(text).Equals(cue[k], StringComparison.OrdinalIgnoreCase);
                if (match) return true;
            }
        }
        return false;
    }
}
