using System.Globalization;
using System.Text.RegularExpressions;
using Sitrep.Articles;

namespace Sitrep.Ingest.Feeds;

/// <summary>
/// Feed dates: RFC 822 as RSS 2.0 specifies ("Tue, 10 Jun 2003 04:00:00 GMT", two-digit years and named
/// zones included) and ISO 8601 / RFC 3339 as Atom, RSS 1.0 dc:date, JSON Feed and sitemaps use. The
/// date is the one written, in the publisher's own time zone.
/// </summary>
internal static partial class FeedDate
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static PartialDate? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (Rfc822().Match(text) is { Success: true } m)
        {
            int day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
            int month = Array.IndexOf(Months, m.Groups["month"].Value[..3].ToLowerInvariant()) + 1;
            int year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
            // RFC 1123 §5.2.14 widened the year to four digits; old two-digit years are read as RFC 2822 §4.3 says.
            if (m.Groups["year"].Length == 2) year += year < 50 ? 2000 : 1900;
            return month > 0 && year >= 1 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new PartialDate(year, month, day) : null;
        }
        return PartialDate.TryParse(text, out var date) ? date : null;
    }

    [GeneratedRegex(@"^\s*(?:[A-Za-z]{3,9},?\s*)?(?<day>\d{1,2})\s+(?<month>(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\.?\s+(?<year>\d{4}|\d{2})\b")]
    private static partial Regex Rfc822();
}
