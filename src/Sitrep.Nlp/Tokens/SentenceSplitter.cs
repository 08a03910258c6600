namespace Sitrep.Nlp.Tokens;

/// <summary>
/// Splits a token array into sentences. A sentence ends at . ! ? … (after any closing quotes or
/// brackets) when the next token can start a sentence, and always at a line break: news text uses
/// line breaks for paragraphs, headlines and bullets, which rarely end in punctuation. A run of more than
/// <see cref="MaxTokens"/> tokens without either is cut there.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>
    /// The most tokens a sentence may have. Text without full stops or line breaks (a scraped page run together,
    /// a transcript) would otherwise be one sentence as long as the document, and every step that reads a sentence
    /// whole — the names, a quote's speaker, the timeline and the claims, which show it — would cost the square of
    /// the document. The longest sentences of real news are far shorter: 355 tokens in Timeline17 (a table), 242 in
    /// BBC News, 86 in the seeds and in ECB+, 25 in Reuters-21578.
    /// </summary>
    public const int MaxTokens = 1000;

    public static Sentence[] Split(string text, IReadOnlyList<Token> tokens)
    {
        var sentences = new List<Sentence>(tokens.Count / 15 + 1);
        int first = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            bool last = i == tokens.Count - 1;
            bool boundary = last || LineBreakBetween(text, tokens[i].End, tokens[i + 1].Start);
            if (!boundary && IsTerminal(text, tokens[i]))
            {
                int j = i;
                while (j + 1 < tokens.Count && IsCloser(text, tokens[j + 1]) && !LineBreakBetween(text, tokens[j].End, tokens[j + 1].Start)) j++;
                if (j + 1 >= tokens.Count || CanStart(text, tokens[j + 1]) || LineBreakBetween(text, tokens[j].End, tokens[j + 1].Start))
                {
                    i = j;
                    boundary = true;
                }
            }
            else if (!boundary && tokens[i].Kind == TokenKind.Word && text[tokens[i].End - 1] == '.' && tokens[i].Length > 1)
            {
                // "U.S." or "etc." closing a sentence: only when a capitalized word follows that is not a name part.
                var word = text.AsSpan(tokens[i].Start, tokens[i].Length - 1);
                if (!Abbreviations.IsTitle(word) && !(word.Length == 1 && char.IsUpper(word[0])) && i + 1 < tokens.Count && IsSentenceStarter(text, tokens[i + 1]))
                    boundary = true;
            }

            boundary |= i - first + 1 >= MaxTokens;
            if (boundary)
            {
                sentences.Add(new Sentence(first, i - first + 1, tokens[first].Start, tokens[i].End));
                first = i + 1;
            }
        }
        return sentences.ToArray();
    }

    private static bool LineBreakBetween(string text, int from, int to)
    {
        for (int k = from; k < to; k++)
            if (text[k] == '\n' || text[k] == '\r' || text[k] == '\u2029') return true;
        return false;
    }

    private static bool IsTerminal(string text, Token t)
    {
        if (t.Kind != TokenKind.Punctuation) return false;
        char c = text[t.Start];
        return c is '.' or '!' or '?' or '…';
    }

    private static bool IsCloser(string text, Token t) =>
        t.Kind == TokenKind.Punctuation && t.Length == 1 && text[t.Start] is '"' or '”' or '’' or '\'' or ')' or ']' or '»';

    private static bool CanStart(string text, Token t)
    {
        char c = text[t.Start];
        return char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '‘' or '\'' or '(' or '[' or '«' or '–' or '—' or '-' or '•' or '$';
    }

    private static readonly HashSet<string> Starters = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "It", "He", "She", "They", "We", "I", "This", "That", "These", "Those", "But", "And", "In", "On",
        "At", "As", "For", "If", "When", "While", "After", "Before", "Meanwhile", "However", "There", "His", "Her", "Their",
    };

    private static bool IsSentenceStarter(string text, Token t) =>
        Starters.GetAlternateLookup<ReadOnlySpan<char>>().Contains(t.Span(text));
}
