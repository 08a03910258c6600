using System.Text;

namespace Sitrep.Tests.Fuzzing;

/// <summary>
/// Mutation operators over the bytes of an input, stacked one to eight at a time: bit flips, interesting bytes,
/// truncation, cut spans, splices of another seed, repeated spans, nasty tokens and boundary numbers. Every choice
/// comes from the <see cref="Random"/> handed in, so a mutant replays exactly from its seed.
/// </summary>
public static class Mutations
{
    /// <summary>No mutant grows past this: a reader's own size limits are fuzzed by the grammars, not by memory pressure here.</summary>
    public const int MaxBytes = 1 << 20;

    /// <summary>Tokens that break readers of any text format: NUL, BOMs, broken UTF-8, separators, bidi controls, a long word.</summary>
    public static readonly string[] CommonNastyTokens =
    [
        "\0", "\uFEFF", "\uFFFD", "\uFFFF", "\r", "\r\n", "\n\n\n", "\u2028", "\u0085", "\u202E", "\u200B", "\t", "\u00A0",
        "'", "\"", "\\", "<", ">", "&", "%", "%00", "%zz", "${x}", "{{x}}", "%s%n%x", "😀", "e\u0301\u0301\u0301", "ﷺ", "𝔘𝔫𝔦",
        "-1", "0", "2147483648", "9223372036854775808", "1e309", "NaN", new string('x', 5000), "\u0430\u0431\u0432", "\u4E2D\u6587",
    ];

    // Bytes that mean something to text decoders and parsers: NUL, DEL, UTF-8 lead and continuation bytes, a BOM's first byte.
    private static readonly byte[] InterestingBytes = [0x00, 0x01, 0x7F, 0x80, 0xBF, 0xC0, 0xC3, 0xE2, 0xED, 0xEF, 0xF0, 0xF8, 0xFE, 0xFF, (byte)'<', (byte)'"', (byte)'\n', (byte)'\r', (byte)'&', (byte)'\\'];

    private static readonly string[] BoundaryNumbers =
    [
        "0", "-0", "-1", "1", "255", "256", "65535", "65536", "2147483647", "2147483648", "-2147483649", "4294967296",
        "9223372036854775807", "9223372036854775808", "18446744073709551616", "99999999999999999999999999", "1e308", "1e-400",
        "0x7fffffff", "ffffffffffffffff", "00000000000000000001", "3.4028236e38", "NaN", "-Infinity", "",
    ];

    private static readonly string[] TextOperators = ["flip", "byte", "truncate", "cut", "splice", "repeat", "nasty", "nasty", "number"];
    private static readonly string[] BinaryOperators = ["flip", "flip", "byte", "truncate", "cut", "splice", "repeat"];

    /// <summary>One to eight stacked mutations of <paramref name="input"/>; the operators used are added to <paramref name="applied"/>.</summary>
    public static byte[] Apply(byte[] input, Random random, IFuzzGrammar grammar, List<string> applied)
    {
        var bytes = new List<byte>(input);
        var operators = grammar.Binary ? BinaryOperators : TextOperators;
        int count = 1 + (int)Math.Floor(Math.Pow(random.NextDouble(), 2) * 8);
        for (int i = 0; i < count; i++)
        {
            var op = operators[random.Next(operators.Length)];
            applied.Add(op);
            Mutate(op, bytes, random, grammar);
            if (bytes.Count > MaxBytes) bytes.RemoveRange(MaxBytes, bytes.Count - MaxBytes);
        }
        return bytes.ToArray();
    }

    private static void Mutate(string op, List<byte> bytes, Random random, IFuzzGrammar grammar)
    {
        int at = bytes.Count == 0 ? 0 : random.Next(bytes.Count + 1);
        switch (op)
        {
            case "flip":
                for (int n = random.Next(1, 9); n > 0 && bytes.Count > 0; n--)
                {
                    int i = random.Next(bytes.Count);
                    bytes[i] ^= (byte)(1 << random.Next(8));
                }
                break;
            case "byte":
                for (int n = random.Next(1, 5); n > 0 && bytes.Count > 0; n--)
                    bytes[random.Next(bytes.Count)] = InterestingBytes[random.Next(InterestingBytes.Length)];
                break;
            case "truncate":
                bytes.RemoveRange(at, bytes.Count - at);
                break;
            case "cut":
                bytes.RemoveRange(at, Math.Min(bytes.Count - at, SpanLength(random)));
                break;
            case "splice":
                Splice(bytes, random, grammar, at);
                break;
            case "repeat":
            {
                int length = Math.Min(bytes.Count - at, random.Next(1, 65));
                if (length <= 0) break;
                var span = bytes.GetRange(at, length);
                int times = random.Next(4) switch { 0 => 2, 1 => 10, 2 => 100, _ => 10_000 };
                times = Math.Min(times, Math.Max(1, (MaxBytes - bytes.Count) / length));
                var repeated = new List<byte>(length * times);
                for (int t = 0; t < times; t++) repeated.AddRange(span);
                bytes.InsertRange(at, repeated);
                break;
            }
            case "nasty":
            {
                var token = random.Next(3) == 0
                    ? CommonNastyTokens[random.Next(CommonNastyTokens.Length)]
                    : grammar.NastyTokens[random.Next(grammar.NastyTokens.Count)];
                var encoded = grammar.Encode(token);
                // Half the time the token replaces what was there, half the time it is wedged in.
                if (random.Next(2) == 0) bytes.RemoveRange(at, Math.Min(bytes.Count - at, encoded.Length));
                bytes.InsertRange(Math.Min(at, bytes.Count), encoded);
                break;
            }
            case "number":
                ReplaceNumber(bytes, random, grammar, at);
                break;
        }
    }

    private static int SpanLength(Random random) => random.Next(4) switch { 0 => 1, 1 => random.Next(1, 16), 2 => random.Next(1, 256), _ => random.Next(1, 4096) };

    /// <summary>A span of another seed wedged in, or (a crossover) this input's head joined to another seed's tail.</summary>
    private static void Splice(List<byte> bytes, Random random, IFuzzGrammar grammar, int at)
    {
        var other = grammar.Seeds[random.Next(grammar.Seeds.Count)].Bytes;
        if (other.Length == 0) return;
        int from = random.Next(other.Length);
        if (random.Next(2) == 0)
        {
            int length = Math.Min(other.Length - from, SpanLength(random));
            bytes.InsertRange(at, other.AsSpan(from, length).ToArray());
        }
        else
        {
            bytes.RemoveRange(at, bytes.Count - at);
            bytes.AddRange(other.AsSpan(from).ToArray());
        }
    }

    /// <summary>The run of ASCII digits at or after <paramref name="at"/> becomes a boundary number (or one is inserted).</summary>
    private static void ReplaceNumber(List<byte> bytes, Random random, IFuzzGrammar grammar, int at)
    {
        var number = grammar.Encode(BoundaryNumbers[random.Next(BoundaryNumbers.Length)]);
        int start = at;
        while (start < bytes.Count && !IsDigit(bytes[start])) start++;
        if (start == bytes.Count)
        {
            bytes.InsertRange(at, number);
            return;
        }
        int end = start;
        while (end < bytes.Count && IsDigit(bytes[end])) end++;
        bytes.RemoveRange(start, end - start);
        bytes.InsertRange(start, number);
    }

    private static bool IsDigit(byte b) => b is >= (byte)'0' and <= (byte)'9';

    /// <summary>UTF-8 of a string, for grammars that build text.</summary>
    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
