using System.Globalization;
using System.Text;

namespace Sitrep.Nlp.Matching;

/// <summary>
/// The folded form under which phrases are matched: upper case, diacritics removed, curly
/// apostrophes and dashes made plain. "Lashkar Gāh" and "LASHKAR GAH" share one key.
/// </summary>
public static class TokenKey
{
    public static string Fold(ReadOnlySpan<char> word)
    {
        bool plain = true;
        foreach (char c in word)
            if (c > 127 || char.IsLower(c)) { plain = false; break; }
        if (plain) return word.ToString();

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
}
