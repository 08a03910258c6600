namespace Sitrep.Nlp.Entities;

/// <summary>
/// How words are usually written in running text, away from the places that capitalize any word
/// (the first word, the word after a full stop, a colon, a quote or a dash): mostly lower case,
/// mixed, mostly capitalized, or an acronym. What lets the recognizer read ALL-CAPS headlines:
/// "ISLAMABAD" is a word written "Islamabad" elsewhere, "SAYS" one written "says". Kept apart from
/// the clusters: the clusters' vocabulary is case-blind, and the casing is the NER's alone.
/// </summary>
internal static class WordCasing
{
    /// <summary>
    /// The casing bucket of every folded word (<see cref="WordProfiles.Fold(ReadOnlySpan{char})"/>)
    /// seen at least <paramref name="minCount"/> times where its case is its own: 0 mostly lower,
    /// 1 mixed leaning lower, 2 mixed leaning capitalized, 3 capitalized, 4 acronym.
    /// </summary>
    public static Dictionary<string, byte> Buckets(IEnumerable<IReadOnlyList<string>> documents, int minCount)
    {
        var counts = new Dictionary<string, (int Lower, int Capitalized, int Upper)>(StringComparer.Ordinal);
        foreach (var doc in documents)
            for (int i = 1; i < doc.Count; i++)
            {
                if (StartsSentence(doc[i - 1])) continue;
                var key = WordProfiles.Fold(doc[i]);
                counts[key] = Count(counts.GetValueOrDefault(key), doc[i]);
            }
        var buckets = new Dictionary<string, byte>(StringComparer.Ordinal);
        foreach (var (word, c) in counts)
            if (Bucket(c, minCount) is var bucket and not WordProfiles.UnknownCase) buckets[word] = bucket;
        return buckets;
    }

    private static bool StartsSentence(string previous) => previous is "." or "!" or "?" or ":" or "\"" or "``" or "''" or "-" or "--" or "(";

    private static (int, int, int) Count((int Lower, int Capitalized, int Upper) c, string word)
    {
        if (word.Length == 0 || !char.IsLetter(word[0])) return c;
        bool anyLower = false;
        foreach (char ch in word) anyLower |= char.IsLower(ch);
        if (char.IsLower(word[0])) return (c.Lower + 1, c.Capitalized, c.Upper);
        if (anyLower || word.Length == 1) return (c.Lower, c.Capitalized + 1, c.Upper);
        return (c.Lower, c.Capitalized, c.Upper + 1);
    }

    private static byte Bucket((int Lower, int Capitalized, int Upper) c, int minCount)
    {
        int n = c.Lower + c.Capitalized + c.Upper;
        if (n < minCount) return WordProfiles.UnknownCase;
        if (c.Upper * 2 > n) return 4;
        double cap = (c.Capitalized + c.Upper) / (double)n;
        return cap switch { < 0.1 => 0, < 0.5 => 1, < 0.9 => 2, _ => 3 };
    }
}
