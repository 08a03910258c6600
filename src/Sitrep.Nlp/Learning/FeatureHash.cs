namespace Sitrep.Nlp.Learning;

/// <summary>
/// 64-bit FNV-1a hashes of feature templates and their values, computed over spans so that
/// extracting features allocates no strings. A feature is (template id, value parts...).
/// </summary>
public static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Of(int template) => Mix(Offset, (uint)template);

    public static ulong Of(int template, ReadOnlySpan<char> value) => Add(Of(template), value);

    public static ulong Of(int template, ReadOnlySpan<char> a, ReadOnlySpan<char> b) => Add(Add(Of(template), a), b);

    public static ulong Of(int template, ReadOnlySpan<char> a, ReadOnlySpan<char> b, ReadOnlySpan<char> c) => Add(Add(Add(Of(template), a), b), c);

    public static ulong Of(int template, int value) => Mix(Of(template), (uint)value);

    /// <summary>Appends a value part; a separator keeps ("ab","c") and ("a","bc") apart.</summary>
    public static ulong Add(ulong hash, ReadOnlySpan<char> value)
    {
        foreach (char c in value)
        {
            hash ^= c;
            hash *= Prime;
        }
        hash ^= 0x1F;
        return hash * Prime;
    }

    /// <summary>Appends a value part in lower case (for case-insensitive templates).</summary>
    public static ulong AddLower(ulong hash, ReadOnlySpan<char> value)
    {
        foreach (char c in value)
        {
            hash ^= char.ToLowerInvariant(c);
            hash *= Prime;
        }
        hash ^= 0x1F;
        return hash * Prime;
    }

    public static ulong Mix(ulong hash, uint value)
    {
        for (int i = 0; i < 4; i++)
        {
            hash ^= (byte)(value >> (8 * i));
            hash *= Prime;
        }
        return hash;
    }
}
