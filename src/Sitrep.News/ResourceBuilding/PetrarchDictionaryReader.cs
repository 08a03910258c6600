using System.Globalization;
using System.Text.RegularExpressions;
using Sitrep.News.Actors;

namespace Sitrep.News.ResourceBuilding;

/// <summary>
/// Reads the TABARI/PETRARCH actor dictionaries (Phoenix.*.actors.txt, MIT licence, Open Event Data
/// Alliance): an entry line NAME_ with optional [CODE DATES], "+ALIAS_" lines, and indented
/// "[CODE DATES]" lines. Dates are YYMMDD or YYYYMMDD, as "A-B", ">A" (from) or "&lt;B" (until).
/// </summary>
public static partial class PetrarchDictionaryReader
{
    public sealed record Entry(string Name, List<string> Aliases, List<ActorRole> Roles, bool FromCountryInfo);

    [GeneratedRegex(@"\[([A-Z~][A-Z0-9~]*)\s*([<>]?\d{6,8})?(?:-(\d{6,8}))?\]")]
    private static partial Regex CodePattern();

    public static IEnumerable<Entry> Read(string path)
    {
        Entry? current = null;
        foreach (var raw in File.ReadLines(path))
        {
            var line = StripComment(raw, out var comment);
            if (line.Trim().Length == 0)
            {
                continue;
            }
            bool indented = char.IsWhiteSpace(line[0]);
            var trimmed = line.Trim();
            if (trimmed.StartsWith('+'))
            {
                current?.Aliases.Add(CleanName(CodePattern().Replace(trimmed[1..], "")));
                if (current is not null) AddRoles(trimmed, current.Roles);
                continue;
            }
            if (indented || trimmed.StartsWith('['))
            {
                if (current is not null) AddRoles(trimmed, current.Roles);
                continue;
            }
            if (trimmed.StartsWith('!') || trimmed.Contains(" = ")) continue;
            if (current is not null) yield return current;
            var name = CleanName(CodePattern().Replace(trimmed, ""));
            current = new Entry(name, [], [], comment.Contains("CountryInfo", StringComparison.Ordinal));
            AddRoles(trimmed, current.Roles);
        }
        if (current is not null) yield return current;
    }

    private static string StripComment(string line, out string comment)
    {
        int hash = line.IndexOf('#');
        comment = hash >= 0 ? line[hash..] : "";
        return hash >= 0 ? line[..hash] : line;
    }

    /// <summary>"JOE_BIDEN_" → "JOE BIDEN"; drops "(ACTING" notes and stray quote marks.</summary>
    private static string CleanName(string s)
    {
        int paren = s.IndexOf('(');
        if (paren >= 0) s = s[..paren];
        s = s.Replace('_', ' ').Replace("`", "").Trim();
        return Regex.Replace(s, @"\s+", " ").Trim(' ', ',', '.');
    }

    private static void AddRoles(string line, List<ActorRole> roles)
    {
        foreach (Match m in CodePattern().Matches(line))
        {
            var code = m.Groups[1].Value;
            if (code.StartsWith('~')) continue;
            DateOnly? from = null, until = null;
            var a = m.Groups[2].Value;
            var b = m.Groups[3].Value;
            if (a.StartsWith('>')) from = ParseDate(a[1..]);
            else if (a.StartsWith('<')) until = ParseDate(a[1..]);
            else if (a.Length > 0) { from = ParseDate(a); until = b.Length > 0 ? ParseDate(b) : null; }
            roles.Add(new ActorRole(code, from, until));
        }
    }

    /// <summary>YYMMDD (two-digit years before 40 are 20xx) or YYYYMMDD; day or month 00 means the first.</summary>
    private static DateOnly? ParseDate(string s)
    {
        int year, month, day;
        if (s.Length == 8)
        {
            year = int.Parse(s[..4], CultureInfo.InvariantCulture);
            month = int.Parse(s[4..6], CultureInfo.InvariantCulture);
            day = int.Parse(s[6..8], CultureInfo.InvariantCulture);
        }
        else if (s.Length == 6)
        {
            int yy = int.Parse(s[..2], CultureInfo.InvariantCulture);
            year = yy < 40 ? 2000 + yy : 1900 + yy;
            month = int.Parse(s[2..4], CultureInfo.InvariantCulture);
            day = int.Parse(s[4..6], CultureInfo.InvariantCulture);
        }
        else return null;
        month = Math.Clamp(month, 1, 12);
        day = Math.Clamp(day, 1, DateTime.DaysInMonth(year, month));
        return new DateOnly(year, month, day);
    }
}
