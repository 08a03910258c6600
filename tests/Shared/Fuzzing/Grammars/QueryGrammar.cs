using System.Runtime.InteropServices;
using System.Text;

namespace Sitrep.Tests.Fuzzing;

/// <summary>
/// What people type into the search box: words, "phrases", prefixes, and everything FTS5 would read as syntax (AND,
/// OR, NOT, NEAR(…), column filters, ^, +, -, parentheses, stray quotes and stars), in any script. A query is stored as
/// UTF-16 code units (little-endian), so lone surrogates and control characters reach the parser as a user could send them.
/// </summary>
public sealed class QueryGrammar : IFuzzGrammar
{
    public static readonly QueryGrammar Instance = new();

    private static readonly string[] Syntax = ["AND", "OR", "NOT", "NEAR", "NEAR(", "NEAR(a b, 2)", "(", ")", "\"", "*", "^", "+", "-", ":", "title:", "text:", "{title text}:", "- title:", "articles_fts", "rank", "MATCH", "'", ";", "--", "/*", "\\", "\0", "\u0001", "\uD800", "\uDFFF", "\u00A0", "\u3000", "\u200B"];

    public IReadOnlyList<FuzzSeed> Seeds { get; } =
    [
        Query("taliban kabul"), Query("\"Kabul airport\" evacuation"), Query("afghan*"), Query("U.S. 9/11 AND OR NOT"), Query("NEAR(kabul airport)"),
        Query("title:ferry -storm ^pier +market"), Query("Élise Marchand «ferry»"), Query("政府 表示"), Query("it\"s \"unclosed phrase"),
    ];

    public IReadOnlyList<string> NastyTokens => Syntax;

    public FuzzSeed Generate(Random random)
    {
        var sb = new StringBuilder();
        for (int i = random.Next(0, 10); i > 0; i--)
        {
            switch (random.Next(8))
            {
                case 0: sb.Append(FuzzText.Pick(random, Syntax)); break;
                case 1: sb.Append('"').Append(FuzzText.Sentence(random, 4).TrimEnd('.')).Append(random.Next(4) == 0 ? "" : "\""); break;
                case 2: sb.Append(FuzzText.Word(random)).Append('*'); break;
                case 3: sb.Append(FuzzText.Pick(random, Syntax)).Append(FuzzText.Word(random)); break;
                case 4: sb.Append((char)random.Next(0, 0x10000)); break;
                default: sb.Append(FuzzText.Word(random)); break;
            }
            sb.Append(random.Next(5) == 0 ? "" : FuzzText.Pick(random, [" ", " ", "  ", "\t", "\n", "\u3000"]));
        }
        if (random.Next(40) == 0) sb.Append(string.Concat(Enumerable.Repeat("a* ", random.Next(100, 3000))));
        return Query(sb.ToString());
    }

    public byte[] Encode(string token) => Encoding.Unicode.GetBytes(token);

    /// <summary>The query a user typed, from its stored UTF-16LE bytes (an odd last byte is dropped), lone surrogates and all.</summary>
    public static string Decode(byte[] bytes) => new(MemoryMarshal.Cast<byte, char>(bytes.AsSpan(0, bytes.Length & ~1)));

    private static FuzzSeed Query(string text) => new("query.txt", MemoryMarshal.AsBytes(text.AsSpan()).ToArray());
}
