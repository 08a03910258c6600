using System.Globalization;
using Sitrep.Articles;
using Sitrep.Nlp.Tokens;

namespace Sitrep.News.Times;

/// <summary>
/// The time the text is talking about at this point: the last date it placed, at the precision it
/// was given, and the last quarter it named. Anaphoric expressions resolve against it ("the next day",
/// "the following year", "a year earlier"), and in a narrative (a history whose explicit years sit
/// far from the document's date) so do a month or a day written without a year: "In 1944 ... on June 6"
/// is 1944-06-06, not a June of the year the page was saved. Years are signed: -490 is 490 BC.
/// One instance per document, updated in text order.
/// </summary>
internal sealed class ReferenceTime
{
    /// <summary>A document is a narrative when at least this many explicit years are far from its date, most of them are...</summary>
    private const int NarrativeMinFarYears = 5;

    /// <summary>...and words that only make sense from the DCT ("Friday", "yesterday") are rarer than one in this many characters.</summary>
    private const int NarrativeCharsPerDeictic = 10_000;

    private ReferenceTime(bool narrative, PartialDate? dct)
    {
        Narrative = narrative;
        if (dct is { Year: >= 1 } d)
        {
            Year = d.Year;
            Month = d.Month;
            Day = d.Day;
        }
    }

    /// <summary>True when a month or day without a year takes the year of the story rather than the DCT's.</summary>
    public bool Narrative { get; }

    public int? Year { get; private set; }
    public int? Month { get; private set; }
    public int? Day { get; private set; }

    /// <summary>The reference time as a date of the common era, or null before Christ or before any date.</summary>
    public PartialDate? Date => Year is { } y && y is >= 1 and <= 9999 ? new PartialDate(y, Month, Day) : null;

    /// <summary>The last quarter named, as year × 4 + quarter − 1; financial news compares "a year ago" with it.</summary>
    public int? LastQuarter { get; private set; }

    /// <summary>
    /// Starts a document's reference time at its DCT and decides whether the document is a narrative:
    /// undated, or dated but mostly about years at least two years away from that date (wiki histories
    /// downloaded in 2009, a history of 2003–2008 saved in 2009) and hardly ever speaking from the DCT:
    /// news that looks back over decades still says "Friday" and "today".
    /// </summary>
    public static ReferenceTime For(string text, IReadOnlyList<Token> tokens, PartialDate? dct)
    {
        int near = 0, far = 0, deictic = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.Word && IsDeictic(t.Span(text))) deictic++;
            if (t.Kind != TokenKind.Number || t.Length != 4) continue;
            if (!int.TryParse(t.Span(text), NumberStyles.None, CultureInfo.InvariantCulture, out int year) || year is < 1000 or > 2099) continue;
            if (dct is { } d && Math.Abs(year - d.Year) <= 1) near++;
            else far++;
        }
        bool narrative = dct is null
            || (far >= NarrativeMinFarYears && far > near && (long)deictic * NarrativeCharsPerDeictic < text.Length);
        return new ReferenceTime(narrative, dct);
    }

    private static bool IsDeictic(ReadOnlySpan<char> word) =>
        (char.IsUpper(word[0]) && TimeLexicon.TryWeekday(word, out _)) || word.Equals("today", StringComparison.OrdinalIgnoreCase)
        || word.Equals("yesterday", StringComparison.OrdinalIgnoreCase) || word.Equals("tomorrow", StringComparison.OrdinalIgnoreCase)
        || word.Equals("tonight", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Moves the reference time to a value just tagged, as far as the value places it: "1944" sets the
    /// year and forgets the month and day, "1944-06" the month, "1944-06-06T05:30" the day, "1944-Q2" the
    /// year and quarter, "BC0490" the year 490 BC. Values with X, durations and references leave it alone,
    /// and so does a coarser value that contains the reference time: "in 1941" after "December 8, 1941"
    /// names the year the story is in and does not move it back to its start.
    /// </summary>
    public void Note(string value)
    {
        var s = value.AsSpan();
        int sign = 1;
        if (s.StartsWith("BC"))
        {
            s = s[2..];
            sign = -1;
        }
        if (s.Length < 4 || !int.TryParse(s[..4], NumberStyles.None, CultureInfo.InvariantCulture, out int year) || year == 0) return;
        year *= sign;
        if (s.Length == 4)
        {
            Set(year, null, null);
            return;
        }
        if (s[4] != '-' || s.Length < 7) return;
        var rest = s[5..];
        if (rest[0] == 'Q' && rest[1] is >= '1' and <= '4')
        {
            Set(year, null, null);
            // A quarter a year back ("the year-ago quarter", "a year ago") is a comparison: the scanner marks
            // it as looking back and never notes it, so every quarter noted here is one being reported.
            LastQuarter = year * 4 + (rest[1] - '1');
            return;
        }
        if (!int.TryParse(rest[..2], NumberStyles.None, CultureInfo.InvariantCulture, out int month) || month is < 1 or > 12) return;
        if (rest.Length >= 5 && rest[2] == '-' && int.TryParse(rest.Slice(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int day))
            Set(year, month, day);
        else if (rest.Length == 2) Set(year, month, null);
    }

    private void Set(int year, int? month, int? day)
    {
        bool contains = year == Year && (month is null || (month == Month && day is null));
        if (contains) return;
        Year = year;
        Month = month;
        Day = day;
    }

    /// <summary>The year n years from the reference year, or null when the text has placed none.</summary>
    public string? YearValue(int n) => Year is { } y ? TimeAnchor.FormatYear(Shifted(y, n)) : null;

    /// <summary>The month n months from the reference month: "the following month" (BC months stay put).</summary>
    public string? MonthValue(int n)
    {
        if (Year is not { } y || Month is not { } m) return null;
        if (y < 1) return TimeAnchor.FormatMonth(y, m);
        var first = new DateOnly(y, m, 1).AddMonths(n);
        return TimeAnchor.FormatMonth(first.Year, first.Month);
    }

    /// <summary>
    /// The day n days from the reference day: "the next day" (1), "the day before" (-1), "that day" (0).
    /// Known only to the month, the day stays open ("1950-07-XX"); BC days likewise.
    /// </summary>
    public string? DayValue(int n)
    {
        if (Year is not { } y) return null;
        if (Month is not { } m) return TimeAnchor.FormatYear(y) + "-XX-XX";
        if (Day is not { } d || y < 1) return TimeAnchor.FormatMonth(y, m) + "-XX";
        return TimeAnchor.Format(new DateOnly(y, m, d).AddDays(n));
    }

    /// <summary>The last quarter named, as a TIMEX3 value ("1989-Q3"), or null.</summary>
    public string? LastQuarterValue => LastQuarter is { } q ? TimeAnchor.FormatYear(q / 4) + "-Q" + (q % 4 + 1) : null;

    /// <summary>The quarter a year before the last one named: "a year earlier" in a quarterly report.</summary>
    public string? QuarterYearBefore() =>
        LastQuarter is { } q ? TimeAnchor.FormatYear(q / 4 - 1) + "-Q" + (q % 4 + 1) : null;

    /// <summary>Year arithmetic across the era boundary: there is no year 0, 1 BC is followed by AD 1.</summary>
    private static int Shifted(int year, int n)
    {
        int shifted = year + n;
        if (year < 0 && shifted >= 0) shifted++;
        else if (year > 0 && shifted <= 0) shifted--;
        return shifted;
    }
}
