using System.Globalization;
using Sitrep.Articles;
using Sitrep.News.Documents;

namespace Sitrep.News.PublicationDates;

/// <summary>Guesses a creation date for an article that carries none, from the dates its text mentions.</summary>
public static class DocumentDateInference
{
    /// <summary>The earliest year an explicit date may have to count as evidence of when news was written.</summary>
    public const int EarliestYear = 1900;

    private static int LatestYear => DateTime.UtcNow.Year + 1;

    /// <summary>
    /// Returns the latest explicit date among <paramref name="times"/> (tagged without a DCT), at the
    /// granularity it was written: "2021", "2021-07" or "2021-07-22". Only DATE and TIME values with a
    /// four-digit year and no X count ("XXXX-05", "2021-W29", "2021-SU", "198", "PAST_REF" do not),
    /// since news rarely mentions dates after its own publication. "Latest" compares start days, and
    /// on the same start day the more specific value wins (2021-07-01 over 2021-07).
    /// The evidence names the mention and its offset. Returns null when nothing qualifies.
    /// A year before <see cref="EarliestYear"/> is history or a number misread as a year ("the 1000 level"), and a
    /// year after next year a plan; neither says when the article was written, so neither counts.
    /// </summary>
    public static (PartialDate Date, string Evidence)? Infer(IReadOnlyList<TimeExpression> times)
    {
        ArgumentNullException.ThrowIfNull(times);
        PartialDate? best = null;
        TimeExpression? source = null;
        foreach (var t in times)
        {
            if (t.Type is not (TimeType.Date or TimeType.Time) || !WritesItsYear(t.Text) || !TryParseExplicit(t.Value, out var date)) continue;
            if (date.FirstDay.Year < EarliestYear || date.FirstDay.Year > LatestYear) continue;
            if (best is null || IsLater(date, best.Value))
            {
                best = date;
                source = t;
            }
        }
        return best is { } b ? (b, $"latest explicit date \"{source!.Text}\" at {source.Start}") : null;
    }

    /// <summary>
    /// Only an expression that writes its year ("July 22, 2021", "in 2019") is evidence: a bare "July 9"
    /// or "tomorrow" was placed by the text's other dates, which is circular without a DCT.
    /// </summary>
    private static bool WritesItsYear(string text)
    {
        int run = 0;
        foreach (char c in text)
        {
            run = char.IsAsciiDigit(c) ? run + 1 : 0;
            if (run == 4) return true;
        }
        return false;
    }

    /// <summary>Later start day wins; on the same start day the narrower value wins.</summary>
    private static bool IsLater(PartialDate a, PartialDate b) =>
        a.FirstDay != b.FirstDay ? a.FirstDay > b.FirstDay : a.LastDay < b.LastDay;

    /// <summary>YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by a clock part ("2021-07-22T10:30").</summary>
    private static bool TryParseExplicit(string value, out PartialDate date)
    {
        date = default;
        int t = value.IndexOf('T');
        var s = t >= 0 ? value.AsSpan(0, t) : value.AsSpan();
        if (s.Length is not (4 or 7 or 10)) return false;
        foreach (char c in s)
            if (!char.IsAsciiDigit(c) && c != '-') return false;
        return PartialDate.TryParse(s.ToString(), out date) && date.ToString() == s.ToString();
    }
}
