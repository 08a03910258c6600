using Sitrep.News.Mentions;
using Sitrep.Nlp.Tokens;

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

    public List<Quote> Find(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<Mention> mentions)
    {
        var quotes = new List<Quote>();
        foreach (var (open, close) in PairMarks(text))
        {
            int start = open + 1, end = close;
            while (start < end && char.IsWhiteSpace(text[start])) start++;
            while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
            if (CountWords(text, start, end) < MinWords) continue;
            var (speakerStart, speakerEnd, cue) = FindSpeaker(text, tokens, close + 1, open);
            string? speakerText = speakerStart < speakerEnd ? text[speakerStart..speakerEnd] : null;
            string? key = speakerText is null ? null : SpeakerKey(speakerStart, speakerEnd, speakerText, open, mentions);
            quotes.Add(new Quote(start, end, text[start..end], key, speakerText, cue));
        }
        return quotes;
    }

    private static bool IsMark(char c) => c is '“' or '”' or '"' or '«' or '»' or '„';

    /// <summary>Pairs quotation marks paragraph by paragraph: (position of opening mark, position of closing mark).</summary>
    private static IEnumerable<(int Open, int Close)> PairMarks(string text)
    {
        int paragraphStart = 0;
        while (paragraphStart < text.Length)
        {
            int paragraphEnd = text.IndexOf("\n\n", paragraphStart, StringComparison.Ordinal);
            if (paragraphEnd < 0) paragraphEnd = text.Length;
            int open = -1;
            for (int i = paragraphStart; i < paragraphEnd; i++)
            {
                if (!IsMark(text[i])) continue;
                if (open < 0) open = i;
                else { yield return (open, i); open = -1; }
            }
            if (open >= 0) yield return (open, paragraphEnd);
            paragraphStart = paragraphEnd + 2;
        }
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

    private static readonly string[] Pronouns = ["he", "she", "they", "He", "She", "They"];

    /// <summary>The speaker phrase span and the cue verb, looked for after the quote first, then before it.</summary>
    private static (int Start, int End, string? Cue) FindSpeaker(string text, IReadOnlyList<Token> tokens, int after, int before)
    {
        int i = FirstTokenAtOrAfter(tokens, after);
        // Skip the punctuation right after the closing mark: ", said X" / ". X said" is not allowed across a full stop.
        while (i < tokens.Count && tokens[i].Kind == TokenKind.Punctuation && text[tokens[i].Start] is ',' or '–' or '—' or '-') i++;
        if (i < tokens.Count && !LineBreakBetween(text, after, tokens[i].Start))
        {
            var w = tokens[i].Text(text);
            if (NameWords.IsSpeechVerb(w))
            {
                int end = PhraseEnd(text, tokens, i + 1);
                if (end > i + 1) return (tokens[i + 1].Start, tokens[end - 1].End, w);
            }
            int verb = i;
            while (verb < tokens.Count && verb < i + 7 && tokens[verb].Kind == TokenKind.Word && !NameWords.IsSpeechVerb(tokens[verb].Text(text))) verb++;
            if (verb > i && verb < tokens.Count && verb < i + 7 && NameWords.IsSpeechVerb(tokens[verb].Text(text)))
                return (tokens[i].Start, tokens[verb - 1].End, tokens[verb].Text(text));
        }

        // Before the quote, in the same sentence: "X said on Wednesday on his page:" / "according to X,".
        int q = LastTokenBefore(tokens, before);
        if (q < 0) return (0, 0, null);
        int sentenceStart = q;
        while (sentenceStart > 0 && !(tokens[sentenceStart - 1].Kind == TokenKind.Punctuation && text[tokens[sentenceStart - 1].Start] is '.' or '!' or '?')
               && !LineBreakBetween(text, tokens[sentenceStart - 1].End, tokens[sentenceStart].Start)) sentenceStart--;
        for (int v = q; v >= sentenceStart; v--)
        {
            var w = tokens[v].Text(text);
            if (w.Equals("according", StringComparison.OrdinalIgnoreCase) && v + 2 <= q && tokens[v + 1].Text(text) == "to")
            {
                int end = PhraseEnd(text, tokens, v + 2);
                if (end > v + 2) return (tokens[v + 2].Start, tokens[end - 1].End, "according to");
            }
            if (!NameWords.IsSpeechVerb(w)) continue;
            int subjectEnd = v;
            int subjectStart = v;
            while (subjectStart > sentenceStart && tokens[subjectStart - 1].Kind == TokenKind.Word && v - subjectStart < 6) subjectStart--;
            if (subjectStart < subjectEnd) return (tokens[subjectStart].Start, tokens[subjectEnd - 1].End, w);
        }
        return (0, 0, null);
    }

    /// <summary>End (exclusive token index) of a speaker phrase: words and inner commas of an apposition up to the clause end.</summary>
    private static int PhraseEnd(string text, IReadOnlyList<Token> tokens, int from)
    {
        int i = from;
        while (i < tokens.Count && i < from + 8 && (tokens[i].Kind == TokenKind.Word || text[tokens[i].Start] is '-' or '’' or '\'')) i++;
        return i;
    }

    private static string? SpeakerKey(int start, int end, string speakerText, int quoteOpen, IReadOnlyList<Mention> mentions)
    {
        Mention? best = null;
        foreach (var m in mentions)
            if (m.Start >= start && m.End <= end && (best is null || Rank(m) > Rank(best))) best = m;
        if (best is not null) return best.Key;
        if (Array.IndexOf(Pronouns, speakerText.Split(' ')[0]) >= 0)
        {
            for (int k = mentions.Count - 1; k >= 0; k--)
                if (mentions[k].End <= quoteOpen && mentions[k].Type == MentionType.Person) return mentions[k].Key;
        }
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
