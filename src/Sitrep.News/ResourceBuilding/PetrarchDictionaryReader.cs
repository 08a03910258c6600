using System.Globalization;
using System.Text.RegularExpressions;
using Sitrep.News.Actors;

namespace Sitrep.News.ResourceBuilding;

/// <summary>
/// Reads the TABARI/PETRARCH actor dictionaries (Phoenix.*.actors.txt, MIT licence, Open Event Data
/// Alliance): a name line NAME_ with an optional [CODE DATES], "+ALIAS_" synonym lines, and indented
/// "[CODE DATES]" lines. Dates are YYMMDD or YYYYMMDD, as "A-B", ">A" (from) or "&lt;B" (until).
/// <para>
/// Name lines that follow one another without a code of their own share the code block that comes after
/// them, as PETRARCH reads them (its reader files every phrase under one code index until a code arrives):
/// "BORIS_YELTSIN_", "BORIS_N._YELTSIN", … "RUSSIAN_PRESIDENT_YELTSIN" then the indented dates code all of
/// them. Each name line is one <see cref="Entry"/> with those roles, and the entries of one block carry the
/// same <see cref="Entry.Block"/>. A run of such lines ends without codes (its entries have no roles) at a
/// blank line, where the dictionaries separate records, or at a name line with its own code ("NAME [CODE]",
/// a one-line record).
/// </para>
/// </summary>
public static partial class PetrarchDictionaryReader
{
    /// <summary>
    /// One name line with its "+" synonyms and the roles of its code block; <paramref name="Block"/> numbers the
    /// code blocks, so name lines that share one (synonym lines) have the same number.
    /// </summary>
    public sealed record Entry(string Name, List<string> Aliases, List<ActorRole> Roles, bool FromCountryInfo, int Block = 0);

    /// <summary>A code with its dates: "[AFGGOV 780427-780430]", "[RUSGOV >20000507]", "[EGYGOV > 140301]", "[HOB]".</summary>
    [GeneratedRegex(@"\[([A-Z~][A-Z0-9~]*)\s*([<>]?)\s*(\d{6,8})?(?:\s*-\s*(\d{6,8}))?\s*\]")]
    private static partial Regex CodePattern();

    /// <summary>Any code block, also the null code "[---]" and codes this reader cannot use: each ends a run of synonym lines.</summary>
    [GeneratedRegex(@"\[[^\]]*\]")]
    private static partial Regex AnyCode();

    /// <summary>The name lines waiting for their code block, and the roles read so far.</summary>
    private sealed class Run(int block)
    {
        public int Block { get; } = block;
        public List<(string Name, List<string> Aliases, bool FromCountryInfo)> Names { get; } = [];
        public List<ActorRole> Roles { get; } = [];
        public bool Coded { get; set; }

        public IEnumerable<Entry> Entries() => Names.Select(n => new Entry(n.Name, n.Aliases, [.. Roles], n.FromCountryInfo, Block));
    }

    public static IEnumerable<Entry> Read(string path)
    {
        Run? run = null;
        int blocks = 0;
        bool gap = false;
        foreach (var raw in File.ReadLines(path))
        {
            var line = StripComment(raw, out var comment);
            if (line.Trim().Length == 0)
            {
                gap = true;
                continue;
            }
            bool indented = char.IsWhiteSpace(line[0]);
            var trimmed = line.Trim();
            if (trimmed.StartsWith('+'))
            {
                if (run is null) continue;
                run.Names[^1].Aliases.Add(CleanName(AnyCode().Replace(trimmed[1..], "")));
                AddRoles(trimmed, run);
                continue;
            }
            if (indented || trimmed.StartsWith('['))
            {
                if (run is not null) AddRoles(trimmed, run);
                continue;
            }
            if (trimmed.StartsWith('!') || trimmed.Contains(" = ")) continue;
            var name = CleanName(AnyCode().Replace(trimmed, ""));
            bool ownCode = AnyCode().IsMatch(trimmed);
            // A synonym line: the run so far has no code, nothing separates it from this line, and this line waits for a block too.
            if (run is null || run.Coded || gap || ownCode)
            {
                if (run is not null)
                    foreach (var e in run.Entries()) yield return e;
                run = new Run(++blocks);
            }
            gap = false;
            run.Names.Add((name, [], comment.Contains("CountryInfo", StringComparison.Ordinal)));
            AddRoles(trimmed, run);
        }
        if (run is not null)
            foreach (var e in run.Entries()) yield return e;
    }

    private static string StripComment(string line, out string comment)
    {
        int hash = line.IndexOf('#');
        comment = hash >= 0 ? line[hash..] : "";
        return hash >= 0 ? line[..hash] : line;
    }

    /// <summary>"JOE_BIDEN_" → "JOE BIDEN"; drops "(ACTING" notes, stray quote marks and stray closing brackets ("HAMMARSKJOLD)").</summary>
    private static string CleanName(string s)
    {
        int paren = s.IndexOf('(');
        if (paren >= 0) s = s[..paren];
        s = s.Replace('_', ' ').Replace("`", "").Trim();
        return Regex.Replace(s, @"\s+", " ").Trim(' ', ',', '.', ')', ']');
    }

    private static void AddRoles(string line, Run run)
    {
        if (AnyCode().IsMatch(line)) run.Coded = true;
        foreach (Match m in CodePattern().Matches(line))
        {
            var code = m.Groups[1].Value;
            if (code.StartsWith('~')) continue;
            DateOnly? from = null, until = null;
            var sign = m.Groups[2].Value;
            var a = m.Groups[3].Value;
            var b = m.Groups[4].Value;
            if (sign == ">") from = ParseDate(a);
            else if (sign == "<") until = ParseDate(a);
            else if (a.Length > 0) { from = ParseDate(a); until = b.Length > 0 ? ParseDate(b) : null; }
            run.Roles.Add(new ActorRole(code, from, until));
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
