using System.Collections.Frozen;
using System.Globalization;
using Sitrep.Nlp.Tokens;
using Sitrep.News.Documents;

namespace Sitrep.News.Times;

/// <summary>Calendar dates: named and numeric dates, months, years, decades, centuries, quarters, seasons.</summary>
internal sealed partial class SentenceScanner
{
    /// <summary>Words after which a bare four-digit number is read as a year ("in 2001", "since 1989").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> YearLeads = WordSet(
        "in", "since", "by", "until", "till", "of", "from", "before", "after", "during", "through", "throughout", "between", "year", "early",
        "late", "mid");

    /// <summary>
    /// Prepositions that make a two-part "9/11" a date rather than a fraction ("by 9/11"). "since/after
    /// 9/11" are left out: there it names the 2001 attacks, not a day of this year.
    /// </summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SlashDateLeads = WordSet(
        "by", "on", "until", "till", "before");

    /// <summary>Capitalized words that may stand before "May" or "March" used as a month ("In May", "Since March").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MonthLeads = WordSet(
        "in", "on", "by", "since", "until", "till", "last", "next", "this", "early", "late", "from", "before", "after",
        "during", "through", "of", "between", "and", "or", "to", "mid");

    /// <summary>Words that make a weekday part of a name before it: "Good Friday", "Super Tuesday", "Bloody Sunday".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WeekdayNamesBefore = WordSet(
        "Good", "Black", "Bloody", "Super", "Easter", "Palm", "Ash", "Holy", "Maundy", "Cyber", "Shrove", "Whit", "Low", "Fat");

    /// <summary>Words that make a weekday part of a name after it: "the Sunday Times", "Friday Prayers".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WeekdayNamesAfter = WordSet(
        "Times", "Telegraph", "Express", "Mirror", "Herald", "Post", "Independent", "Tribune", "Observer", "Mail", "Star",
        "Prayers", "School", "Island");

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WordSet(params string[] words) =>
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private bool IsIn(FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> set, int i) => v.IsWord(i) && set.Contains(v.Span(i));

    private bool IsDeterminerAt(int i) => v.Has(i) && TimeLexicon.IsDeterminer(v.Span(i));

    /// <summary>"Wednesday", "Thursday, July 22, 2021" (the weekday folds into the date), "Friday morning".</summary>
    private Candidate? Weekday(int i)
    {
        if (!v.IsCapitalized(i) || !TimeLexicon.TryWeekday(v.Span(i), out int day)) return null;
        // "Good Friday", "the Sunday Times": a weekday inside a name.
        if (IsIn(WeekdayNamesBefore, i - 1) || IsIn(WeekdayNamesAfter, i + 1)) return null;
        int k = v.IsChar(i + 1, ',') ? i + 2 : i + 1;
        if ((MonthFirst(k) ?? DayFirst(k)) is { Value.Length: 10 } date) return date;
        string value = Anchor.Weekday(day, null, TenseCues.Around(v, i, i + 1));
        return PartOfDay(i + 1, value) ?? new Candidate(i + 1, TimeType.Date, value);
    }

    /// <summary>
    /// A part of the day after a named day: "Friday morning", "yesterday evening". TimeBank is split
    /// between the DATE of the day (often with "night" left outside the extent) and a TIME with the part
    /// of the day (2021-07-16TMO); the DATE scores as well and keeps the type, so we write that.
    /// </summary>
    private Candidate? PartOfDay(int i, string day) =>
        v.IsLowerWord(i) && TimeLexicon.TryPartOfDay(v.Span(i), out _)
            ? new Candidate(i + 1, TimeType.Date, day)
            : null;

    /// <summary>"the night of April 18, 1775", "the morning of 19 April": a part of a day written out.</summary>
    private Candidate? PartOfDate(int i)
    {
        if (!v.Is(i, "the") || !v.IsLowerWord(i + 1) || !TimeLexicon.TryPartOfDay(v.Span(i + 1), out string code) || !v.Is(i + 2, "of")) return null;
        return (MonthFirst(i + 3) ?? DayFirst(i + 3)) is { IsFullDay: true } date ? new Candidate(date.End, TimeType.Time, DayPart(date.Value, code)) : null;
    }

    private static string DayPart(string day, string code) =>
        (day.EndsWith("_REF", StringComparison.Ordinal) ? "XXXX-XX-XX" : day) + "T" + code;

    /// <summary>"September 11, 2001", "July 8", "December 2020", "May", "mid-July".</summary>
    private Candidate? MonthFirst(int i)
    {
        if (!v.IsWord(i)) return null;
        var word = v.Span(i);
        string? mod = null;
        if (word.StartsWith("mid-", StringComparison.OrdinalIgnoreCase))
        {
            word = word[4..];
            mod = "MID";
        }
        if (!char.IsUpper(word[0]) || !TimeLexicon.TryMonth(word, out int month)) return null;

        int j = i + 1;
        if (v.TryDayNumber(j, out int day) && !v.GluedWord(j))
        {
            if (YearAfter(j + 1) is var (y, end)) return DayDate(end, y, month, day, mod);
            if (SecondDay(j, day) is { Year: { } rangeYear }) return DayDate(j + 1, rangeYear, month, day, mod);
            return IsPlausibleMonthWord(i, word, hasNumber: true) ? DayDate(j + 1, null, month, day, mod) : null;
        }
        if (YearAfter(j) is var (year, yearEnd))
            return new Candidate(yearEnd, TimeType.Date, TimeAnchor.FormatMonth(year, month), mod);
        if (!IsPlausibleMonthWord(i, word, hasNumber: false)) return null;
        return new Candidate(i + 1, TimeType.Date, TimeAnchor.FormatMonth(YearOf(month, null, i, i + 1), month), mod);
    }

    /// <summary>
    /// Guards month names that are also ordinary words or names: "May" and "March" are months only
    /// when not part of a name ("Theresa May", "May's") and not opening a sentence on their own;
    /// bare abbreviations ("Jan", "Dec") need a period or a number.
    /// </summary>
    private bool IsPlausibleMonthWord(int i, ReadOnlySpan<char> word, bool hasNumber)
    {
        if (word.Length <= 4 && !word.Equals("june", StringComparison.OrdinalIgnoreCase) && !word.Equals("july", StringComparison.OrdinalIgnoreCase)
            && !word.Equals("may", StringComparison.OrdinalIgnoreCase))
            return hasNumber || v.Span(i).EndsWith(".");
        if (!word.Equals("may", StringComparison.OrdinalIgnoreCase) && !word.Equals("march", StringComparison.OrdinalIgnoreCase)) return true;
        if (v.Is(i + 1, "'s") || v.Is(i + 1, "’s")) return false;
        if (i == v.First) return hasNumber;
        return !v.IsCapitalized(i - 1) || IsIn(MonthLeads, i - 1);
    }

    /// <summary>
    /// The second day of a range written after a month and day: "March 5-9, 1918", "April 13 to 15",
    /// "May 4 and 5"; its day, where it ends and the year written after it, if any.
    /// </summary>
    private (int Day, int End, int? Year)? SecondDay(int j, int day)
    {
        if (!(IsDash(j + 1) || v.IsAny(j + 1, "to", "and")) || !v.TryDayNumber(j + 2, out int second) || second <= day || v.GluedWord(j + 2)) return null;
        if (v.IsChar(j + 3, '%') || v.Is(j + 3, "percent") || (v.IsLowerWord(j + 3) && TimeLexicon.TryUnit(v.Span(j + 3), out _))) return null;
        int k = v.IsChar(j + 3, ',') ? j + 4 : j + 3;
        return FourDigitYear(k) is { } y ? (second, k + 1, y) : (second, j + 3, null);
    }

    /// <summary>
    /// The second day of "March 5-9, 1918" or "April 13-15", right after the first was tagged: the same
    /// month and year, its own TIMEX3 ("9, 1918"), so that each end of the range has a value.
    /// </summary>
    private Candidate? SecondOfDayRange(int i)
    {
        if (_lastEnd != i - 1 || _lastDay is not { } first || !v.TryDayNumber(i - 2, out int firstDay) || SecondDay(i - 2, firstDay) is not { } r
            || DayFirst(i) is not null) return null;
        return new Candidate(r.End, TimeType.Date, first[..8] + r.Day.ToString("D2", CultureInfo.InvariantCulture));
    }

    /// <summary>The first day of "22-25 April 1951" or "15 to 22 February": the month and year of the second.</summary>
    private Candidate? FirstOfDayRange(int i)
    {
        if (!v.TryDayNumber(i, out int day) || v.GluedWord(i) || !(IsDash(i + 1) || v.Is(i + 1, "to"))) return null;
        if (DayFirst(i + 2) is not { IsFullDay: true } second || !v.TryDayNumber(i + 2, out int secondDay) || secondDay <= day) return null;
        return new Candidate(i + 1, TimeType.Date, second.Value[..8] + day.ToString("D2", CultureInfo.InvariantCulture));
    }

    /// <summary>"22 July 2021", "22 July", "the 22nd of July".</summary>
    private Candidate? DayFirst(int i)
    {
        bool the = v.Is(i, "the");
        int j = the ? i + 1 : i;
        int day;
        if (!(v.TryDayNumber(j, out day) || (the && v.TryOrdinal(j, out day) && day is >= 1 and <= 31))) return null;
        int k = v.Is(j + 1, "of") ? j + 2 : j + 1;
        if ((the && k == j + 1 && v[j].Kind != TokenKind.Number) || !v.IsCapitalized(k)) return null;
        if (!TimeLexicon.TryMonth(v.Span(k), out int month) || !IsPlausibleMonthWord(k, v.Span(k).TrimEnd('.'), hasNumber: true)) return null;
        return YearAfter(k + 1) is var (y, end) ? DayDate(end, y, month, day, null) : DayDate(k + 1, null, month, day, null);
    }

    /// <summary>
    /// The year written after a month or a day and month, and where it ends: "1918", ", 1918", "of 1792",
    /// "480 BC", "of that year" / "of the same year" (the story's year). Signed: 480 BC is -480.
    /// </summary>
    private (int Year, int End)? YearAfter(int k)
    {
        bool of = v.Is(k, "of");
        if (of || v.IsChar(k, ',')) k++;
        if (BcYear(k) is { } bc && v.TryDigits(k, out int bcYear, out _)) return (-bcYear, bc.End);
        if (FourDigitYear(k) is { } y) return (y, k + 1);
        if (SpokenYear(k) is { } spoken) return spoken;
        // "January this year", "in June last year".
        if (!of && RelativeYear(k) is { } relative) return (relative, k + 2);
        if (!of || story.Year is not { } storyYear) return null;
        if (v.Is(k, "that") && v.Is(k + 1, "year")) return (storyYear, k + 2);
        return v.Is(k, "the") && v.Is(k + 1, "same") && v.Is(k + 2, "year") ? (storyYear, k + 3) : null;
    }

    /// <summary>"this year" (0), "last year" (-1), "next year" (+1) at token k: that year of the anchor.</summary>
    private int? RelativeYear(int k)
    {
        if (!v.Is(k + 1, "year")) return null;
        int n = v.Is(k, "this") ? 0 : v.Is(k, "last") ? -1 : v.Is(k, "next") ? 1 : int.MinValue;
        return n == int.MinValue ? null : Anchor.YearAt(n);
    }

    /// <summary>A day of a month; without a year <see cref="YearOf"/> chooses it.</summary>
    private Candidate? DayDate(int end, int? year, int month, int day, string? mod)
    {
        if (day > DateTime.DaysInMonth(year is > 0 and < 10000 ? year.Value : 2000, month)) return null;
        string value = year is { } y
            ? TimeAnchor.FormatDay(y, month, day)
            : YearOf(month, day, end - 2, end) + $"-{month:D2}-{day:D2}";
        return new Candidate(end, TimeType.Date, value, mod);
    }

    /// <summary>
    /// The year of a month or day written without one: in a narrative the one nearest the story's time,
    /// otherwise the DCT's as the clause's tense places it; XXXX when neither is known.
    /// </summary>
    private string YearOf(int month, int? day, int start, int end)
    {
        if (!story.Narrative)
        {
            var tense = TenseCues.Around(v, start, end);
            // "in 2001 after the September 11 attack": a year the same clause has just given is the
            // one the day belongs to, unless the clause looks ahead.
            if (tense != Tense.Future && SentenceYearBefore(start) is { } given) return $"{given:D4}";
            return dct.YearFor(month, day, null, tense, leanPast: true) ?? "XXXX";
        }
        // A narrative is told in the past throughout: the month nearest the story's time, whatever the tense.
        return (story.Date is null ? story.YearValue(0) : null) ?? Anchor.YearFor(month, day, null, Tense.Unknown) ?? "XXXX";
    }

    /// <summary>
    /// A year introduced by "in" a few words before, in the same clause ("in 2001 after the September
    /// 11 attack"); a comma or more than <see cref="ClauseYearReach"/> words apart end the search.
    /// </summary>
    private int? SentenceYearBefore(int start)
    {
        for (int k = start - 1; k > v.First && k >= start - ClauseYearReach; k--)
        {
            if (v.IsChar(k, ',')) return null;
            if (v.Is(k - 1, "in") && FourDigitYear(k) is { } year) return year;
        }
        return null;
    }

    private const int ClauseYearReach = 6;

    /// <summary>A year written out in a date: "2001" but not "1980s" or "2020-21".</summary>
    private int? FourDigitYear(int i) =>
        v.TryDigits(i, out int y, out int digits) && digits == 4 && y is >= 1000 and <= 2099 && !v.GluedWord(i) && !IsIsoLike(i) ? y : null;

    private bool IsIsoLike(int i) => v.IsChar(i + 1, '-') && v.Glued(i) && v.Glued(i + 1);

    /// <summary>
    /// ISO "2021-07-22", US "7/22/2021", day-first "22/7/2021", "7/8/2021" in the tagger's
    /// <see cref="NumericDateOrder"/>, and "9/11" after a date preposition.
    /// </summary>
    private Candidate? NumericDate(int i)
    {
        if (!v.Has(i) || v[i].Kind != TokenKind.Number) return null;
        if (IsoDate(i) is { } iso) return iso;
        var s = v.Span(i);
        int slash1 = s.IndexOf('/');
        if (slash1 <= 0) return null;
        int slash2 = s[(slash1 + 1)..].IndexOf('/');
        if (slash2 < 0)
        {
            if (!IsIn(SlashDateLeads, i - 1) || !int.TryParse(s[..slash1], out int m) || !int.TryParse(s[(slash1 + 1)..], out int d)) return null;
            return m is >= 1 and <= 12 && d is >= 1 and <= 31 ? DayDate(i + 1, null, m, d, null) : null;
        }
        slash2 += slash1 + 1;
        if (!int.TryParse(s[..slash1], out int a) || !int.TryParse(s[(slash1 + 1)..slash2], out int b)
            || !int.TryParse(s[(slash2 + 1)..], out int year)) return null;
        int yearDigits = s.Length - slash2 - 1;
        if (yearDigits == 2) year += year < 50 ? 2000 : 1900;
        else if (yearDigits != 4) return null;
        bool dayFirst = a > 12 || (b <= 12 && numericDates == NumericDateOrder.DayFirst);
        (int month, int day) = dayFirst ? (b, a) : (a, b);
        return month is >= 1 and <= 12 && day >= 1 ? DayDate(i + 1, year, month, day, null) : null;
    }

    /// <summary>
    /// ISO 8601 weeks: "2021-W32" and "week 32" (of the DCT's or the story's year, or "week 32 of 2021")
    /// → 2021-W32; TIMEX3 writes a week as the year and its ISO week number.
    /// </summary>
    private Candidate? IsoWeek(int i)
    {
        if (v.TryDigits(i, out int year, out int yearDigits) && yearDigits == 4 && v.IsChar(i + 1, '-') && v.Glued(i) && v.Glued(i + 1)
            && WeekNumber(v.Has(i + 2) ? v.Span(i + 2) : default) is { } isoWeek)
            return new Candidate(i + 3, TimeType.Date, $"{year:D4}-W{isoWeek:D2}");
        if (!v.Is(i, "week") || !v.TryDigits(i + 1, out int week, out _) || week is < 1 or > 53) return null;
        if (v.Is(i + 2, "of") && FourDigitYear(i + 3) is { } written) return new Candidate(i + 4, TimeType.Date, $"{written:D4}-W{week:D2}");
        return new Candidate(i + 2, TimeType.Date, $"{Anchor.YearOrX}-W{week:D2}");
    }

    /// <summary>"W32" → 32.</summary>
    private static int? WeekNumber(ReadOnlySpan<char> s) =>
        s.Length == 3 && s[0] == 'W' && int.TryParse(s[1..], NumberStyles.None, CultureInfo.InvariantCulture, out int w) && w is >= 1 and <= 53 ? w : null;

    private Candidate? IsoDate(int i)
    {
        if (!IsIsoLike(i) || !v.TryDigits(i, out int y, out int yd) || yd != 4 || !v.Glued(i + 2) || !v.IsChar(i + 3, '-') || !v.Glued(i + 3))
            return null;
        if (!v.TryDigits(i + 2, out int m, out int md) || md != 2 || !v.TryDigits(i + 4, out int d, out _) || m is < 1 or > 12 || d < 1) return null;
        return DayDate(i + 5, y, m, d, null);
    }

    /// <summary>
    /// "the 1980s" → 198, "the '90s" → 199, "the 20th century" → 19: TIMEX3 writes a decade or century
    /// as the year's leading digits (TimeML 1.2.1 §2.2). "the early 1990s" keeps its START mod.
    /// </summary>
    private Candidate? DecadeOrCentury(int i)
    {
        bool the = v.Is(i, "the");
        int j = the ? i + 1 : i;
        string? mod = the ? PositionMod(j, phrase: false) : null;
        if (mod is not null) j++;

        if (v.TryOrdinal(j, out int nth) && nth is >= 1 and <= 30 && v.Is(j + 1, "century") && v.IsLowerWord(j + 1))
            return new Candidate(j + 2, TimeType.Date, (nth - 1).ToString("D2", CultureInfo.InvariantCulture), mod);

        bool apostrophe = v.IsChar(j, '\'') || v.IsChar(j, '’');
        int n = apostrophe ? j + 1 : j;
        if (apostrophe && !v.Glued(j)) return null;
        if (!v.TryDigits(n, out int year, out int digits) || !v.Glued(n) || !v.Is(n + 1, "s") || year % 10 != 0) return null;
        string? value = digits switch
        {
            4 when year is >= 1000 and <= 2090 => (year / 10).ToString("D3", CultureInfo.InvariantCulture),
            2 when apostrophe || (the && year >= 20) => (year >= 20 ? 1900 + year : 2000 + year).ToString("D4", CultureInfo.InvariantCulture)[..3],
            _ => null,
        };
        return value is null ? null : new Candidate(n + 2, TimeType.Date, value, mod);
    }

    /// <summary>
    /// Quarters and halves: "Q3", "the first quarter of 2021" → 2021-Q1, "the second half of 2020" →
    /// 2020-H2, "third-quarter profit", "the fiscal third quarter", "the 1988 second quarter", "fiscal
    /// 1989" → 1989. A quarter without a year is placed by <see cref="TimeAnchor.QuarterOf"/>; "the quarter"
    /// and "the latest quarter" are the quarter being reported: the last one named, else the one before the DCT's.
    /// </summary>
    private Candidate? QuarterOrHalf(int i)
    {
        var w = v.Has(i) ? v.Span(i) : default;
        if (w.Length == 2 && w[0] == 'Q' && w[1] is >= '1' and <= '4')
        {
            var y = FourDigitYear(i + 1);
            return new Candidate(y is null ? i + 1 : i + 2, TimeType.Date, (y?.ToString("D4", CultureInfo.InvariantCulture) ?? Anchor.YearOrX) + "-Q" + w[1]);
        }
        if (v.Is(i, "fiscal") && FourDigitYear(i + 1) is { } fiscalYear && !v.IsAny(i + 2, "quarter", "half"))
            return new Candidate(i + 2, TimeType.Date, fiscalYear.ToString("D4", CultureInfo.InvariantCulture));
        bool the = v.Is(i, "the");
        int j = the ? i + 1 : i;
        if (the && ReportedQuarter(j) is { } reported) return reported;
        int? year = null;
        if (the && FourDigitYear(j) is { } written)
        {
            year = written;
            j++;
        }
        // "next year's first quarter", "last year's fourth quarter".
        if (year is null && RelativeYear(j) is { } relative && (v.Is(j + 2, "'s") || v.Is(j + 2, "’s")))
        {
            year = relative;
            j += 3;
        }
        if (v.Is(j, "fiscal")) j++;
        int nth, end;
        bool quarter = true;
        // "Third-quarter sales" may open a sentence.
        if ((v.IsLowerWord(j) || (j == v.First && v.IsWord(j))) && v.Span(j).EndsWith("-quarter", StringComparison.OrdinalIgnoreCase)
            && TimeLexicon.TryOrdinalWord(v.Span(j)[..^"-quarter".Length], out nth))
            end = j + 1;
        else if (v.TryOrdinal(j, out nth) && v[j].Kind != TokenKind.Number && (v.Is(j + 1, "quarter") || (the && v.Is(j + 1, "half"))))
        {
            quarter = v.Is(j + 1, "quarter");
            end = j + 2;
        }
        // "the last half of 1989", "the first two quarters of 1990": halves in other words.
        else if (the && v.Is(j, "last") && v.Is(j + 1, "half"))
            (nth, quarter, end) = (2, false, j + 2);
        else if (the && v.IsAny(j, "first", "last") && v.Is(j + 1, "two") && v.Is(j + 2, "quarters"))
            (nth, quarter, end) = (v.Is(j, "first") ? 1 : 2, false, j + 3);
        else return null;
        if (nth > (quarter ? 4 : 2)) return null;
        string code = (quarter ? "-Q" : "-H") + nth;
        if (year is null && v.Is(end, "of"))
        {
            if (FourDigitYear(end + 1) is { } y) return new Candidate(end + 2, TimeType.Date, y.ToString("D4", CultureInfo.InvariantCulture) + code);
            // "of last year": the year's value, or XXXX when the DCT cannot place it.
            if (Relative(end + 1) is { } rel && v.Is(rel.End - 1, "year"))
                return new Candidate(rel.End, TimeType.Date, (rel.Value.Length == 4 ? rel.Value : "XXXX") + code);
            // "a loss for the third quarter of $226.3 million": "of" leads elsewhere.
        }
        if (year is { } known) return new Candidate(end, TimeType.Date, known.ToString("D4", CultureInfo.InvariantCulture) + code);
        // "the first half" alone is too often a match's.
        return quarter ? new Candidate(end, TimeType.Date, Anchor.QuarterOf(nth, TenseCues.Around(v, i, end))) : null;
    }

    /// <summary>"the quarter", "the latest quarter" or "period", "the most recent quarter", "the current quarter" (after "the").</summary>
    private Candidate? ReportedQuarter(int j)
    {
        if (v.Is(j, "current") && v.Is(j + 1, "quarter")) return new Candidate(j + 2, TimeType.Date, Anchor.Shift(TimeUnit.Quarter, 0));
        int k = v.IsAny(j, "latest", "recent") ? j + 1 : v.Is(j, "most") && v.Is(j + 1, "recent") ? j + 2 : j;
        // "the latest period" of a company report is its latest quarter too.
        bool period = k > j && v.Is(k, "period");
        if (!(v.Is(k, "quarter") || period) || v.Is(k + 1, "of")) return null;
        return new Candidate(k + 1, TimeType.Date, story.LastQuarterValue ?? Anchor.Shift(TimeUnit.Quarter, -1));
    }

    /// <summary>"summer 2020", "the summer of 2020", "the winter of nineteen ninety-four" → 2020-SU, 1994-WI.</summary>
    private Candidate? SeasonOfYear(int i)
    {
        int j = v.Is(i, "the") ? i + 1 : i;
        if (!v.IsWord(j) || !TimeLexicon.TrySeason(v.Span(j), out string code)) return null;
        int k = v.Is(j + 1, "of") ? j + 2 : j + 1;
        if (FourDigitYear(k) is { } y) return new Candidate(k + 1, TimeType.Date, y.ToString("D4", CultureInfo.InvariantCulture) + "-" + code);
        return SpokenYear(k) is var (spoken, end) ? new Candidate(end, TimeType.Date, spoken.ToString("D4", CultureInfo.InvariantCulture) + "-" + code) : null;
    }

    /// <summary>Words after which "fall" (and "spring") name the season: "in fall", "during spring".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SeasonLeads = WordSet(
        "in", "during", "by", "until", "till", "through", "throughout", "over", "since", "before", "after");

    /// <summary>
    /// A season without a year: "the winter", "in spring", "early summer", "a spring offensive", "winter
    /// quarters": the story's year in a narrative, this year's in news. "fall" needs a year or
    /// "last/this/next" (<see cref="Relative"/>) or a preposition before it: alone it is too often the
    /// verb or "the fall of Saigon".
    /// </summary>
    private Candidate? Season(int i, bool dateContext)
    {
        bool the = v.Is(i, "the");
        int j = the ? i + 1 : i;
        if (!v.IsWord(j) || !TimeLexicon.TrySeason(v.Span(j), out string code) || v.Is(j + 1, "of")) return null;
        if (v.IsCapitalized(j) && j != v.First) return null;
        if (v.Is(j, "fall") && (the || !IsIn(SeasonLeads, i - 1))) return null;
        // "spring" is also water and steel: after an adjective ("hot spring") it is no season.
        if (v.Is(j, "spring") && !the && !dateContext && v.IsLowerWord(i - 1) && !IsIn(SeasonLeads, i - 1) && !IsDeterminerAt(i - 1)
            && !v.IsAny(i - 1, "same", "and")) return null;
        string value = story.Narrative ? (story.YearValue(0) ?? "XXXX") + "-" + code : Anchor.Season(code, 0);
        return new Candidate(j + 1, TimeType.Date, value);
    }

    /// <summary>
    /// A bare year: a four-digit number from 1000 to 2099 ("in 1793", "the 1996 campaign", "1861-1865"),
    /// unless it reads as a quantity ("2000 tonnes", "about 1500 men", "$1990", "Resolution 1483") or a wire clock ("1630 GMT");
    /// in a date context ("late 2001") or coordinated with a year just tagged ("from 1990 to 2000") it
    /// is always a year, and "1915-17" gives the second year its century. BC years are <see cref="BcYear"/>.
    /// </summary>
    private Candidate? Year(int i, bool dateContext)
    {
        if (BcYear(i) is { } bc) return bc;
        if (!v.TryDigits(i, out int y, out int digits) || v.GluedWord(i)) return null;
        bool coordinated = _lastEnd == i - 1 && (v.IsAny(i - 1, "and", "or") || v.Is(i - 1, "to") || IsDash(i - 1));
        if (digits == 2 && coordinated && IsDash(i - 1) && v.Glued(i - 2) && v.Glued(i - 1) && v.TryDigits(i - 2, out int first, out int firstDigits)
            && firstDigits == 4 && first / 100 * 100 + y > first)
            return new Candidate(i + 1, TimeType.Date, (first / 100 * 100 + y).ToString("D4", CultureInfo.InvariantCulture));
        if (digits != 4 || y is < 1000 or > 2099 || (IsIsoLike(i) && !StartsYearRange(i)) || IsWireClock(i)) return null;
        if (!dateContext && !coordinated && !IsIn(YearLeads, i - 1) && ReadsAsQuantity(i)) return null;
        return new Candidate(i + 1, TimeType.Date, y.ToString("D4", CultureInfo.InvariantCulture));
    }

    private bool IsDash(int i) => v.IsChar(i, '-') || v.IsChar(i, '–');

    /// <summary>"1793-1794", "1915-17": a year and a later one joined by a hyphen.</summary>
    private bool StartsYearRange(int i) =>
        v.TryDigits(i, out int first, out _) && v.TryDigits(i + 2, out int second, out int digits) && !v.IsChar(i + 3, '-')
        && (digits == 4 ? second > first : digits == 2);

    /// <summary>Words before a number that make it a quantity: "about 1500", "than 2000", "No. 1483".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> QuantityLeads = WordSet(
        "about", "some", "nearly", "almost", "approximately", "around", "over", "under", "than", "only", "just", "least",
        "roughly", "No.", "Nos.", "number", "$", "US$", "£", "€", "¥", "#");

    /// <summary>A four-digit number that counts something rather than naming a year.</summary>
    private bool ReadsAsQuantity(int i)
    {
        if (v.Has(i - 1) && QuantityLeads.Contains(v.Span(i - 1))) return true;
        if (v.IsChar(i + 1, '%') || v.Is(i + 1, "percent") || v.Is(i + 1, "per")) return true;
        // "Resolution 1483", "Flight 1400": a number naming a thing ("In 1990" was taken as a lead before).
        if (v.IsCapitalized(i - 1) && !IsDeterminerAt(i - 1) && !TimeLexicon.TryMonth(v.Span(i - 1), out _)) return true;
        // "2000 troops", "1400 victims": a plural noun counted, unless a determiner makes the number its modifier.
        if (v.IsLowerWord(i + 1) && !IsDeterminerAt(i - 1))
        {
            var next = v.Span(i + 1);
            if (next.Length > 3 && next[^1] == 's' && next[^2] != 's' && !next.Equals("was", StringComparison.OrdinalIgnoreCase)
                && !next.Equals("has", StringComparison.OrdinalIgnoreCase)) return true;
            if (IsIn(CountNouns, i + 1)) return true;
        }
        return false;
    }

    /// <summary>Irregular plurals and mass nouns that are counted: "1500 people", "2000 tonnes" is caught by its -s.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CountNouns = WordSet(
        "people", "men", "women", "children", "feet", "police", "personnel", "staff", "cattle", "sheep");

    /// <summary>
    /// A year of the era before Christ: "490 BC" → BC0490, "146 B.C."; the first of a range written
    /// with the era once ("499-493 BC", "from 499 to 493 BC") is BC too.
    /// </summary>
    private Candidate? BcYear(int i)
    {
        if (!v.TryDigits(i, out int y, out _) || y < 1 || v.GluedWord(i)) return null;
        if (IsEra(i + 1)) return new Candidate(i + 2, TimeType.Date, TimeAnchor.FormatYear(-y));
        if ((IsDash(i + 1) || v.IsAny(i + 1, "to", "and") || v.Is(i + 1, "or")) && v.TryDigits(i + 2, out int y2, out _) && y2 < y && IsEra(i + 3))
            return new Candidate(i + 1, TimeType.Date, TimeAnchor.FormatYear(-y));
        return null;
    }

    private bool IsEra(int i)
    {
        if (!v.IsWord(i)) return false;
        var w = v.Span(i);
        return w.Equals("BC", StringComparison.Ordinal) || w.Equals("B.C.", StringComparison.Ordinal) || w.Equals("BCE", StringComparison.Ordinal)
            || w.Equals("B.C", StringComparison.Ordinal) || w.Equals("B.C.E.", StringComparison.Ordinal);
    }
}
