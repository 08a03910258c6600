using System.Text.RegularExpressions;

namespace Sitrep.News.ResourceBuilding;

/// <summary>
/// Reads a CAMEO agents dictionary (PETRARCH2 Phoenix.agents.txt, PLOVER_agents.ngec.txt; MIT, Open Event
/// Data Alliance): "PHRASE {PLURAL} [~CODE]" lines, words joined by '_', substitution sets such as
/// "!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON" pasted in place, and regular plurals generated unless
/// a "{…}" gives them ("{}" for none), as PETRARCH 0.5 does.
/// </summary>
public static partial class AgentDictionaryReader
{
    /// <summary>One agent noun phrase, lower case with single spaces, and its role code without the '~' ("GOV", "MIL").</summary>
    public sealed record Entry(string Phrase, string Code);

    [GeneratedRegex(@"\[~([A-Z]+)\]")]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"^(!\w+!)\s*=\s*(.+)$")]
    private static partial Regex SetPattern();

    public static IEnumerable<Entry> Read(string path)
    {
        var sets = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var raw in File.ReadLines(path))
        {
            int hash = raw.IndexOf('#');
            var line = (hash >= 0 ? raw[..hash] : raw).Trim();
            if (line.Length == 0) continue;
            if (SetPattern().Match(line) is { Success: true } set)
            {
                sets[set.Groups[1].Value] = set.Groups[2].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                continue;
            }
            if (CodePattern().Match(line) is not { Success: true } code) continue;
            var head = line[..code.Index];
            string? plural = null;
            int brace = head.IndexOf('{');
            if (brace >= 0)
            {
                int close = head.IndexOf('}', brace);
                plural = close > brace ? head[(brace + 1)..close].Trim() : "";
                head = head[..brace];
            }
            foreach (var form in Expand(head.Trim(), sets))
            {
                yield return new Entry(Clean(form), code.Groups[1].Value);
                if (plural is null && Plural(Clean(form)) is { } p) yield return new Entry(p, code.Groups[1].Value);
            }
            if (plural is { Length: > 0 } && !plural.Contains('!')) yield return new Entry(Clean(plural), code.Groups[1].Value);
        }
    }

    /// <summary>"SPOKES!PERSON!" → SPOKESMAN, SPOKESMEN, …: each set name replaced by each of its words.</summary>
    private static IEnumerable<string> Expand(string phrase, Dictionary<string, string[]> sets)
    {
        foreach (var (name, words) in sets)
        {
            int at = phrase.IndexOf(name, StringComparison.Ordinal);
            if (at < 0) continue;
            return words.SelectMany(w => Expand(phrase[..at] + w + phrase[(at + name.Length)..], sets));
        }
        return [phrase];
    }

    private static string Clean(string s) => string.Join(' ', s.Replace('_', ' ').ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The regular plural of the last word: troop → troops, force → forces, authority → authorities; none for an -s/-men word.</summary>
    private static string? Plural(string phrase)
    {
        if (phrase.Length < 3 || phrase.EndsWith("men", StringComparison.Ordinal) || phrase.EndsWith("man", StringComparison.Ordinal) || phrase.EndsWith('s')) return null;
        if (phrase.EndsWith('y') && !"aeiou".Contains(phrase[^2])) return phrase[..^1] + "ies";
        if (phrase.EndsWith('x') || phrase.EndsWith("ch", StringComparison.Ordinal) || phrase.EndsWith("sh", StringComparison.Ordinal)) return phrase + "es";
        return phrase + "s";
    }
}
