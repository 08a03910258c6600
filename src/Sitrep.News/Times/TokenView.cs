using Sitrep.Nlp.Tokens;

namespace Sitrep.News.Times;

/// <summary>
/// The tokens of one sentence as the rules see them: bounds-checked, case-insensitive word tests
/// over spans of the original text, so a rule can probe ahead without allocating.
/// </summary>
internal readonly struct TokenView(string text, IReadOnlyList<Token> tokens, int first, int end)
{
    public string Text => text;
    public int First => first;
    public int End => end;

    public bool Has(int i) => i >= first && i < end;

    public Token this[int i] => tokens[i];

    public ReadOnlySpan<char> Span(int i) => tokens[i].Span(text);

    public bool Is(int i, string word) => Has(i) && Span(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsAny(int i, string a, string b) => Is(i, a) || Is(i, b);

    public bool IsChar(int i, char c) => Has(i) && tokens[i].Length == 1 && text[tokens[i].Start] == c;

    public bool IsWord(int i) => Has(i) && tokens[i].Kind == TokenKind.Word;

    public bool IsCapitalized(int i) => Has(i) && tokens[i].IsCapitalized(text);

    public bool IsLowerWord(int i) => IsWord(i) && char.IsLower(text[tokens[i].Start]);

    /// <summary>True when token i+1 starts where token i ends: "1980" + "s", "20" + "-" + "year".</summary>
    public bool Glued(int i) => Has(i) && Has(i + 1) && tokens[i].End == tokens[i + 1].Start;

    /// <summary>True when a word or number is glued to token i: "1980" + "s", "10" + "am"; not a comma.</summary>
    public bool GluedWord(int i) => Glued(i) && tokens[i + 1].Kind is TokenKind.Word or TokenKind.Number;

    /// <summary>A token of plain digits ("2001", "08"), not "2,350" or "3.5".</summary>
    public bool TryDigits(int i, out int value, out int digits)
    {
        value = 0;
        digits = 0;
        if (!Has(i) || tokens[i].Kind != TokenKind.Number) return false;
        var s = Span(i);
        if (s.Length > 4) return false;
        foreach (char c in s)
        {
            if (!char.IsAsciiDigit(c)) return false;
            value = value * 10 + (c - '0');
        }
        digits = s.Length;
        return true;
    }

    /// <summary>A day of the month written "8", "08" or "8th".</summary>
    public bool TryDayNumber(int i, out int day)
    {
        day = 0;
        if (!Has(i) || tokens[i].Kind != TokenKind.Number) return false;
        var s = Span(i);
        if (s.Length > 2 && char.IsLetter(s[^1])) s = s[..^2];
        if (s.Length is 0 or > 2 || !int.TryParse(s, out day)) return false;
        return day is >= 1 and <= 31;
    }

    /// <summary>An ordinal written "20th" or "twentieth".</summary>
    public bool TryOrdinal(int i, out int value)
    {
        value = 0;
        if (!Has(i)) return false;
        var s = Span(i);
        if (tokens[i].Kind == TokenKind.Number)
            return s.Length > 2 && char.IsLetter(s[^1]) && int.TryParse(s[..^2], out value);
        return TimeLexicon.TryOrdinalWord(s, out value);
    }
}
