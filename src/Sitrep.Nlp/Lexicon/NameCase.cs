namespace Sitrep.Nlp.Lexicon;

/// <summary>Turns an all-caps dictionary name into display case: "JOE BIDEN" → "Joe Biden", "NATO" stays, "OSAMA BIN LADEN" → "Osama bin Laden".</summary>
public static class NameCase
{
    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase)
    { "bin", "ibn", "al", "el", "de", "del", "der", "van", "von", "da", "di", "du", "la", "le", "of", "the", "and", "for", "on", "in" };

    public static string Display(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < words.Length; i++)
        {
            var w = words[i];
            if (i > 0 && Particles.Contains(w)) { words[i] = w.ToLowerInvariant(); continue; }
            words[i] = IsAcronym(w) ? w : TitleWord(w);
        }
        return string.Join(' ', words);
    }

    /// <summary>A known acronym, or a short all-caps word with no vowel ("UNHCR" is known, "PKK" has no vowel).</summary>
    private static bool IsAcronym(string w) =>
        KnownAcronyms.Contains(w) || (w.Length <= 5 && w.All(char.IsUpper) && !w.Any(c => "AEIOUY".Contains(c)));

    private static readonly HashSet<string> KnownAcronyms = new(StringComparer.Ordinal)
    { "NATO", "OPEC", "UN", "EU", "US", "USA", "UK", "IS", "ISIS", "ISIL", "UNICEF", "NASA", "AU", "ASEAN", "IAEA", "OSCE", "IMF", "WHO", "WTO", "OAS", "CIA", "FBI", "KGB", "FSB", "GRU", "SCO", "CIS", "CSTO", "AQAP", "AQI", "PKK", "ETA", "IRA", "PLO", "ANC", "RUF", "UNHCR", "OIC", "ICRC" };

    private static string TitleWord(string w)
    {
        var chars = w.ToLowerInvariant().ToCharArray();
        bool start = true;
        for (int i = 0; i < chars.Length; i++)
        {
            if (start && char.IsLetter(chars[i])) { chars[i] = char.ToUpperInvariant(chars[i]); start = false; }
            else if (chars[i] is '-' or '.') start = true;
            // O'Neill, D'Souza: a one-letter prefix before the apostrophe; not Qa'ida.
            else if (chars[i] == '\'' && i == 1) start = true;
        }
        return new string(chars);
    }
}
