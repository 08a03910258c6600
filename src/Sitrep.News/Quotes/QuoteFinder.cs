using Sitrep.News.Mentions;
using Sitrep.Nlp.Tokens;
using Sitrep.News.Documents;

namespace Sitrep.News.Quotes;

/// <summary>
/// Finds direct quotes and their speakers. Quotation marks are paired within a paragraph in order
/// of appearance, whatever their shape (machine-translated text often closes with an opening mark);
/// an unclosed quote runs to the paragraph's end. The speaker is found after the quote
/// ("..., said X" / "..., X said"), or before it in the same sentence ("X said: ..." /
/// "according to X, ..."); "he"/"she" refer to the last person named before the quote.
/// </summary>
public sealed class QuoteFinder
{
    private const int MinWords = 4;

    public List<Quote> Find(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions)
    {
        var quotes = new List<Quote>();
        foreach (var (open, close) in PairMarks(text))
        {
            int start = open + 1, end = close;
            while (start < end && char.IsWhiteSpace(text[start])) start++;
            while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
            if (CountWords(text, start, end) < MinWords) continue;
            var speaker = FindSpeaker(text, tokens, mentions, close + 1, open);
            quotes.Add(new Quote(start, end, text[start..end], speaker?.Key, speaker is null ? null : text[speaker.Start..speaker.End], speaker?.Cue));
        }
        return quotes;
    }

    private static bool IsMark(char c) => c is '“' or '”' or '"' or '«' or '»' or '„';

    /// <summary>
    /// Pairs quotation marks paragraph by paragraph: (position of the opening mark, position of the closing
    /// mark). A quote left open at a paragraph's end continues into the next paragraph when that one
    /// starts inside the quote (its first mark is a closing one), as long quotes are printed.
    /// </summary>
    private static IEnumerable<(int Open, int Close)> PairMarks(string text)
    {
        int paragraphStart = 0;
        int carried = -1;
        while (paragraphStart < text.Length)
        {
            int paragraphEnd = text.IndexOf("\n\n", paragraphStart, StringComparison.Ordinal);
            if (paragraphEnd < 0) paragraphEnd = text.Length;
            int open = -1;
            int first = text.IndexOfAny(['“', '”', '"', '«', '»', '„'], paragraphStart, paragraphEnd - paragraphStart);
            if (carried >= 0 && first >= 0 && text[first] is '”' or '»')
                open = carried;
            else if (carried >= 0)
                yield return (carried, LastNonSpace(text, paragraphStart));
            carried = -1;
            for (int i = first < 0 ? paragraphEnd : first; i < paragraphEnd; i++)
            {
                if (!IsMark(text[i])) continue;
                if (open < 0) open = i;
                else { yield return (open, i); open = -1; }
            }
            if (open >= 0) carried = open;
            paragraphStart = paragraphEnd + 2;
        }
        if (carried >= 0) yield return (carried, text.Length);
    }

    private static int LastNonSpace(string text, int end)
    {
        while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
        return end;
    }

    private static int CountWords(string text, int start, int end)
    {
        int words = 0;
        bool inWord = false;
        for (int i = start; i < end; i++)
        {
            bool letter = char.IsLetterOrDigit(text[i]);
            if (letter && !inWord) words++;
            inWord = letter;
        }
        return words;
    }

    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "they" };

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase) { "a", "an", "the", "one", "another", "this", "that", "his", "her", "its", "their" };

    private static readonly HashSet<string> Adverbs = new(StringComparer.OrdinalIgnoreCase) { "also", "then", "later", "further", "again", "previously", "earlier", "once" };

    private sealed record Speaker(int Start, int End, string? Key, string Cue);

    /// <summary>The speaker after the quote first ("..., said X" / "..., X said"), then before it in the same sentence.</summary>
    private static Speaker? FindSpeaker(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions, int after, int before)
    {
        int i = FirstTokenAtOrAfter(tokens, after);
        while (i < tokens.Count && tokens[i].Kind == TokenKind.Punctuation && text[tokens[i].Start] is ',' or '–' or '—' or '-') i++;
        if (i < tokens.Count && !LineBreakBetween(text, after, tokens[i].Start))
        {
            if (NameWords.IsSpeechVerb(tokens[i].Span(text)) && SubjectAfter(text, tokens, mentions, i + 1, before) is { } inverted)
                return inverted with { Cue = tokens[i].Text(text) };
            for (int v = i + 1; v < tokens.Count && v <= i + 6 && tokens[v].Kind == TokenKind.Word; v++)
                if (NameWords.IsSpeechVerb(tokens[v].Span(text)))
                    return SubjectBefore(text, tokens, mentions, i, v, before) is { } subject ? subject with { Cue = tokens[v].Text(text) } : null;
        }

        int q = LastTokenBefore(tokens, before);
        if (q < 0) return null;
        int sentenceStart = q;
        while (sentenceStart > 0 && !(tokens[sentenceStart - 1].Kind == TokenKind.Punctuation && text[tokens[sentenceStart - 1].Start] is '.' or '!' or '?')
               && !LineBreakBetween(text, tokens[sentenceStart - 1].End, tokens[sentenceStart].Start)) sentenceStart--;
        for (int v = q; v >= sentenceStart; v--)
        {
            var w = tokens[v].Span(text);
            if (w.Equals("according", StringComparison.OrdinalIgnoreCase) && v + 1 <= q && tokens[v + 1].Span(text).SequenceEqual("to"))
                return SubjectAfter(text, tokens, mentions, v + 2, before) is { } source ? source with { Cue = "according to" } : null;
            if (NameWords.IsSpeechVerb(w))
                return SubjectBefore(text, tokens, mentions, sentenceStart, v, before) is { } subject ? subject with { Cue = tokens[v].Text(text) } : null;
        }
        return null;
    }

    /// <summary>
    /// The subject of a speech verb at token <paramref name="verb"/>: the last person (else organisation)
    /// named between <paramref name="from"/> and the verb; else a pronoun right before it ("He also said");
    /// else a determiner phrase ("a NATO official", "the Russian diplomat").
    /// </summary>
    private static Speaker? SubjectBefore(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions, int from, int verb, int quoteOpen)
    {
        int lo = tokens[from].Start, hi = tokens[verb].Start;
        var named = mentions.Where(m => m.Start >= lo && m.End <= hi && m.Type != MentionType.Place).ToList();
        var chosen = named.LastOrDefault(m => m.Type == MentionType.Person) ?? named.LastOrDefault();
        if (chosen is not null && chosen.Type == MentionType.Organization && OrganizationMember(text, tokens, from, chosen, verb) is { } member)
            return member;
        if (chosen is not null) return new Speaker(chosen.Start, chosen.End, chosen.Key, "");

        int k = verb - 1;
        while (k >= from && Adverbs.Contains(tokens[k].Text(text))) k--;
        if (k >= from && Pronouns.Contains(tokens[k].Text(text)))
            return new Speaker(tokens[k].Start, tokens[k].End, LastPersonBefore(mentions, quoteOpen), "");
        for (int d = k; d >= from && d >= verb - 6; d--)
        {
            if (tokens[d].Kind != TokenKind.Word) break;
            if (Determiners.Contains(tokens[d].Text(text)))
                return new Speaker(tokens[d].Start, tokens[k].End, KeyInside(mentions, tokens[d].Start, tokens[k].End), "");
        }
        return null;
    }

    /// <summary>"a NATO official said": the speaker is the official, who speaks for the organisation named inside the phrase.</summary>
    private static Speaker? OrganizationMember(string text, IReadOnlyList<Token> tokens, int from, Mention org, int verb)
    {
        int after = FirstTokenAtOrAfter(tokens, org.End);
        int gap = verb - after;
        if (gap is < 1 or > 2) return null;
        for (int k = after; k < verb; k++)
            if (tokens[k].Kind != TokenKind.Word || char.IsUpper(text[tokens[k].Start])) return null;
        int det = FirstTokenAtOrAfter(tokens, org.Start) - 1;
        int start = det >= from && Determiners.Contains(tokens[det].Text(text)) ? tokens[det].Start : org.Start;
        return new Speaker(start, tokens[verb - 1].End, org.Key, "");
    }

    /// <summary>The speaker after an inverted verb or "according to": a name, or a determiner phrase up to the clause end.</summary>
    private static Speaker? SubjectAfter(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions, int from, int quoteOpen)
    {
        if (from >= tokens.Count) return null;
        var named = mentions.FirstOrDefault(m => m.Start == tokens[from].Start && m.Type != MentionType.Place);
        if (named is not null) return new Speaker(named.Start, named.End, named.Key, "");
        var first = tokens[from].Text(text);
        if (Pronouns.Contains(first)) return new Speaker(tokens[from].Start, tokens[from].End, LastPersonBefore(mentions, quoteOpen), "");
        if (!Determiners.Contains(first)) return null;
        int end = from;
        while (end + 1 < tokens.Count && end < from + 6 && tokens[end + 1].Kind == TokenKind.Word) end++;
        return new Speaker(tokens[from].Start, tokens[end].End, KeyInside(mentions, tokens[from].Start, tokens[end].End), "");
    }

    private static string? KeyInside(IReadOnlyList<Mention> mentions, int start, int end)
    {
        Mention? best = null;
        foreach (var m in mentions)
            if (m.Start >= start && m.End <= end && (best is null || Rank(m) > Rank(best))) best = m;
        return best?.Key;
    }

    private static string? LastPersonBefore(IReadOnlyList<Mention> mentions, int position)
    {
        for (int k = mentions.Count - 1; k >= 0; k--)
            if (mentions[k].End <= position && mentions[k].Type == MentionType.Person) return mentions[k].Key;
        return null;
    }

    private static int Rank(Mention m) => m.Type switch { MentionType.Person => 3, MentionType.Organization => 2, _ => 1 };

    private static int FirstTokenAtOrAfter(IReadOnlyList<Token> tokens, int position)
    {
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (tokens[mid].Start < position) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private static int LastTokenBefore(IReadOnlyList<Token> tokens, int position) => FirstTokenAtOrAfter(tokens, position) - 1;

    private static bool LineBreakBetween(string text, int from, int to)
    {
        for (int k = Math.Max(0, from); k < to && k < text.Length; k++)
            if (text[k] == '\n') return true;
        return false;
    }
}
