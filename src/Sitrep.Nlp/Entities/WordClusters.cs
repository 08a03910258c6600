namespace Sitrep.Nlp.Entities;

/// <summary>
/// What unlabeled news text says about a word, looked up by its folded form (lower case, digits as
/// 0): its distributional cluster at three granularities (coarse ⊃ middle ⊃ fine, like the bit-string
/// prefixes of Brown clusters that Ratinov &amp; Roth 2009 use) and how it is usually written in
/// running text (mostly lower case, mixed, or mostly capitalized). The casing profile is what lets
/// the recognizer read ALL-CAPS headlines: "ISLAMABAD" is a word written "Islamabad" elsewhere.
/// </summary>
public sealed class WordClusters
{
    /// <summary>Casing buckets; <see cref="UnknownCase"/> when the word was too rare to judge.</summary>
    public const byte UnknownCase = 255;

    private readonly Dictionary<string, WordProfile> _words;
    private readonly Dictionary<string, WordProfile>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordClusters(Dictionary<string, WordProfile> words)
    {
        _words = words;
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static WordClusters Empty { get; } = new(new Dictionary<string, WordProfile>(StringComparer.Ordinal));

    public int Count => _words.Count;

    /// <summary>The profile of a word in any case; false when it is not in the vocabulary.</summary>
    public bool TryGet(ReadOnlySpan<char> word, out WordProfile profile)
    {
        Span<char> folded = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        Fold(word, folded);
        return _lookup.TryGetValue(folded, out profile);
    }

    /// <summary>The vocabulary key: lower case, every digit 0 (so dates and scores share clusters).</summary>
    public static void Fold(ReadOnlySpan<char> word, Span<char> into)
    {
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            into[i] = char.IsDigit(c) ? '0' : char.ToLowerInvariant(c);
        }
    }

    public static string Fold(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        Fold(word, buffer);
        return buffer.ToString();
    }

    public void Write(BinaryWriter w)
    {
        w.Write(_words.Count);
        foreach (var (word, p) in _words.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            w.Write(word);
            w.Write(p.Coarse);
            w.Write(p.Middle);
            w.Write(p.Fine);
            w.Write(p.Case);
        }
    }

    public static WordClusters Read(BinaryReader r)
    {
        int count = r.ReadInt32();
        var words = new Dictionary<string, WordProfile>(count, StringComparer.Ordinal);
        for (int i = 0; i < count; i++)
        {
            var word = r.ReadString();
            words[word] = new WordProfile(r.ReadUInt16(), r.ReadUInt16(), r.ReadUInt16(), r.ReadByte());
        }
        return new WordClusters(words);
    }
}
