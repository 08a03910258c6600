namespace Sitrep.Nlp.Tokens;

/// <summary>
/// A rule tokenizer for news English that works on spans of the original text: every token
/// points back into it. Keeps together what news writes as one unit: abbreviations (U.S., Gen.),
/// numbers with separators (2,350; 3.5), numeric dates (9/11, 7/22/2021), ordinals (20th), URLs,
/// e-mails, hashtags, hyphenated and apostrophe names (Sar-e Pul, O'Neill). Splits the possessive
/// 's and clitics (n't) off, as Penn Treebank does.
/// </summary>
public static class Tokenizer
{
    public static Token[] Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5 + 4);
        Tokenize(text, tokens);
        return tokens.ToArray();
    }

    public static void Tokenize(string text, List<Token> tokens)
    {
        int i = 0, n = text.Length;
        while (i < n)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c)) { i++; continue; }

            int end;
            if ((end = MatchUrl(text, i)) > i) { tokens.Add(new Token(i, end, TokenKind.Url)); i = end; continue; }
            if ((end = MatchEmail(text, i)) > i) { tokens.Add(new Token(i, end, TokenKind.Email)); i = end; continue; }
            if (char.IsDigit(c)) { end = MatchNumber(text, i); tokens.Add(new Token(i, end, TokenKind.Number)); i = end; continue; }
            if (char.IsLetter(c) || ((c == '#' || c == '@') && i + 1 < n && char.IsLetterOrDigit(text[i + 1])))
            {
                i = AddWord(text, i, tokens);
                continue;
            }
            if (c == '.' && i + 2 < n && text[i + 1] == '.' && text[i + 2] == '.')
            {
                end = i + 3;
                while (end < n && text[end] == '.') end++;
                tokens.Add(new Token(i, end, TokenKind.Punctuation)); i = end; continue;
            }
            if (c == '-' && i + 1 < n && text[i + 1] == '-')
            {
                end = i + 2;
                while (end < n && text[end] == '-') end++;
                tokens.Add(new Token(i, end, TokenKind.Punctuation)); i = end; continue;
            }
            var kind = char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
            int len = char.IsSurrogatePair(text, i) ? 2 : 1;
            tokens.Add(new Token(i, i + len, kind));
            i += len;
        }
    }

    private static bool IsApostrophe(char c) => c == '\'' || c == '’';

    private static bool IsHyphen(char c) => c == '-' || c == '‐';

    private static int AddWord(string text, int start, List<Token> tokens)
    {
        int n = text.Length;
        int i = start + 1;
        while (i < n)
        {
            char c = text[i];
            if (char.IsLetterOrDigit(c) || c == '\u00AD' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark) { i++; continue; }
            // Internal hyphen or apostrophe joins letters: Sar-e, O'Neill, al-Qaeda.
            if ((IsHyphen(c) || IsApostrophe(c)) && i + 1 < n && char.IsLetter(text[i + 1]))
            {
                if (IsApostrophe(c) && IsCliticAt(text, i)) break;
                // n't is a word of its own, as in the treebanks: "don't" → "do" "n't".
                if (IsApostrophe(c) && IsNegationAt(text, i) && i - 1 > start)
                {
                    tokens.Add(new Token(start, i - 1, TokenKind.Word));
                    tokens.Add(new Token(i - 1, i + 2, TokenKind.Word));
                    return i + 2;
                }
                i++;
                continue;
            }
            break;
        }

        // Abbreviations with internal periods: U.S., U.N., e.g.
        if (i < n && text[i] == '.')
        {
            int j = i;
            // One letter so far, or a hyphenated word ending in one: "U.S.", "R-S.C.".
            bool dotted = i - start == 1 || (i - start >= 3 && IsHyphen(text[i - 2]) && char.IsLetter(text[i - 1]));
            while (dotted && j + 2 < n && char.IsLetter(text[j + 1]) && text[j + 2] == '.') j += 2;
            if (dotted && j > i) { tokens.Add(new Token(start, j + 1, TokenKind.Word)); return j + 1; }
            if (i - start == 1 && char.IsUpper(text[start]) && (i + 1 >= n || text[i + 1] == ' ') && i + 2 < n && char.IsUpper(text[i + 2]))
            {
                // An initial followed by a name: "John F. Kennedy".
                tokens.Add(new Token(start, i + 1, TokenKind.Word));
                return i + 1;
            }
            if (Abbreviations.IsKnown(text.AsSpan(start, i - start)) && !IsNumberSignWithoutNumber(text, start, i))
            {
                tokens.Add(new Token(start, i + 1, TokenKind.Word));
                return i + 1;
            }
        }

        tokens.Add(new Token(start, i, TokenKind.Word));
        if (i < n && IsApostrophe(text[i]) && IsCliticAt(text, i))
        {
            int end = i + 1;
            while (end < n && char.IsLetter(text[end])) end++;
            tokens.Add(new Token(i, end, TokenKind.Word));
            return end;
        }
        return i;
    }

    /// <summary>"No." abbreviates "number" only before one ("No. 5"); elsewhere it is the word no ending a sentence.</summary>
    private static bool IsNumberSignWithoutNumber(string text, int start, int dot)
    {
        var word = text.AsSpan(start, dot - start);
        if (!word.Equals("No", StringComparison.OrdinalIgnoreCase) && !word.Equals("Nos", StringComparison.OrdinalIgnoreCase)) return false;
        int k = dot + 1;
        while (k < text.Length && text[k] == ' ') k++;
        return k >= text.Length || !char.IsDigit(text[k]);
    }

    /// <summary>True at the apostrophe of a word-final n't ("don't", "isn’t").</summary>
    private static bool IsNegationAt(string text, int i) =>
        text[i - 1] is 'n' or 'N' && i + 1 < text.Length && text[i + 1] is 't' or 'T' && (i + 2 >= text.Length || !char.IsLetter(text[i + 2]));

    /// <summary>True at an apostrophe that starts a clitic: 's, 're, 've, 'll, 'd, 'm.</summary>
    private static bool IsCliticAt(string text, int i)
    {
        int n = text.Length;
        int len = 0;
        while (i + 1 + len < n && char.IsLetter(text[i + 1 + len])) len++;
        if (len == 0) return false;
        var rest = text.AsSpan(i + 1, len);
        return rest.Equals("s", StringComparison.OrdinalIgnoreCase) || rest.Equals("re", StringComparison.OrdinalIgnoreCase)
            || rest.Equals("ve", StringComparison.OrdinalIgnoreCase) || rest.Equals("ll", StringComparison.OrdinalIgnoreCase)
            || rest.Equals("d", StringComparison.OrdinalIgnoreCase) || rest.Equals("m", StringComparison.OrdinalIgnoreCase);
    }

    private static int MatchNumber(string text, int start)
    {
        int n = text.Length;
        int i = start;
        while (i < n)
        {
            char c = text[i];
            if (char.IsDigit(c)) { i++; continue; }
            // 2,350 / 3.5 / 9/11 / 7/22/2021 / 10:30: a separator between digits.
            if ((c == ',' || c == '.' || c == '/' || c == ':') && i + 1 < n && char.IsDigit(text[i + 1])) { i++; continue; }
            break;
        }
        // Ordinals and unit suffixes glued to the number: 20th, 201st, 18+ stays separate.
        if (i + 1 < n && IsOrdinalSuffix(text.AsSpan(i, 2)) && (i + 2 >= n || !char.IsLetter(text[i + 2]))) i += 2;
        return i;
    }

    private static bool IsOrdinalSuffix(ReadOnlySpan<char> s) =>
        s.Equals("st", StringComparison.OrdinalIgnoreCase) || s.Equals("nd", StringComparison.OrdinalIgnoreCase)
        || s.Equals("rd", StringComparison.OrdinalIgnoreCase) || s.Equals("th", StringComparison.OrdinalIgnoreCase);

    private static int MatchUrl(string text, int start)
    {
        var rest = text.AsSpan(start);
        if (!(rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
              || rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase)))
            return start;
        int i = start;
        while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '"' && text[i] != '<' && text[i] != '>' && text[i] != '“' && text[i] != '”') i++;
        while (i > start && ".,;:!?)]'’".Contains(text[i - 1])) i--;
        return i;
    }

    private static int MatchEmail(string text, int start)
    {
        if (!char.IsLetterOrDigit(text[start])) return start;
        int i = start;
        while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '.' or '_' or '-' or '+')) i++;
        if (i >= text.Length || text[i] != '@' || i == start) return start;
        int at = i++;
        int dot = -1;
        while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '.' or '-'))
        {
            if (text[i] == '.') dot = i;
            i++;
        }
        while (i > at && text[i - 1] == '.') i--;
        return dot > at + 1 && dot < i - 1 ? i : start;
    }
}
