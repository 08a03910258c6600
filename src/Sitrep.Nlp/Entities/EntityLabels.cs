namespace Sitrep.Nlp.Entities;

/// <summary>
/// The BILOU tag set over the CoNLL-2003 entity types: O, then B-, I-, L-, U- for each type.
/// Ratinov &amp; Roth (2009, §3) found BILOU better than BIO for NER, because the model learns
/// what the last word and a one-word entity look like. Tags are small integers so that a decoder
/// can mask invalid transitions with an array lookup.
/// </summary>
public static class EntityLabels
{
    public const int Outside = 0;

    /// <summary>The entity types, in the order their tags are numbered.</summary>
    public static readonly IReadOnlyList<string> Types = ["PER", "LOC", "ORG", "MISC"];

    public static int Count => 1 + 4 * Types.Count;

    private static readonly string[] Names = BuildNames();

    private static string[] BuildNames()
    {
        var names = new List<string> { "O" };
        foreach (var type in Types)
            foreach (var prefix in "BILU") names.Add($"{prefix}-{type}");
        return names.ToArray();
    }

    public static string Name(int tag) => Names[tag];

    /// <summary>'O', 'B', 'I', 'L' or 'U'.</summary>
    public static char Prefix(int tag) => tag == Outside ? 'O' : "BILU"[(tag - 1) % 4];

    /// <summary>The type index (0 = PER …) of an entity tag; -1 for O.</summary>
    public static int TypeOf(int tag) => tag == Outside ? -1 : (tag - 1) / 4;

    public static int Tag(char prefix, int type) => 1 + type * 4 + "BILU".IndexOf(prefix);

    public static int TypeIndex(string type)
    {
        for (int i = 0; i < Types.Count; i++)
            if (Types[i] == type) return i;
        return -1;
    }

    /// <summary>True when the tag leaves an entity open (B or I), so the next tag must continue it.</summary>
    public static bool IsOpen(int tag) => Prefix(tag) is 'B' or 'I';

    /// <summary>
    /// Which tags may follow <paramref name="previous"/> (-1 at the start of a sentence). After B-X or
    /// I-X only I-X or L-X; otherwise O, B-* or U-*. On the last word nothing may stay open.
    /// </summary>
    public static void Allowed(int previous, bool last, Span<bool> allowed)
    {
        if (previous >= 0 && IsOpen(previous))
        {
            allowed.Clear();
            int type = TypeOf(previous);
            if (!last) allowed[Tag('I', type)] = true;
            allowed[Tag('L', type)] = true;
            return;
        }
        for (int tag = 0; tag < allowed.Length; tag++)
        {
            char p = Prefix(tag);
            allowed[tag] = p is 'O' or 'U' || (p == 'B' && !last);
        }
    }

    /// <summary>BILOU tags for entity spans (start, end exclusive, type) over <paramref name="length"/> words.</summary>
    public static int[] FromSpans(int length, IEnumerable<(int Start, int End, string Type)> spans)
    {
        var tags = new int[length];
        foreach (var (start, end, typeName) in spans)
        {
            int type = TypeIndex(typeName);
            if (type < 0) continue;
            if (end - start == 1) { tags[start] = Tag('U', type); continue; }
            tags[start] = Tag('B', type);
            for (int i = start + 1; i < end - 1; i++) tags[i] = Tag('I', type);
            tags[end - 1] = Tag('L', type);
        }
        return tags;
    }

    /// <summary>Entity spans of a BILOU tag sequence; a malformed run is closed where it breaks, as conlleval would.</summary>
    public static List<EntitySpan> ToSpans(ReadOnlySpan<int> tags)
    {
        var spans = new List<EntitySpan>();
        int start = -1, type = -1;
        for (int i = 0; i < tags.Length; i++)
        {
            int tag = tags[i];
            char p = Prefix(tag);
            int t = TypeOf(tag);
            if (start >= 0 && (p is 'O' or 'B' or 'U' || t != type))
            {
                spans.Add(new EntitySpan(start, i, Types[type]));
                start = -1;
            }
            if (p == 'O') continue;
            if (start < 0) { start = i; type = t; }
            if (p is 'L' or 'U')
            {
                spans.Add(new EntitySpan(start, i + 1, Types[type]));
                start = -1;
            }
        }
        if (start >= 0) spans.Add(new EntitySpan(start, tags.Length, Types[type]));
        return spans;
    }
}
