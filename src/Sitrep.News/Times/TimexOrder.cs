using System.Globalization;

namespace Sitrep.News.Times;

/// <summary>
/// Orders TIMEX3 date values by the first day they cover: "2024-W11" (ISO week 11) sorts with
/// 2024-03-11, "2021-SU" with 2021-06-21, "2021-Q3" with 2021-07-01. Plain string order would put
/// weeks, seasons and quarters after every day of their year.
/// </summary>
public static class TimexOrder
{
    public static DateOnly? FirstDay(string value)
    {
        if (value.Length < 4 || !int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int year) || year < 1) return null;
        if (value.Length == 4) return new DateOnly(year, 1, 1);
        var rest = value.AsSpan(5);
        if (value[4] != '-') return null;
        if (rest.Length >= 3 && rest[0] == 'W' && year < 9999 && int.TryParse(rest.Slice(1, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int week) && week is >= 1 and <= 53)
            return DateOnly.FromDateTime(ISOWeek.ToDateTime(year, Math.Min(week, ISOWeek.GetWeeksInYear(year)), DayOfWeek.Monday));
        if (rest.Length >= 2 && rest[0] == 'Q' && rest[1] is >= '1' and <= '4') return new DateOnly(year, (rest[1] - '1') * 3 + 1, 1);
        if (rest.StartsWith("H1")) return new DateOnly(year, 1, 1);
        if (rest.StartsWith("H2")) return new DateOnly(year, 7, 1);
        // Seasons by their astronomical start in the northern hemisphere, as TIMEX3 leaves them open.
        if (rest.StartsWith("SP")) return new DateOnly(year, 3, 20);
        if (rest.StartsWith("SU")) return new DateOnly(year, 6, 21);
        if (rest.StartsWith("FA")) return new DateOnly(year, 9, 22);
        if (rest.StartsWith("WI")) return new DateOnly(year, 12, 21);
        if (rest.Length >= 2 && int.TryParse(rest[..2], NumberStyles.None, CultureInfo.InvariantCulture, out int month) && month is >= 1 and <= 12)
        {
            int day = 1;
            if (rest.Length >= 5 && rest[2] == '-' && int.TryParse(rest.Slice(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int d))
                day = Math.Clamp(d, 1, DateTime.DaysInMonth(year, month));
            return new DateOnly(year, month, day);
        }
        return new DateOnly(year, 1, 1);
    }
}
