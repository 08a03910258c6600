namespace Sitrep.Store.Sqlite;

/// <summary>
/// Turns what a user types into an FTS5 MATCH expression that cannot be a syntax error. Every
/// word becomes a quoted FTS5 string, so punctuation and operators in user input ("U.S.", "9/11",
/// "AND", "NEAR(") are searched as text; adjacent strings are AND-ed by FTS5. A "double-quoted
/// phrase" stays one phrase, and a word ending in * is a prefix ("afghan*").
/// FTS5's ranking and snippets cost the square of the number of query terms, so a term repeated is kept once (an AND
/// of the same term twice means the same), and a query over <see cref="MaxTerms"/> terms, or with a phrase over
/// <see cref="MaxPhraseTokens"/> words, is refused with a reason rather than run for minutes.
/// </summary>
internal static class FtsQuery
{
    /// <summary>Most different words and phrases in one query.</summary>
    public const int MaxTerms = 32;

    /// <summary>Most words (as FTS5 splits them: runs of letters and digits) in one phrase or one word ("a-b-c" is three).</summary>
    public const int MaxPhraseTokens = 32;

    /// <summary>The MATCH expression, or null when the input holds nothing searchable.</summary>
    /// <exception cref="ArgumentException">The query is too long to run; the message says which limit and by how much.</exception>
    public static string? ToMatchExpression(string userQuery)
    {
        var terms = new List<string>();
        var rest = userQuery.AsSpan();
        while (!rest.IsEmpty)
        {
            int open = rest.IndexOf('"');
            int close = open < 0 ? -1 : rest[(open + 1)..].IndexOf('"');
            if (close < 0)
            {
                // No complete phrase left: a lone quote is just a separator between words.
                AddWords(rest, terms);
                break;
            }
            AddWords(rest[..open], terms);
            AddPhrase(rest.Slice(open + 1, close), prefix: false, terms);
            rest = rest[(open + close + 2)..];
        }
        var distinct = terms.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (distinct.Count > MaxTerms)
            throw new ArgumentException($"query too long: {distinct.Count} different words or phrases (at most {MaxTerms})");
        return distinct.Count == 0 ? null : string.Join(' ', distinct);
    }

    private static void AddWords(ReadOnlySpan<char> text, List<string> terms)
    {
        foreach (var range in text.SplitAny(" \t\r\n\""))
        {
            var word = text[range];
            bool prefix = word.Length > 1 && word[^1] == '*';
            AddPhrase(prefix ? word[..^1] : word, prefix, terms);
        }
    }

    private static void AddPhrase(ReadOnlySpan<char> text, bool prefix, List<string> terms)
    {
        // An input string never holds '"' (it splits on them), so quoting needs no escaping.
        // FTS5 drops punctuation inside the string: "*" or "--" is an empty phrase and matches nothing.
        text = text.Trim();
        if (text.IsEmpty) return;
        if (Tokens(text) is var tokens && tokens > MaxPhraseTokens)
            throw new ArgumentException($"query too long: a phrase of {tokens} words (at most {MaxPhraseTokens})");
        terms.Add(prefix ? $"\"{text}\" *" : $"\"{text}\"");
    }

    private static int Tokens(ReadOnlySpan<char> text)
    {
        int count = 0;
        bool inToken = false;
        foreach (char c in text)
        {
            bool part = char.IsLetterOrDigit(c) || c > 127 && !char.IsWhiteSpace(c) && !char.IsPunctuation(c);
            if (part && !inToken) count++;
            inToken = part;
        }
        return count;
    }
}
