using System.Globalization;
using System.Text;
using Sitrep.Nlp.Tokens;

namespace Sitrep.Nlp.Matching;

/// <summary>
/// The folded form under which phrases are matched: upper case, diacritics removed, curly
/// apostrophes and dashes made plain. "Lashkar Gāh" and "LASHKAR GAH" share one key.
/// </summary>
public static class TokenKey
{
    public static string Fold(ReadOnlySpan<char> word)
    {
        bool ascii = true, upper = true;
        foreach (char c in word)
        {
            if (c > 127) { ascii = false; break; }
            if (char.IsAsciiLetterLower(c)) upper = false;
        }
        if (ascii) return upper ? word.ToString() : AsciiUpper(word);

        var sb = new StringBuilder(word.Length);
        foreach (char c in word)
        {
            if (c < 128) { sb.Append(char.ToUpperInvariant(c)); continue; }
            switch (c)
            {
                case '’' or '‘' or 'ʼ' or '`': sb.Append('\''); continue;
                case '‐' or '‑' or '–': sb.Append('-'); continue;
            }
            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            foreach (char d in decomposed)
                if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
                    sb.Append(char.ToUpperInvariant(d));
        }
        return sb.ToString();
    }

    private static string AsciiUpper(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 256 ? stackalloc char[word.Length] : new char[word.Length];
        Ascii.ToUpper(word, buffer, out _);
        return new string(buffer);
    }

    /// <summary>
    /// A phrase as the matcher keys it: its tokens (<see cref="Tokenizer"/>) folded and joined by single
    /// spaces — "Lashkar Gāh" → "LASHKAR GAH". Resources store names this way so that loading them
    /// needs neither the tokenizer nor Unicode folding (<see cref="PhraseMatcher{T}.AddFolded"/>).
    /// </summary>
    public static string FoldPhrase(string phrase)
    {
        var tokens = Tokenizer.Tokenize(phrase);
        var keys = new string[tokens.Length];
        for (int i = 0; i < keys.Length; i++)
        {
            keys[i] = Fold(tokens[i].Span(phrase));
            if (keys[i].Length == 0 || keys[i].AsSpan().IndexOfAny(' ', '|', '\t') >= 0)
                throw new ArgumentException($"'{phrase}' has a token whose folded key '{keys[i]}' cannot be stored space-separated", nameof(phrase));
        }
        return string.Join(' ', keys);
    }
}
