using System.Globalization;
using Sitrep.News.Documents;

namespace Sitrep.News.Times;

/// <summary>Years said in words, as broadcast transcripts write them, and named days of the year (holidays).</summary>
internal sealed partial class SentenceScanner
{
    /// <summary>
    /// A year said in words and where it ends: "nineteen ninety-six", "nineteen ninety six", "eighteen
    /// twelve", "two thousand", "two thousand and one". "nineteen years" or "twenty five" stay counts:
    /// the second part must be ten or more, and a year of the 2000s needs "two thousand".
    /// </summary>
    private (int Year, int End)? SpokenYear(int i)
    {
        if (!v.IsLowerWord(i) && !v.IsCapitalized(i)) return null;
        if (v.Is(i, "two") && v.Is(i + 1, "thousand"))
        {
            int k = v.Is(i + 2, "and") ? i + 3 : i + 2;
            if (v.IsWord(k) && TimeLexicon.TryNumberWord(v.Span(k), out int small) && small < 100 && !IsUnitAt(k + 1))
                return (2000 + small, k + 1);
            return IsUnitAt(i + 2) || v.IsAny(i + 2, "people", "men") ? null : (2000, i + 2);
        }
        if (!v.IsWord(i) || !TimeLexicon.TryNumberWord(v.Span(i), out int century) || century is < 11 or > 19) return null;
        if (!v.IsWord(i + 1) || !TimeLexicon.TryNumberWord(v.Span(i + 1), out int rest) || rest is < 10 or > 99) return null;
        int end = i + 2;
        // "ninety six" in two words.
        if (rest % 10 == 0 && rest >= 20 && v.IsWord(end) && TimeLexicon.TryNumberWord(v.Span(end), out int units) && units is >= 1 and <= 9)
        {
            rest += units;
            end++;
        }
        return IsUnitAt(end) ? null : (century * 100 + rest, end);
    }

    private bool IsUnitAt(int i) => v.IsWord(i) && TimeLexicon.TryUnit(v.Span(i), out _);

    /// <summary>A year said in words standing alone: "in nineteen seventy-nine", "the year two thousand".</summary>
    private Candidate? SpokenYearDate(int i)
    {
        int j = v.Is(i, "the") && v.Is(i + 1, "year") ? i + 2 : i;
        if (SpokenYear(j) is not var (year, end)) return null;
        // "two thousand" alone is a number far more often than a year: only after "the year" or "in/by/since".
        if (year == 2000 && end == j + 2 && j == i && !IsIn(YearLeads, i - 1)) return null;
        return new Candidate(end, TimeType.Date, year.ToString("D4", CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// A holiday: "Thanksgiving (Day)", "Christmas (Day/Eve)", "New Year's Day/Eve", "Easter (Sunday/Monday)",
    /// "Good Friday", "Memorial Day", "Labor Day", "Veterans Day", "Halloween", "Valentine's Day", "Boxing
    /// Day", "Election Day" (US), "Easter week" (the ISO week of Easter). A year written after it places
    /// it ("Christmas 2007"); otherwise the clause's tense does, as for a month and day without a year.
    /// Days whose date differs by country ("Independence Day", "Labour Day") are left alone.
    /// </summary>
    private Candidate? Holiday(int i)
    {
        if (HolidayName(i) is not var (end, rule)) return null;
        bool week = v.Is(end, "week") && rule == HolidayRule.Easter;
        if (week) end++;
        int? year = null;
        if (YearAfter(end) is var (written, yearEnd))
        {
            year = written;
            end = yearEnd;
        }
        year ??= HolidayYear(rule, i, end);
        if (year is not { } y || y < 1 || y > 9999)
            return new Candidate(end, TimeType.Date, "XXXX");
        var date = HolidayDate(rule, y);
        if (week) return new Candidate(end, TimeType.Date, $"{ISOWeek.GetYear(date.ToDateTime(TimeOnly.MinValue)):D4}-W{ISOWeek.GetWeekOfYear(date.ToDateTime(TimeOnly.MinValue)):D2}");
        string value = TimeAnchor.Format(date);
        return PartOfDay(end, value) ?? new Candidate(end, TimeType.Date, value);
    }

    /// <summary>The year of a holiday named without one: "last Thanksgiving" the latest before the DCT, else by tense.</summary>
    private int? HolidayYear(HolidayRule rule, int start, int end)
    {
        int? anchorYear = story.Narrative ? story.Year : Anchor.YearAt(0);
        if (anchorYear is not { } y) return null;
        var sample = HolidayDate(rule, y);
        int direction = v.Is(start - 1, "last") ? -1 : v.Is(start - 1, "next") ? 1 : 0;
        string? yearText = direction != 0
            ? Anchor.YearFor(sample.Month, sample.Day, direction, Tense.Unknown)
            : YearOf(sample.Month, sample.Day, start, end);
        return int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out int chosen) ? chosen : null;
    }

    private enum HolidayRule
    {
        NewYearsDay, NewYearsEve, ValentinesDay, Halloween, VeteransDay, ChristmasEve, Christmas, BoxingDay,
        Thanksgiving, MemorialDay, LaborDay, ElectionDay, Easter, EasterMonday, GoodFriday,
    }

    /// <summary>Where a holiday's name ends and which one it is.</summary>
    private (int End, HolidayRule Rule)? HolidayName(int i)
    {
        if (!v.IsCapitalized(i)) return null;
        bool day = v.Is(i + 1, "Day");
        if (v.Is(i, "Christmas")) return v.Is(i + 1, "Eve") ? (i + 2, HolidayRule.ChristmasEve) : (day ? i + 2 : i + 1, HolidayRule.Christmas);
        if (v.Is(i, "Thanksgiving")) return (day ? i + 2 : i + 1, HolidayRule.Thanksgiving);
        if (v.Is(i, "Halloween")) return (i + 1, HolidayRule.Halloween);
        if (v.Is(i, "Easter"))
            return v.Is(i + 1, "Monday") ? (i + 2, HolidayRule.EasterMonday) : (v.Is(i + 1, "Sunday") ? i + 2 : i + 1, HolidayRule.Easter);
        if (v.Is(i, "Good") && v.Is(i + 1, "Friday")) return (i + 2, HolidayRule.GoodFriday);
        if (day && v.Is(i, "Memorial")) return (i + 2, HolidayRule.MemorialDay);
        if (day && v.Is(i, "Labor")) return (i + 2, HolidayRule.LaborDay);
        if (day && v.Is(i, "Election")) return (i + 2, HolidayRule.ElectionDay);
        if (day && v.Is(i, "Boxing")) return (i + 2, HolidayRule.BoxingDay);
        if (day && (v.Is(i, "Veterans") || v.Is(i, "Veterans'"))) return (i + 2, HolidayRule.VeteransDay);
        bool possessive = v.Is(i + 1, "'s") || v.Is(i + 1, "’s");
        if (v.Is(i, "Valentine") && possessive && v.Is(i + 2, "Day")) return (i + 3, HolidayRule.ValentinesDay);
        if (v.Is(i, "New") && v.Is(i + 1, "Year") && (v.Is(i + 2, "'s") || v.Is(i + 2, "’s")))
        {
            if (v.Is(i + 3, "Day")) return (i + 4, HolidayRule.NewYearsDay);
            if (v.Is(i + 3, "Eve")) return (i + 4, HolidayRule.NewYearsEve);
        }
        return null;
    }

    private static DateOnly HolidayDate(HolidayRule rule, int year) => rule switch
    {
        HolidayRule.NewYearsDay => new DateOnly(year, 1, 1),
        HolidayRule.NewYearsEve => new DateOnly(year, 12, 31),
        HolidayRule.ValentinesDay => new DateOnly(year, 2, 14),
        HolidayRule.Halloween => new DateOnly(year, 10, 31),
        HolidayRule.VeteransDay => new DateOnly(year, 11, 11),
        HolidayRule.ChristmasEve => new DateOnly(year, 12, 24),
        HolidayRule.Christmas => new DateOnly(year, 12, 25),
        HolidayRule.BoxingDay => new DateOnly(year, 12, 26),
        HolidayRule.Thanksgiving => NthWeekday(year, 11, DayOfWeek.Thursday, 4),
        HolidayRule.MemorialDay => LastWeekday(year, 5, DayOfWeek.Monday),
        HolidayRule.LaborDay => NthWeekday(year, 9, DayOfWeek.Monday, 1),
        HolidayRule.ElectionDay => NthWeekday(year, 11, DayOfWeek.Monday, 1).AddDays(1),
        HolidayRule.Easter => EasterSunday(year),
        HolidayRule.EasterMonday => EasterSunday(year).AddDays(1),
        _ => EasterSunday(year).AddDays(-2),
    };

    private static DateOnly NthWeekday(int year, int month, DayOfWeek day, int n)
    {
        var first = new DateOnly(year, month, 1);
        return first.AddDays(((int)day - (int)first.DayOfWeek + 7) % 7 + 7 * (n - 1));
    }

    private static DateOnly LastWeekday(int year, int month, DayOfWeek day)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return last.AddDays(-(((int)last.DayOfWeek - (int)day + 7) % 7));
    }

    /// <summary>Western (Gregorian) Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).</summary>
    internal static DateOnly EasterSunday(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, day);
    }
}
