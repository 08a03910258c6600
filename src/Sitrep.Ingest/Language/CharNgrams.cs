namespace Sitrep.Ingest.Language;

/// <summary>
/// The features of the language identifier: character 1–4-grams of lowercased words, each word padded
/// with a space on both sides (so " th", "he " tell where a word starts and ends), hashed with FNV-1a
/// and never built as strings. Digits, punctuation and symbols only separate words.
/// </summary>
public static class CharNgrams
{
    public const int MaxOrder = 4;
    private const uint FnvOffset = 2166136261;
    private const uint FnvPrime = 16777619;

    /// <summary>
    /// Writes the words of <paramref name="text"/> lowercased, one space between and around them, into
    /// <paramref name="buffer"/> (at least text.Length + 2 long), counting each word character's script.
    /// Returns the number of characters written (0 when the text has no words).
    /// </summary>
    public static int Normalize(ReadOnlySpan<char> text, Span<char> buffer, Span<int> scriptCounts)
    {
        int n = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            var script = WritingScripts.Of(c);
            if (script == WritingScript.None)
            {
                inWord = false;
                continue;
            }
            scriptCounts[(int)script]++;
            if (!inWord)
            {
                buffer[n++] = ' ';
                inWord = true;
            }
            buffer[n++] = char.ToLowerInvariant(c);
        }
        if (n > 0) buffer[n++] = ' ';
        return n;
    }

    /// <summary>Upper bound on the number of n-grams of a normalized text of this length.</summary>
    public static int MaxCount(int normalizedLength) => normalizedLength * MaxOrder;

    /// <summary>
    /// Writes the hashes of the n-grams of a normalized text into <paramref name="hashes"/> and returns
    /// how many. An n-gram never spans two words; a lone space is not one. Hashes are never 0.
    /// </summary>
    public static int Hashes(ReadOnlySpan<char> normalized, Span<uint> hashes)
    {
        int count = 0;
        for (int i = 0; i < normalized.Length; i++)
        {
            uint h = FnvOffset;
            int max = Math.Min(MaxOrder, normalized.Length - i);
            for (int k = 0; k < max; k++)
            {
                char c = normalized[i + k];
                h = (h ^ c) * FnvPrime;
                if (c == ' ')
                {
                    if (k == 0) continue;                   // a word's leading space opens n-grams…
                    hashes[count++] = h | 1;               // …its trailing space closes them
                    break;
                }
                hashes[count++] = h | 1;
            }
        }
        return count;
    }
}
