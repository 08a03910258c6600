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
        var byPosition = new MentionsByPosition(mentions);
        var cues = new CueBefore(text, tokens);
        foreach (var (open, close) in PairMarks(text))
        {
            int start = open + 1, end = close;
            while (start < end && char.IsWhiteSpace(text[start])) start++;
            while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
            if (CountWords(text, start, end) < MinWords) continue;
            var speaker = FindSpeaker(text, tokens, byPosition, cues, close + 1, open);
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
    private static Speaker? FindSpeaker(string text, IReadOnlyList<Token> tokens, MentionsByPosition mentions, CueBefore cues, int after, int before)
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
        // The cue nearest before the quote in its sentence: "according to" or a speech verb.
        var (sentenceStart, cue) = cues.At(q);
        if (cue < 0) return null;
        if (cues.IsAccordingTo(cue, q))
            return SubjectAfter(text, tokens, mentions, cue + 2, before) is { } source ? source with { Cue = "according to" } : null;
        return SubjectBefore(text, tokens, mentions, sentenceStart, cue, before) is { } subject2 ? subject2 with { Cue = tokens[cue].Text(text) } : null;
    }

    /// <summary>
    /// The search backwards from a quote for the start of its sentence and the nearest cue in it, remembered from
    /// one quote to the next: quotes come in text order, so a long sentence (a paragraph without full stops) is
    /// walked once rather than once for each of its quotes.
    /// </summary>
    private sealed class CueBefore(string text, IReadOnlyList<Token> tokens)
    {
        // The last answer: for token _q, its sentence's first token and the nearest cue at or before it (-1: none).
        private int _q = -1, _start, _cue;

        /// <summary>"according to" at token <paramref name="v"/>, with "to" still before the quote (at or before token <paramref name="q"/>).</summary>
        public bool IsAccordingTo(int v, int q) =>
            tokens[v].Span(text).Equals("according", StringComparison.OrdinalIgnoreCase) && v + 1 <= q && tokens[v + 1].Span(text).SequenceEqual("to");

        private bool IsCue(int v, int q) => IsAccordingTo(v, q) || NameWords.IsSpeechVerb(tokens[v].Span(text));

        /// <summary>A sentence starts at token k: the first token, or one after a full stop or a line break.</summary>
        private bool StartsSentence(int k) =>
            k == 0 || (tokens[k - 1].Kind == TokenKind.Punctuation && text[tokens[k - 1].Start] is '.' or '!' or '?')
            || LineBreakBetween(text, tokens[k - 1].End, tokens[k].Start);

        public (int SentenceStart, int Cue) At(int q)
        {
            if (q < _q) _q = -1;
            // Tokens after the last answer are new; before them, the last answer holds.
            int start = q;
            while (start > _q && !StartsSentence(start)) start--;
            bool sameSentence = _q >= 0 && start == _q && !StartsSentence(start);
            if (sameSentence) start = _start;
            int cue = -1;
            // In the same sentence only tokens from the last answer's on are new to look at ("according" at that token
            // may now have its "to" before the quote); the last answer's cue is the nearest before them.
            int stop = sameSentence ? _q : start;
            for (int v = q; v >= stop && cue < 0; v--)
                if (IsCue(v, q)) cue = v;
            if (cue < 0 && sameSentence) cue = _cue;
            (_q, _start, _cue) = (q, start, cue);
            return (start, cue);
        }
    }

    /// <summary>
    /// The subject of a speech verb at token <paramref name="verb"/>: the last person (else organisation)
    /// named between <paramref name="from"/> and the verb; else a pronoun right before it ("He also said");
    /// else a determiner phrase ("a NATO official", "the Russian diplomat").
    /// </summary>
    private static Speaker? SubjectBefore(string text, IReadOnlyList<Token> tokens, MentionsByPosition mentions, int from, int verb, int quoteOpen)
    {
        int lo = tokens[from].Start, hi = tokens[verb].Start;
        var named = mentions.Within(lo, hi).Where(m => m.Type != MentionType.Place).ToList();
        var chosen = named.LastOrDefault(m => m.Type == MentionType.Person) ?? named.LastOrDefault();
        if (chosen is not null && chosen.Type == MentionType.Organization && OrganizationMember(text, tokens, from, chosen, verb) is { } member)
            return member;
        if (chosen is not null) return new Speaker(chosen.Start, chosen.End, chosen.Key, "");

        int k = verb - 1;
        while (k >= from && Adverbs.Contains(tokens[k].Text(text))) k--;
        if (k >= from && Pronouns.Contains(tokens[k].Text(text)))
            return new Speaker(tokens[k].Start, tokens[k].End, mentions.LastPersonKeyEndingBy(quoteOpen), "");
        for (int d = k; d >= from && d >= verb - 6; d--)
        {
            if (tokens[d].Kind != TokenKind.Word) break;
            if (Determiners.Contains(tokens[d].Text(text)))
                return new Speaker(tokens[d].Start, tokens[k].End, mentions.KeyInside(tokens[d].Start, tokens[k].End), "");
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
    private static Speaker? SubjectAfter(string text, IReadOnlyList<Token> tokens, MentionsByPosition mentions, int from, int quoteOpen)
    {
        if (from >= tokens.Count) return null;
        var named = mentions.StartingAt(tokens[from].Start).FirstOrDefault(m => m.Type != MentionType.Place);
        if (named is not null) return new Speaker(named.Start, named.End, named.Key, "");
        var first = tokens[from].Text(text);
        if (Pronouns.Contains(first)) return new Speaker(tokens[from].Start, tokens[from].End, mentions.LastPersonKeyEndingBy(quoteOpen), "");
        if (!Determiners.Contains(first)) return null;
        int end = from;
        while (end + 1 < tokens.Count && end < from + 6 && tokens[end + 1].Kind == TokenKind.Word) end++;
        return new Speaker(tokens[from].Start, tokens[end].End, mentions.KeyInside(tokens[from].Start, tokens[end].End), "");
    }

    /// <summary>
    /// The article's mentions, looked up by position: by halving when they are in text order (the mentions layer is),
    /// else by a scan, so that each quote looks at the mentions around it rather than at the whole article's.
    /// </summary>
    private sealed class MentionsByPosition(IReadOnlyList<Mention> all)
    {
        private readonly bool _inTextOrder = Enumerable.Range(1, Math.Max(0, all.Count - 1)).All(k => all[k - 1].Start <= all[k].Start);
        private List<Mention>? _persons;
        private bool _personsEndInOrder;

        /// <summary>The mentions inside [start, end), in the list's order.</summary>
        public IEnumerable<Mention> Within(int start, int end)
        {
            if (!_inTextOrder)
            {
                foreach (var m in all)
                    if (m.Start >= start && m.End <= end) yield return m;
                yield break;
            }
            // A mention starting after the end cannot end by it.
            for (int k = FirstStartingAtOrAfter(start); k < all.Count && all[k].Start <= end; k++)
                if (all[k].End <= end) yield return all[k];
        }

        /// <summary>The mentions starting at a position, in the list's order.</summary>
        public IEnumerable<Mention> StartingAt(int position)
        {
            if (!_inTextOrder)
            {
                foreach (var m in all)
                    if (m.Start == position) yield return m;
                yield break;
            }
            for (int k = FirstStartingAtOrAfter(position); k < all.Count && all[k].Start == position; k++)
                yield return all[k];
        }

        private int FirstStartingAtOrAfter(int position)
        {
            int lo = 0, hi = all.Count;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (all[mid].Start < position) lo = mid + 1; else hi = mid;
            }
            return lo;
        }

        /// <summary>The key of the highest-ranked mention inside [start, end) (the first of equal rank).</summary>
        public string? KeyInside(int start, int end)
        {
            Mention? best = null;
            foreach (var m in Within(start, end))
                if (best is null || Rank(m) > Rank(best)) best = m;
            return best?.Key;
        }

        /// <summary>The key of the last person (in the list's order) ending at or before a position.</summary>
        public string? LastPersonKeyEndingBy(int position)
        {
            if (_persons is null)
            {
                _persons = all.Where(m => m.Type == MentionType.Person).ToList();
                _personsEndInOrder = Enumerable.Range(1, Math.Max(0, _persons.Count - 1)).All(k => _persons[k - 1].End <= _persons[k].End);
            }
            if (!_personsEndInOrder)
            {
                for (int k = _persons.Count - 1; k >= 0; k--)
                    if (_persons[k].End <= position) return _persons[k].Key;
                return null;
            }
            // Ends in order: the persons ending by the position are a prefix, and the last of it is the answer.
            int lo = 0, hi = _persons.Count;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (_persons[mid].End <= position) lo = mid + 1; else hi = mid;
            }
            return lo > 0 ? _persons[lo - 1].Key : null;
        }
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
