using System.Globalization;

namespace Sitrep.Articles;

/// <summary>
/// A calendar date known to the year, the month or the day. A month is not a date with a fake
/// day: "2021-07" stays "2021-07". Formats as ISO 8601 (YYYY, YYYY-MM, YYYY-MM-DD).
/// </summary>
public readonly record struct PartialDate : IComparable<PartialDate>
{
    public int Year { get; }
    public int? Month { get; }
    public int? Day { get; }

    public PartialDate(int year, int? month = null, int? day = null)
    {
        if (year is < 1 or > 9999) throw new ArgumentOutOfRangeException(nameof(year));
        if (month is < 1 or > 12) throw new ArgumentOutOfRangeException(nameof(month));
        if (day is not null && (month is null || day < 1 || day > DateTime.DaysInMonth(year, month.Value)))
            throw new ArgumentOutOfRangeException(nameof(day));
        Year = year;
        Month = month;
        Day = day;
    }

    public static PartialDate FromDate(DateOnly d) => new(d.Year, d.Month, d.Day);

    public bool IsFullDate => Day is not null;

    /// <summary>The first day this value covers: 2021-07 → 2021-07-01.</summary>
    public DateOnly FirstDay => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The last day this value covers: 2021-07 → 2021-07-31.</summary>
    public DateOnly LastDay => Day is not null ? FirstDay
        : Month is { } m ? new DateOnly(Year, m, DateTime.DaysInMonth(Year, m))
        : new DateOnly(Year, 12, 31);

    /// <summary>The middle day this value covers (the day itself for a full date): "2021" → 2021-07-02, not 1 January.</summary>
    public DateOnly MiddleDay => FirstDay.AddDays((LastDay.DayNumber - FirstDay.DayNumber) / 2);

    public override string ToString() =>
        Day is { } d ? $"{Year:D4}-{Month:D2}-{d:D2}" : Month is { } m ? $"{Year:D4}-{m:D2}" : $"{Year:D4}";

    /// <summary>Parses YYYY, YYYY-MM, YYYY-MM-DD, or the date part of an ISO timestamp.</summary>
    public static bool TryParse(string? s, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(s)) return false;
        s = s.Trim();
        if (s.Length >= 10 && DateOnly.TryParseExact(s[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            date = FromDate(d);
            return true;
        }
        if (s.Length == 7 && s[4] == '-' && int.TryParse(s[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            && int.TryParse(s[5..], NumberStyles.None, CultureInfo.InvariantCulture, out var m) && y >= 1 && m is >= 1 and <= 12)
        {
            date = new PartialDate(y, m);
            return true;
        }
        if (s.Length == 4 && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out y) && y >= 1)
        {
            date = new PartialDate(y);
            return true;
        }
        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var dto))
        {
            date = FromDate(DateOnly.FromDateTime(dto.DateTime));
            return true;
        }
        return false;
    }

    public int CompareTo(PartialDate other)
    {
        int c = FirstDay.CompareTo(other.FirstDay);
        return c != 0 ? c : LastDay.CompareTo(other.LastDay);
    }
}
