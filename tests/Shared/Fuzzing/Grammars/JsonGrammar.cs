using System.Globalization;
using System.Text;

namespace Sitrep.Tests.Fuzzing;

/// <summary>Random JSON values (RFC 8259) with the edge cases parsers trip on: escapes, surrogates, deep nesting, huge numbers.</summary>
public static class JsonGrammar
{
    private static readonly string[] Numbers = ["0", "-0", "1", "-1", "2021", "1.5", "1e3", "1E-7", "-1e400", "1e400", "123456789012345678901234567890", "2147483648", "0.0000000001", "9999", "10000"];

    public static string Value(Random random, int depth)
    {
        int choice = random.Next(depth > 5 ? 5 : 8);
        switch (choice)
        {
            case 0: return "null";
            case 1: return random.Next(2) == 0 ? "true" : "false";
            case 2: return FuzzText.Pick(random, Numbers);
            case 3:
            case 4: return Str(FuzzText.Value(random));
            case 5:
            {
                var items = Enumerable.Range(0, random.Next(0, 5)).Select(_ => Value(random, depth + 1));
                return "[" + string.Join(",", items) + "]";
            }
            default:
            {
                var members = Enumerable.Range(0, random.Next(0, 6)).Select(_ => $"{Str(FuzzText.Pick(random, ["title", "text", "url", "date", "author", "x", "", "@type", "TITLE", "body"]))}:{Value(random, depth + 1)}");
                return "{" + string.Join(",", members) + "}";
            }
        }
    }

    /// <summary>A JSON string literal; now and then with escapes a lenient writer would not use (\u escapes, a lone surrogate).</summary>
    public static string Str(string text)
    {
        var sb = new StringBuilder("\"");
        foreach (char c in text)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < 0x20 || char.IsSurrogate(c)) sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }
}
