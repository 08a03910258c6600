using System.Globalization;
using Sitrep.Articles;

namespace Sitrep.News.Times;

/// <summary>
/// The document creation time (DCT) that relative expressions are resolved against, known to the
/// year, the month, the day or not at all. Every method returns a TIMEX3 value and degrades to the
/// underspecified forms of TimeML 1.2.1 §2.2 when the anchor is too coarse: the missing places become
/// X ("2021-XX-XX", "XXXX-05"), and an offset that cannot be placed at all keeps only its direction
/// (PAST_REF, PRESENT_REF, FUTURE_REF).
/// </summary>
internal readonly struct TimeAnchor
{
    private readonly PartialDate? _dct;

    /// <remarks>A default <see cref="PartialDate"/> (year 0) is treated as no DCT.</remarks>
    public TimeAnchor(PartialDate? dct) => _dct = dct is { Year: >= 1 } ? dct : null;

    private int? Year => _dct?.Year;
    private int? Month => _dct?.Month;
    private bool HasDay => _dct?.Day is not null;
    private DateOnly Day => _dct!.Value.FirstDay;

    /// <summary>The DCT's year moved by n ("last year" is -1), or null when the DCT has none.</summary>
    public int? YearAt(int n) => Year is { } y ? y + n : null;

    public static string Ref(int direction) => direction < 0 ? "PAST_REF" : direction > 0 ? "FUTURE_REF" : "PRESENT_REF";

    public static string Format(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string FormatMonth(int year, int month) => $"{Y(year)}-{month:D2}";

    /// <summary>A month under a year that may be underspecified: ("XXXX", 5) → "XXXX-05".</summary>
    public static string FormatMonth(string year, int month) => $"{year}-{month:D2}";

    public static string FormatDay(int year, int month, int day) => $"{Y(year)}-{month:D2}-{day:D2}";

    private static string Y(int year) => FormatYear(year);

    /// <summary>A signed year as TIMEX3 writes it: 2001 → "2001", -490 (490 BC) → "BC0490" (TimeML 1.2.1 §2.2).</summary>
    public static string FormatYear(int year) =>
        year < 0 ? "BC" + (-year).ToString("D4", CultureInfo.InvariantCulture) : year.ToString("D4", CultureInfo.InvariantCulture);

    private static string IsoWeek(DateOnly d)
    {
        var dt = d.ToDateTime(TimeOnly.MinValue);
        return $"{Y(ISOWeek.GetYear(dt))}-W{ISOWeek.GetWeekOfYear(dt):D2}";
    }

    /// <summary>The day n days from the DCT: today (0), yesterday (-1), tomorrow (1).</summary>
    public string DayOffset(int n) =>
        HasDay ? Format(Day.AddDays(n))
        : Month is { } m && n == 0 ? FormatMonth(Year!.Value, m) + "-XX"
        : Year is { } y ? Y(y) + "-XX-XX"
        : n == 0 ? "PRESENT_REF" : Ref(n);

    /// <summary>The unit-sized period n units from the DCT's: "last year" (Year, -1), "next week" (Week, 1), "two days ago".</summary>
    public string Shift(TimeUnit unit, int n)
    {
        if (Year is not { } y) return Ref(n);
        switch (unit)
        {
            case TimeUnit.Century: return Y(y + 100 * n)[..2];
            case TimeUnit.Decade: return Y(y + 10 * n)[..3];
            case TimeUnit.Year: return Y(y + n);
        }
        if (Month is not { } m)
            return unit switch { TimeUnit.Week => Y(y) + "-WXX", TimeUnit.Month => Y(y) + "-XX", TimeUnit.Quarter => Y(y) + "-QX", _ => Y(y) + "-XX-XX" };
        if (unit == TimeUnit.Quarter)
        {
            int index = y * 4 + (m - 1) / 3 + n;
            return Y(index / 4) + "-Q" + (index % 4 + 1);
        }
        if (unit == TimeUnit.Month)
        {
            var first = new DateOnly(y, m, 1).AddMonths(n);
            return FormatMonth(first.Year, first.Month);
        }
        if (!HasDay) return unit == TimeUnit.Week ? Y(y) + "-WXX" : FormatMonth(y, m) + "-XX";
        // Hours and minutes have no clock anchor in a dated article: keep the day they fall on.
        return unit switch
        {
            TimeUnit.Week => IsoWeek(Day.AddDays(7 * n)),
            TimeUnit.Day => Format(Day.AddDays(n)),
            _ => Format(Day),
        };
    }

    /// <summary>
    /// A weekday near the DCT. direction -1/+1 is "last"/"next" (never the DCT itself), 0 is "this"
    /// (the same ISO week). With no such word, tense decides: future → the coming one, otherwise the
    /// most recent one, news being mostly past; the DCT's own weekday means the DCT (TempEval convention).
    /// </summary>
    public string Weekday(int isoDay, int? direction, Tense tense)
    {
        if (!HasDay) return (Year is { } y ? Y(y) : "XXXX") + "-WXX-" + isoDay;
        int dctDay = ((int)Day.DayOfWeek + 6) % 7 + 1;
        int delta = direction switch
        {
            0 => isoDay - dctDay,
            < 0 => -(((dctDay - isoDay + 6) % 7) + 1),
            > 0 => ((isoDay - dctDay + 6) % 7) + 1,
            null when tense == Tense.Future => (isoDay - dctDay + 7) % 7,
            null => -((dctDay - isoDay + 7) % 7),
        };
        return Format(Day.AddDays(delta));
    }

    /// <summary>
    /// "the weekend": the last one before the DCT in a past or unknown tense (the DCT's own on a Saturday
    /// or Sunday), the coming one in the future tense; a week value with the TIMEX3 suffix -WE.
    /// </summary>
    public string Weekend(Tense tense)
    {
        if (!HasDay) return (Year is { } y ? Y(y) : "XXXX") + "-WXX-WE";
        int dctDay = ((int)Day.DayOfWeek + 6) % 7 + 1;
        bool previousWeek = tense != Tense.Future && dctDay < 6;
        return IsoWeek(Day.AddDays(previousWeek ? -7 : 0)) + "-WE";
    }

    /// <summary>
    /// The year of a quarter named without one ("third-quarter profit"): the DCT's year when the quarter
    /// has begun by the DCT, else the year before (a report on it is past), or this year in the future tense.
    /// </summary>
    public string QuarterOf(int quarter, Tense tense)
    {
        if (Year is not { } y) return "XXXX-Q" + quarter;
        if (Month is not { } m) return Y(y) + "-Q" + quarter;
        int current = (m - 1) / 3 + 1;
        return Y(quarter <= current || tense == Tense.Future ? y : y - 1) + "-Q" + quarter;
    }

    /// <summary>The year of a month, or month and day, given without one: "in May", "January 31".</summary>
    /// <remarks>
    /// Past tense picks the latest occurrence not after the DCT, future tense the earliest not before
    /// it, and an unknown tense the nearest one (news dates sit close to their article: "Nov. 25" in
    /// January is last November); "last"/"next" (direction) pick strictly before/after the DCT's month.
    /// A day at most <see cref="ScheduledHorizonDays"/> after the DCT stays in the coming weeks even in a
    /// past-tense clause: "the offer was extended to Nov. 6", "said it would pay the dividend Dec. 15"
    /// report a schedule; news does not name a day eleven months back without its year.
    /// </remarks>
    public string? YearFor(int month, int? day, int? direction, Tense tense, bool leanPast = false)
    {
        if (Year is not { } y) return null;
        if (Month is not { } m) return direction is null or 0 ? Y(y) : null;
        int cmp = month != m ? month.CompareTo(m) : day is { } d && HasDay ? d.CompareTo(Day.Day) : 0;
        return Y(direction switch
        {
            < 0 => month < m ? y : y - 1,
            > 0 => month > m ? y : y + 1,
            0 => y,
            null when tense == Tense.Past && cmp > 0 && !IsScheduled(month, day) => y - 1,
            null when tense == Tense.Future && cmp < 0 => y + 1,
            null when tense == Tense.Unknown => NearestYear(month, day ?? 15, leanPast ? FutureLean : 1),
            _ => y,
        });
    }

    /// <summary>How far after the DCT a day named in a past-tense clause may still lie (about two months).</summary>
    private const int ScheduledHorizonDays = 62;

    private bool IsScheduled(int month, int? day)
    {
        if (day is not { } d || !HasDay) return false;
        int y = Day.Year;
        if (d > DateTime.DaysInMonth(y, month)) return false;
        var date = new DateOnly(y, month, d);
        if (date < Day) date = date.AddYears(1);
        return date.DayNumber - Day.DayNumber <= ScheduledHorizonDays;
    }

    /// <summary>
    /// The year that puts month/day closest to the anchor; a tie goes to the past. A news report leans
    /// further to the past (<paramref name="lean"/> = <see cref="FutureLean"/>): a date ahead wins only when
    /// it is under that share of the distance to the one behind ("in March" in late October is this March,
    /// "Nov. 25" in January last November, "Jan. 2" in early November the coming one). A narrative's story
    /// time moves forward, so there the nearest one wins.
    /// </summary>
    private int NearestYear(int month, int day, double lean)
    {
        var dct = HasDay ? Day : new DateOnly(Year!.Value, Month!.Value, 15);
        int Distance(int y) => Math.Abs(new DateOnly(y, month, Math.Min(day, DateTime.DaysInMonth(y, month))).DayNumber - dct.DayNumber);
        int y0 = dct.Year;
        if (y0 <= 1 || y0 >= 9998) return y0;
        var same = new DateOnly(y0, month, Math.Min(day, DateTime.DaysInMonth(y0, month)));
        // The nearest occurrence not after the DCT, and the nearest after it.
        int past = same <= dct ? y0 : y0 - 1, ahead = same > dct ? y0 : y0 + 1;
        return Distance(ahead) < lean * Distance(past) ? ahead : past;
    }

    /// <summary>How much nearer than the past one a date ahead must be to win in a news report (measured on tbaq-cleaned).</summary>
    private const double FutureLean = 0.5;

    /// <summary>
    /// A season relative to the DCT: "last summer", "this winter", "next spring". Seasons are
    /// SP Mar–May, SU Jun–Aug, FA Sep–Nov, WI Dec–Feb; a winter carries the year of its December.
    /// </summary>
    public string Season(string code, int direction)
    {
        if (Year is not { } y || Month is not { } m) return "XXXX-" + code;
        int k = code switch { "SP" => 0, "SU" => 1, "FA" => 2, _ => 3 };
        int current = m <= 2 ? (y - 1) * 4 + 3 : y * 4 + (m - 3) / 3;
        int year = direction switch
        {
            < 0 => (current - 1 - k) / 4,
            > 0 => (current - k) / 4 + 1,
            _ => code == "WI" && m <= 2 ? y - 1 : y,
        };
        return Y(year) + "-" + code;
    }

    /// <summary>The DCT's year for a quarter or half of "this" year ("the first quarter" → 2021-Q1).</summary>
    public string YearOrX => Year is { } y ? Y(y) : "XXXX";

    /// <summary>The DCT's day for a clock time or part of day with no date of its own.</summary>
    public string DayOrX => HasDay ? Format(Day) : "XXXX-XX-XX";
}
