using System.Globalization;
using System.Text.RegularExpressions;
using Sitrep.Articles;

namespace Sitrep.Ingest.PlainText;

/// <summary>Recognizes a line that is nothing but a publication date, as news sites print it above a story.</summary>
internal static partial class DateLine
{
    // Longer lines are sentences that merely contain a date.
    private const int MaxLength = 60;

    private static readonly string[] Formats =
    [
        "MMMM d, yyyy", "MMMM d yyyy", "MMM d, yyyy", "MMM d yyyy", "MMM. d, yyyy",
        "d MMMM yyyy", "d MMMM, yyyy", "d MMM yyyy", "d MMM, yyyy",
        "yyyy-MM-dd", "yyyy/MM/dd",
    ];

    public static bool TryParse(string line, out PartialDate date)
    {
        date = default;
        var s = line.Trim();
        if (s.Length is 0 or > MaxLength || !char.IsAsciiDigit(s[^1])) return false;
        s = Prefix().Replace(s, "");
        s = Weekday().Replace(s, "");
        s = OrdinalSuffix().Replace(s, "$1");
        if (!DateTime.TryParseExact(s, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var d))
            return false;
        date = PartialDate.FromDate(DateOnly.FromDateTime(d));
        return true;
    }

    [GeneratedRegex(@"^(published|posted|updated|date)(\s+on)?\s*:?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Prefix();

    // The weekday is dropped rather than checked: a wrong weekday next to a right date is a typo, not a non-date.
    [GeneratedRegex(@"^(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"(\d)(st|nd|rd|th)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OrdinalSuffix();
}
