namespace Sitrep.Store.Sqlite;

/// <summary>
/// Turns what a user types into an FTS5 MATCH expression that cannot be a syntax error. Every
/// word becomes a quoted FTS5 string, so punctuation and operators in user input ("U.S.", "9/11",
/// "AND", "NEAR(") are searched as text; adjacent strings are AND-ed by FTS5. A "double-quoted
/// phrase" stays one phrase, and a word ending in * is a prefix ("afghan*").
/// </summary>
internal static class FtsQuery
{
    /// <summary>The MATCH expression, or null when the input holds nothing searchable.</summary>
    public static string? ToMatchExpression(string userQuery)
    {
        var terms = new List<string>();
        // SQLite reads a MATCH string only up to a NUL, which would leave a quoted term unterminated: a NUL separates words.
        var rest = userQuery.Replace('\0', ' ').AsSpan();
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
        return terms.Count == 0 ? null : string.Join(' ', terms);
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
        terms.Add(prefix ? $"\"{text}\" *" : $"\"{text}\"");
    }
}
