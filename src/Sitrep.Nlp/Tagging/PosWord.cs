using Sitrep.Nlp.Learning;

namespace Sitrep.Nlp.Tagging;

/// <summary>
/// What the tagger knows of one word before looking at its neighbours: hashes of its forms and
/// parts, computed once per word (not once per feature that reads them) straight from the span.
/// Each field is a value hash; <see cref="PosFeatures"/> mixes it with a template id.
/// </summary>
internal struct PosWord
{
    /// <summary>Lexicon key of the exact form.</summary>
    public ulong Form;
    /// <summary>Lexicon key of the normalised form (lower case, digits as 0, curly quotes straight).</summary>
    public ulong LowerKey;
    /// <summary>The normalised form, as a feature value.</summary>
    public ulong Lower;
    public ulong Prefix1, Prefix2, Prefix3, Prefix4;
    public ulong Suffix1, Suffix2, Suffix3, Suffix4;
    /// <summary>Word shape with runs cut at four ("Xxxxx" → "Xxxxx", "McDonald's" → "XxXxxxx'x").</summary>
    public ulong Shape;
    /// <summary>Word shape with every run cut to one ("Xx", "d.d", "x-x").</summary>
    public ulong ShortShape;
    /// <summary>Orthographic flags: <see cref="HasDigit"/> and the like.</summary>
    public uint Flags;
    /// <summary>The ambiguity class: which tags the training data gave this word (or "unknown").</summary>
    public ulong Ambiguity;
    /// <summary>Distributional word clusters (coarse, middle, fine) as feature values, from unlabeled text.</summary>
    public ulong Cluster1, Cluster2, Cluster3;
    /// <summary>The class of a frequent word that had one tag in training, or -1.</summary>
    public int Known;

    public const uint HasDigit = 1, HasHyphen = 2, HasUpper = 4, AllUpper = 8, InitialUpper = 16, NoLetter = 32, HasPeriod = 64;

    private const int FormTemplate = 1, LowerKeyTemplate = 2, ValueTemplate = 3;

    /// <summary>The word before the first and after the last: their hashes stand for "no word here".</summary>
    public static readonly PosWord Start = Boundary("-START-"), End = Boundary("-END-");

    /// <summary>The cluster value of a word the clusters do not know.</summary>
    public static readonly ulong NoCluster = FeatureHash.Of(ValueTemplate, "-NO-CLUSTER-");

    private static PosWord Boundary(string name)
    {
        ulong v = FeatureHash.Of(ValueTemplate, name);
        return new PosWord
        {
            Form = v, LowerKey = v, Lower = v, Prefix1 = v, Prefix2 = v, Prefix3 = v, Prefix4 = v,
            Suffix1 = v, Suffix2 = v, Suffix3 = v, Suffix4 = v, Shape = v, ShortShape = v, Flags = 1u << 31, Ambiguity = v, Known = -1, Cluster1 = v, Cluster2 = v, Cluster3 = v,
        };
    }

    /// <summary>A character as the normalised form has it: lower case, any digit 0, curly quotes straight.</summary>
    private static char Normalize(char c) =>
        char.IsDigit(c) ? '0'
        : char.IsLetter(c) ? char.ToLowerInvariant(c)
        : c switch { '’' or '‘' or '`' => '\'', '“' or '”' => '"', _ => c };

    /// <summary>The key of the normalised form (what <see cref="LowerKey"/> holds), for lexicons built outside a sentence.</summary>
    public static ulong NormalizedKey(ReadOnlySpan<char> word)
    {
        Span<char> lower = word.Length <= 256 ? stackalloc char[word.Length] : new char[word.Length];
        for (int i = 0; i < word.Length; i++) lower[i] = Normalize(word[i]);
        return FeatureHash.Add(FeatureHash.Of(LowerKeyTemplate), lower);
    }

    /// <summary>Fills in everything but <see cref="Ambiguity"/>, <see cref="Known"/> (the lexicon's job) and the clusters.</summary>
    public static void Describe(ReadOnlySpan<char> word, ref PosWord w)
    {
        int n = word.Length;
        Span<char> lower = n <= 256 ? stackalloc char[n] : new char[n];
        Span<char> shape = n <= 256 ? stackalloc char[n] : new char[n];
        Span<char> shortShape = n <= 256 ? stackalloc char[n] : new char[n];
        int shapeLength = 0, shortLength = 0, run = 0, letters = 0, uppers = 0;
        uint flags = 0;
        char last = '\0';
        for (int i = 0; i < n; i++)
        {
            char c = word[i];
            char s;
            if (char.IsDigit(c)) { flags |= HasDigit; s = 'd'; }
            else if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c)) { uppers++; s = 'X'; if (i == 0) flags |= InitialUpper; }
                else s = 'x';
            }
            else
            {
                if (c is '-' or '‐' or '–') flags |= HasHyphen;
                else if (c == '.') flags |= HasPeriod;
                s = Normalize(c);
            }
            lower[i] = Normalize(c);
            run = s == last ? run + 1 : 1;
            if (run <= 4) shape[shapeLength++] = s;
            if (run == 1) shortShape[shortLength++] = s;
            last = s;
        }
        if (uppers > 0) flags |= HasUpper;
        if (letters > 0 && uppers == letters) flags |= AllUpper;
        if (letters == 0) flags |= NoLetter;

        ulong value = FeatureHash.Of(ValueTemplate);
        w.Form = FeatureHash.Add(FeatureHash.Of(FormTemplate), word);
        w.LowerKey = FeatureHash.Add(FeatureHash.Of(LowerKeyTemplate), lower);
        w.Lower = FeatureHash.Add(value, lower);
        w.Prefix1 = n >= 1 ? FeatureHash.Add(value, lower[..1]) : 0;
        w.Prefix2 = n >= 2 ? FeatureHash.Add(value, lower[..2]) : 0;
        w.Prefix3 = n >= 3 ? FeatureHash.Add(value, lower[..3]) : 0;
        w.Prefix4 = n >= 4 ? FeatureHash.Add(value, lower[..4]) : 0;
        w.Suffix1 = n >= 1 ? FeatureHash.Add(value, lower[^1..]) : 0;
        w.Suffix2 = n >= 2 ? FeatureHash.Add(value, lower[^2..]) : 0;
        w.Suffix3 = n >= 3 ? FeatureHash.Add(value, lower[^3..]) : 0;
        w.Suffix4 = n >= 4 ? FeatureHash.Add(value, lower[^4..]) : 0;
        w.Shape = FeatureHash.Add(value, shape[..shapeLength]);
        w.ShortShape = FeatureHash.Add(value, shortShape[..shortLength]);
        w.Flags = flags;
        w.Ambiguity = 0;
        w.Known = -1;
        w.Cluster1 = w.Cluster2 = w.Cluster3 = 0;
    }
}
