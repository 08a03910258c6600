using System.Collections.Frozen;

namespace Sitrep.News.Times;

/// <summary>
/// The closed word classes time expressions are built from: month and weekday names, number and
/// ordinal words, units, seasons and parts of the day. Lookups take spans so the tagger never
/// allocates a string to ask whether a token is a time word.
/// </summary>
internal static class TimeLexicon
{
    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Months = Lookup(new Dictionary<string, int>
    {
        ["january"] = 1, ["february"] = 2, ["march"] = 3, ["april"] = 4, ["may"] = 5, ["june"] = 6,
        ["july"] = 7, ["august"] = 8, ["september"] = 9, ["october"] = 10, ["november"] = 11, ["december"] = 12,
        ["jan"] = 1, ["feb"] = 2, ["mar"] = 3, ["apr"] = 4, ["jun"] = 6, ["jul"] = 7, ["aug"] = 8,
        ["sep"] = 9, ["sept"] = 9, ["oct"] = 10, ["nov"] = 11, ["dec"] = 12,
    });

    /// <summary>ISO 8601 weekday numbers, Monday = 1 (TIMEX3 "XXXX-WXX-1").</summary>
    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Weekdays = Lookup(new Dictionary<string, int>
    {
        ["monday"] = 1, ["tuesday"] = 2, ["wednesday"] = 3, ["thursday"] = 4, ["friday"] = 5, ["saturday"] = 6, ["sunday"] = 7,
    });

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Numbers = Lookup(new Dictionary<string, int>
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15,
        ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30,
        ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90, ["hundred"] = 100,
    });

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Ordinals = Lookup(new Dictionary<string, int>
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7,
        ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12, ["thirteenth"] = 13,
        ["fourteenth"] = 14, ["fifteenth"] = 15, ["sixteenth"] = 16, ["seventeenth"] = 17, ["eighteenth"] = 18,
        ["nineteenth"] = 19, ["twentieth"] = 20, ["thirtieth"] = 30,
    });

    private static readonly FrozenDictionary<string, TimeUnit>.AlternateLookup<ReadOnlySpan<char>> Units = Lookup(new Dictionary<string, TimeUnit>
    {
        ["second"] = TimeUnit.Second, ["seconds"] = TimeUnit.Second, ["minute"] = TimeUnit.Minute, ["minutes"] = TimeUnit.Minute,
        ["hour"] = TimeUnit.Hour, ["hours"] = TimeUnit.Hour, ["day"] = TimeUnit.Day, ["days"] = TimeUnit.Day,
        ["week"] = TimeUnit.Week, ["weeks"] = TimeUnit.Week, ["month"] = TimeUnit.Month, ["months"] = TimeUnit.Month,
        ["quarter"] = TimeUnit.Quarter, ["quarters"] = TimeUnit.Quarter,
        ["year"] = TimeUnit.Year, ["years"] = TimeUnit.Year, ["decade"] = TimeUnit.Decade, ["decades"] = TimeUnit.Decade,
        ["century"] = TimeUnit.Century, ["centuries"] = TimeUnit.Century,
    });

    /// <summary>TIMEX3 season codes (TimeML 1.2.1 §2.2: SP, SU, FA, WI).</summary>
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Seasons = Lookup(new Dictionary<string, string>
    {
        ["spring"] = "SP", ["summer"] = "SU", ["autumn"] = "FA", ["fall"] = "FA", ["winter"] = "WI",
    });

    /// <summary>TIMEX3 part-of-day codes: MO, AF, EV, NI.</summary>
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> PartsOfDay = Lookup(new Dictionary<string, string>
    {
        ["morning"] = "MO", ["afternoon"] = "AF", ["evening"] = "EV", ["night"] = "NI",
    });

    private static FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> Lookup<T>(Dictionary<string, T> entries) =>
        entries.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A month name or abbreviation ("Sept." keeps its period in the token).</summary>
    public static bool TryMonth(ReadOnlySpan<char> word, out int month) => Months.TryGetValue(word.TrimEnd('.'), out month);

    /// <summary>A month's full name only: "next May", never "next Mar".</summary>
    public static bool TryMonthName(ReadOnlySpan<char> word, out int month) =>
        Months.TryGetValue(word, out month) && word.Length >= MonthNameLengths[month - 1];

    private static readonly int[] MonthNameLengths = [7, 8, 5, 5, 3, 4, 4, 6, 9, 7, 8, 8];

    public static bool TryWeekday(ReadOnlySpan<char> word, out int isoDay) => Weekdays.TryGetValue(word, out isoDay);

    public static bool TryUnit(ReadOnlySpan<char> word, out TimeUnit unit) => Units.TryGetValue(word, out unit);

    public static bool IsPluralUnit(ReadOnlySpan<char> word) => word.Length > 0 && (word[^1] is 's' or 'S') && TryUnit(word, out _);

    public static bool TrySeason(ReadOnlySpan<char> word, out string code) => Seasons.TryGetValue(word, out code!);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Determiners = new[]
    {
        "the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "that", "these", "those", "'s", "’s",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A determiner or possessive: after one, a number is a year ("the 1996 elections") and an -ed word an adjective ("the reduced dividend").</summary>
    public static bool IsDeterminer(ReadOnlySpan<char> word) => Determiners.Contains(word);

    public static bool TryPartOfDay(ReadOnlySpan<char> word, out string code) => PartsOfDay.TryGetValue(word, out code!);

    /// <summary>A cardinal word: "seven", "twenty-four".</summary>
    public static bool TryNumberWord(ReadOnlySpan<char> word, out int value) => TryCompound(word, Numbers, out value);

    /// <summary>An ordinal word: "first", "twenty-first".</summary>
    public static bool TryOrdinalWord(ReadOnlySpan<char> word, out int value) => TryCompound(word, Ordinals, out value);

    /// <summary>"twenty-four" = 20 + 4; the tens part is always a cardinal, the last part is of the asked class.</summary>
    private static bool TryCompound(ReadOnlySpan<char> word, FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> last, out int value)
    {
        if (last.TryGetValue(word, out value)) return true;
        int hyphen = word.IndexOf('-');
        if (hyphen > 0 && Numbers.TryGetValue(word[..hyphen], out int tens) && tens is >= 20 and <= 90 && tens % 10 == 0
            && last.TryGetValue(word[(hyphen + 1)..], out int units) && units < 10)
        {
            value = tens + units;
            return true;
        }
        value = 0;
        return false;
    }

    /// <summary>
    /// The TIMEX3 duration designator of a unit: P3Y, P2DE, PT24H (TimeML 1.2.1 §2.2, ISO 8601). ISO 8601
    /// has no quarter: a quarter is three months ("three quarters" → P9M).
    /// </summary>
    public static string DurationValue(string count, TimeUnit unit) => unit switch
    {
        TimeUnit.Second => "PT" + count + "S",
        TimeUnit.Minute => "PT" + count + "M",
        TimeUnit.Hour => "PT" + count + "H",
        TimeUnit.Day => "P" + count + "D",
        TimeUnit.Week => "P" + count + "W",
        TimeUnit.Month => "P" + count + "M",
        TimeUnit.Quarter => "P" + (int.TryParse(count, out int quarters) ? (3 * quarters).ToString(System.Globalization.CultureInfo.InvariantCulture) : count) + "M",
        TimeUnit.Year => "P" + count + "Y",
        TimeUnit.Decade => "P" + count + "DE",
        _ => "P" + count + "CE",
    };
}
