namespace Sitrep.Nlp.Corpora;

/// <summary>
/// Sorts TIMEX3s into classes by the shape of their value (TimeML 1.2.1 §2.2), to break scores down
/// where errors come from: full dates, months, years, decades and centuries, weeks, seasons and
/// quarters, underspecified values (X), times (T…), durations (P…), sets and the PAST/PRESENT/FUTURE_REF
/// references. A full date written as a weekday or as today/yesterday/tomorrow is a class of its own,
/// as resolving it against the DCT is a different job from reading a written date. A missing
/// value ("" or WikiWars' "null") is "no value".
/// </summary>
public static class TimexValueClass
{
    public const string FullDate = "date YYYY-MM-DD";
    public const string Weekday = "date by weekday";
    public const string Deictic = "date by today/yesterday/...";
    public const string Month = "month YYYY-MM";
    public const string Year = "year YYYY";
    public const string YearBc = "BC year or date";
    public const string DecadeCentury = "decade/century YYY/YY";
    public const string Week = "week YYYY-Wnn";
    public const string SeasonQuarter = "season/quarter/half";
    public const string Underspecified = "underspecified X";
    public const string Reference = "PAST/PRESENT/FUTURE_REF";
    public const string Time = "time ...T...";
    public const string Duration = "duration P...";
    public const string Set = "set";
    public const string NoValue = "no value";
    public const string Other = "other";

    private static readonly string[] Weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
    private static readonly string[] DeicticWords = ["today", "yesterday", "tomorrow", "tonight"];

    public static string Of(TimeMlTimex t) => Of(t.Type, t.Value, t.Text);

    public static string Of(string type, string value, string text)
    {
        if (value is "" or "null") return NoValue; // WikiWars writes value="null" where TIMEX2 had no VAL
        if (type == "SET") return Set;
        if (value is "PAST_REF" or "PRESENT_REF" or "FUTURE_REF") return Reference;
        if (value.StartsWith('P')) return Duration;
        if (value.StartsWith("BC", StringComparison.Ordinal)) return YearBc; // TimeML 1.2.1: BC0218
        if (value.Contains('T')) return Time;
        if (value.Contains('X')) return Underspecified;
        var shape = Shape(value);
        switch (shape)
        {
            case "9999-99-99":
                var lower = text.ToLowerInvariant();
                if (Weekdays.Any(lower.Contains)) return Weekday;
                if (DeicticWords.Any(lower.Contains)) return Deictic;
                return FullDate;
            case "9999-99": return Month;
            case "9999": return Year;
            case "999" or "99": return DecadeCentury;
            case "9999-W99": return Week;
        }
        if (shape.Length == 7 && shape.StartsWith("9999-", StringComparison.Ordinal)) return SeasonQuarter; // 1998-SU, 1998-Q1, 1998-H2
        return Other;
    }

    /// <summary>The value with every digit written as 9: "1998-01-08" → "9999-99-99".</summary>
    private static string Shape(string value) => string.Create(value.Length, value, (span, v) =>
    {
        for (int i = 0; i < v.Length; i++) span[i] = char.IsAsciiDigit(v[i]) ? '9' : v[i];
    });
}
