using System.Globalization;
using System.Text;

namespace Sitrep.Corpus.Entities;

/// <summary>
/// Spelling-tolerant keys for names written in Latin letters from other scripts: Sergei/Sergey,
/// Shahin/Shaheen, Suheil/Suhail, Mohammad/Muhammad/Mohammed share a key. The key keeps the
/// first letter and the consonant skeleton: vowels, y and a non-initial h dropped (Rakhimov/Rahimov,
/// Shahin/Shaheen), digraphs reduced (kh→h, gh→g, ph→f, th→t, dh→d), doubled letters collapsed.
/// </summary>
public static class NameKey
{
    private static readonly Dictionary<string, string> Nicknames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["joe"] = "joseph", ["bill"] = "william", ["will"] = "william", ["bob"] = "robert", ["rob"] = "robert", ["mike"] = "michael",
        ["jim"] = "james", ["jimmy"] = "james", ["tom"] = "thomas", ["tony"] = "anthony", ["dick"] = "richard", ["rick"] = "richard",
        ["dave"] = "david", ["dan"] = "daniel", ["ben"] = "benjamin", ["sam"] = "samuel", ["steve"] = "stephen", ["chris"] = "christopher",
        ["nick"] = "nicholas", ["alex"] = "alexander", ["andy"] = "andrew", ["ted"] = "edward", ["ed"] = "edward", ["don"] = "donald",
        ["ron"] = "ronald", ["liz"] = "elizabeth", ["kate"] = "katherine", ["jen"] = "jennifer", ["matt"] = "matthew", ["pete"] = "peter",
        ["andrei"] = "andrey", ["sergei"] = "sergey", ["alexei"] = "alexey", ["dmitri"] = "dmitry", ["yuri"] = "yury", ["anatoliy"] = "anatoly",
    };

    /// <summary>The skeleton of one word: "Shaheen" → "shn", "Sergey" → "srg", "Muhammad" → "mhmd".</summary>
    public static string Skeleton(string word)
    {
        var w = Fold(Nicknames.GetValueOrDefault(word, word));
        var sb = new StringBuilder(w.Length);
        for (int i = 0; i < w.Length; i++)
        {
            char c = w[i];
            if (!char.IsLetter(c)) continue;
            if (i + 1 < w.Length && (c, w[i + 1]) is ('k', 'h') or ('p', 'h') or ('d', 'h') or ('g', 'h') or ('t', 'h'))
            {
                c = c switch { 'k' => 'h', 'p' => 'f', _ => c };
                i++;
            }
            bool vowel = "aeiouy".Contains(c) || (c == 'h' && sb.Length > 0);
            if (sb.Length > 0 && vowel) continue;
            if (sb.Length > 0 && sb[^1] == c) continue;
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>
    /// True when two given names can name one person: same skeleton and as many syllables (vowel groups), or one
    /// is the other's nickname. The syllables keep apart names built on one Arabic root: Muhammad, Mahmud (m-h-m-d).
    /// </summary>
    public static bool SameGivenName(string a, string b) => Skeleton(a) == Skeleton(b) && Syllables(a) == Syllables(b);

    private static int Syllables(string word)
    {
        var w = Fold(Nicknames.GetValueOrDefault(word, word));
        int groups = 0;
        bool inVowel = false;
        for (int i = 0; i < w.Length; i++)
        {
            bool vowel = "aeiou".Contains(w[i]) || (w[i] == 'y' && i > 0);
            if (vowel && !inVowel) groups++;
            inVowel = vowel;
        }
        return groups;
    }

    private static string Fold(string s)
    {
        var d = s.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(d.Length);
        foreach (char c in d)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) sb.Append(c);
        return sb.ToString();
    }
}
