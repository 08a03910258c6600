using System.Globalization;
using Sitrep.Nlp.Tokens;
using Sitrep.News.Documents;

namespace Sitrep.News.Times;

/// <summary>Durations ("nearly 20 years", "two-day"), counted offsets ("two days ago", "in two years"), sets and clock times.</summary>
internal sealed partial class SentenceScanner
{
    /// <summary>
    /// A count before a unit: "20", "1.5", "three", "twenty-four", "a"/"an" (one, singular only),
    /// "a few"/"several" (X). <see cref="Number"/> is the value, <see cref="Unknown"/> for X, or
    /// <see cref="Written"/> when the token's digits are the value; the string is made only on a match.
    /// </summary>
    private readonly record struct CountMatch(int Token, int Next, bool Article, int Number)
    {
        public const int Unknown = -1;
        public const int Written = -2;
    }

    private string CountValue(CountMatch c) => c.Number switch
    {
        CountMatch.Unknown => "X",
        CountMatch.Written => v.Span(c.Token).ToString().Replace(",", ""),
        _ => c.Number.ToString(CultureInfo.InvariantCulture),
    };

    private CountMatch? Count(int i)
    {
        if (!v.Has(i)) return null;
        var s = v.Span(i);
        if (v[i].Kind == TokenKind.Number)
        {
            foreach (char c in s)
                if (!char.IsAsciiDigit(c) && c is not ',' and not '.') return null;
            return new CountMatch(i, i + 1, false, CountMatch.Written);
        }
        if (!v.IsWord(i)) return null;
        if (v.IsAny(i, "a", "an"))
        {
            if (v.Is(i + 1, "few")) return new CountMatch(i, i + 2, false, CountMatch.Unknown);
            if (v.Is(i + 1, "couple") && v.Is(i + 2, "of")) return new CountMatch(i, i + 3, false, 2);
            return new CountMatch(i, i + 1, true, 1);
        }
        if (v.IsAny(i, "few", "several") || v.Is(i, "many")) return new CountMatch(i, i + 1, false, CountMatch.Unknown);
        if (!TimeLexicon.TryNumberWord(s, out int n)) return null;
        // "twenty four" written as two words: the tens and the units.
        if (n is >= 20 and <= 90 && n % 10 == 0 && v.IsWord(i + 1) && TimeLexicon.TryNumberWord(v.Span(i + 1), out int units) && units is >= 1 and <= 9)
            return new CountMatch(i, i + 2, false, n + units);
        return new CountMatch(i, i + 1, false, n);
    }

    /// <summary>
    /// Half a unit after a count: "5 1/2 hours", "two and a half years", "a minute and a half" (the half
    /// after the unit); TimeBank writes the half in the next smaller unit (P2Y6M, PT5H30M, PT1M30S).
    /// </summary>
    private static string? WithHalf(string count, TimeUnit unit) => unit switch
    {
        TimeUnit.Year => "P" + count + "Y6M",
        TimeUnit.Day => "P" + count + "DT12H",
        TimeUnit.Hour => "PT" + count + "H30M",
        TimeUnit.Minute => "PT" + count + "M30S",
        _ => null,
    };

    /// <summary>Where a half after a count ends ("1/2", "and a half"), or -1.</summary>
    private int HalfAfter(int j)
    {
        if (v.Has(j) && v.Span(j).SequenceEqual("1/2")) return j + 1;
        return v.Is(j, "and") && v.Is(j + 1, "a") && v.Is(j + 2, "half") ? j + 3 : -1;
    }

    /// <summary>
    /// "20 years" → P20Y, "two-day" → P2D, "a month" → P1M, "decades" → PXDE; with "ago" or a leading
    /// "in" (not in a past-tense clause) it is instead a date that far from the DCT: "two days ago",
    /// "in two years" (the span then includes the word, which carries the direction).
    /// </summary>
    private Candidate? Duration(int i)
    {
        bool leadingIn = v.Is(i, "in");
        var span = Span(leadingIn ? i + 1 : i);
        if (span is not { } d) return null;
        // "ago" counts back from the time of writing, even in a narrative; quarterly results compare "a year ago" with the quarter.
        // The quarter a year back is a comparison, not the quarter being reported: it looks back.
        if (v.Is(d.End, "ago"))
            return YearBeforeQuarter(d) is { } yearAgo
                ? new Candidate(d.End + 1, TimeType.Date, yearAgo, LooksBack: true)
                : new Candidate(d.End + 1, TimeType.Date, Offset(dct, d.Count, d.Unit, -1));
        if (!leadingIn && !d.Adjective && AnaphoricDirection(d.End) is { } direction)
            return new Candidate(d.End + 1, TimeType.Date, YearBeforeQuarter(d) is { } q && direction < 0 ? q : StoryOffset(d.Count, d.Unit, direction),
                LooksBack: direction < 0);
        if (!leadingIn) return new Candidate(d.End, TimeType.Duration, d.DurationValue);
        if (d.Adjective || TenseCues.Around(v, i, d.End) == Tense.Past) return null;
        return new Candidate(d.End, TimeType.Date, Offset(Anchor, d.Count, d.Unit, 1));
    }

    /// <summary>"later", "afterwards" (1) and "earlier" (-1) after a span: "two days later" counts from the story's time.</summary>
    private int? AnaphoricDirection(int i) =>
        v.Is(i, "later") || v.IsAny(i, "afterwards", "afterward") ? 1 : v.Is(i, "earlier") ? -1 : null;

    /// <summary>"a year ago/earlier" once a quarter has been named: that quarter a year before (TimeBank's reading of quarterly reports).</summary>
    private string? YearBeforeQuarter(SpanMatch d) => d.Unit == TimeUnit.Year && d.Count == "1" ? story.QuarterYearBefore() : null;

    /// <summary>A date n units from the story's time; an unknown count keeps the direction only (PAST_REF, FUTURE_REF).</summary>
    private string StoryOffset(string count, TimeUnit unit, int direction)
    {
        if (!int.TryParse(count, out int n) || n > MaxOffset) return TimeAnchor.Ref(direction);
        if (unit == TimeUnit.Year && story.YearValue(direction * n) is { } year) return year;
        return new TimeAnchor(story.Date).Shift(unit, direction * n);
    }

    /// <summary>Larger counts ("155,221 days ago" in a table, a misread number) are no calendar offset: keep the direction only.</summary>
    private const int MaxOffset = 5000;

    private static string Offset(TimeAnchor from, string count, TimeUnit unit, int direction) =>
        int.TryParse(count, out int n) && n <= MaxOffset ? from.Shift(unit, direction * n) : TimeAnchor.Ref(direction);

    /// <summary>A span's end, count and unit; <see cref="Value"/> overrides the TIMEX3 value the two make (a half: P2Y6M).</summary>
    private readonly record struct SpanMatch(int End, string Count, TimeUnit Unit, bool Adjective)
    {
        public string? Value { get; init; }

        public string DurationValue => Value ?? TimeLexicon.DurationValue(Count, Unit);
    }

    private SpanMatch? Span(int i)
    {
        if (HyphenatedSpan(i) is { } compound) return compound;
        if (Count(i) is not { } c)
        {
            // A bare plural: "decades" anywhere, "for years" / "over months" after a preposition.
            if (!v.IsLowerWord(i) || !TimeLexicon.IsPluralUnit(v.Span(i)) || !TimeLexicon.TryUnit(v.Span(i), out var bare) || bare == TimeUnit.Quarter) return null;
            return bare >= TimeUnit.Decade || v.IsAny(i - 1, "for", "over") || v.Is(i - 1, "after")
                ? new SpanMatch(i + 1, "X", bare, false) : null;
        }
        int j = c.Next;
        int half = c.Article ? -1 : HalfAfter(j);
        if (half > 0) j = half;
        // "two more weeks", "20 more years": the count still measures the span.
        if (!c.Article && v.Is(j, "more")) j++;
        bool adjective = v.IsChar(j, '-') && v.Glued(j - 1) && v.Glued(j);
        if (adjective) j++;
        // "a quarter of the vote", "three quarters of them": fractions, not spans of time.
        if (!v.IsLowerWord(j) || !TimeLexicon.TryUnit(v.Span(j), out var unit) || unit == TimeUnit.Quarter) return null;
        bool plural = TimeLexicon.IsPluralUnit(v.Span(j));
        if ((c.Article || adjective) && plural) return null;
        // "a second" is an ordinal ("a second round"), not one second.
        if (unit == TimeUnit.Second && !plural && v[i].Kind != TokenKind.Number) return null;
        if (c.Article && !plural && HalfAfter(j + 1) is var after && after > 0 && WithHalf("1", unit) is { } aHalf)
            return new SpanMatch(after, "1", unit, false) { Value = aHalf };
        if (half > 0 && WithHalf(CountValue(c), unit) is { } halves) return new SpanMatch(j + 1, CountValue(c), unit, adjective) { Value = halves };
        return half > 0 ? null : new SpanMatch(j + 1, CountValue(c), unit, adjective);
    }

    /// <summary>A one-token adjective: "two-day", "three-month", "twenty-four-hour".</summary>
    private SpanMatch? HyphenatedSpan(int i)
    {
        if (!v.IsLowerWord(i)) return null;
        var s = v.Span(i);
        int hyphen = s.LastIndexOf('-');
        if (hyphen <= 0 || !TimeLexicon.TryUnit(s[(hyphen + 1)..], out var unit) || unit == TimeUnit.Quarter || TimeLexicon.IsPluralUnit(s[(hyphen + 1)..])
            || !TimeLexicon.TryNumberWord(s[..hyphen], out int n)) return null;
        return new SpanMatch(i + 1, n.ToString(CultureInfo.InvariantCulture), unit, true);
    }

    /// <summary>
    /// TIMEX3 SETs (TimeML 1.2.1 §2.2): "every year" → P1Y, "every two weeks" → P2W, "every Monday" →
    /// XXXX-WXX-1, "daily" → P1D, "once a month" → P1M. The frequency itself (quant/freq) is not kept.
    /// </summary>
    private Candidate? Set(int i)
    {
        if (!v.IsWord(i)) return null;
        if (v.IsAny(i, "every", "each"))
        {
            if (v.IsCapitalized(i + 1) && TimeLexicon.TryWeekday(v.Span(i + 1), out int day))
                return new Candidate(i + 2, TimeType.Set, "XXXX-WXX-" + day);
            if (v.Is(i + 1, "other") && UnitAt(i + 2) is { } u2) return new Candidate(i + 3, TimeType.Set, TimeLexicon.DurationValue("2", u2));
            if (UnitAt(i + 1) is { } u1) return new Candidate(i + 2, TimeType.Set, TimeLexicon.DurationValue("1", u1));
            return Span(i + 1) is { Adjective: false } s ? new Candidate(s.End, TimeType.Set, TimeLexicon.DurationValue(s.Count, s.Unit)) : null;
        }
        if (v.IsLowerWord(i) && Adverb(v.Span(i)) is { } unit) return new Candidate(i + 1, TimeType.Set, TimeLexicon.DurationValue("1", unit));
        int k = v.IsAny(i, "once", "twice") ? i + 1 : Count(i) is { Article: false } c && v.Is(c.Next, "times") ? c.Next + 1 : -1;
        if (k < 0 || !(v.IsAny(k, "a", "per") || v.Is(k, "every")) || UnitAt(k + 1) is not { } per) return null;
        return new Candidate(k + 2, TimeType.Set, TimeLexicon.DurationValue("1", per));
    }

    private TimeUnit? UnitAt(int i) =>
        v.IsLowerWord(i) && TimeLexicon.TryUnit(v.Span(i), out var u) && !TimeLexicon.IsPluralUnit(v.Span(i)) ? u : null;

    private static TimeUnit? Adverb(ReadOnlySpan<char> w) =>
        w.Equals("daily", StringComparison.OrdinalIgnoreCase) ? TimeUnit.Day
        : w.Equals("weekly", StringComparison.OrdinalIgnoreCase) ? TimeUnit.Week
        : w.Equals("monthly", StringComparison.OrdinalIgnoreCase) ? TimeUnit.Month
        : w.Equals("annually", StringComparison.OrdinalIgnoreCase) || w.Equals("yearly", StringComparison.OrdinalIgnoreCase) ? TimeUnit.Year
        : w.Equals("hourly", StringComparison.OrdinalIgnoreCase) ? TimeUnit.Hour
        : null;

    /// <summary>
    /// A clock time, put on the day it names or else the sentence's date or the DCT: "10:30 a.m." →
    /// 2021-07-22T10:30, "at 14:00", "9 pm", "noon", "9 a.m. Tuesday" (the weekday joins the extent),
    /// "10:35 a.m. (0735 GMT) Friday" and "5:34 AM local time on March 20, 2003" (the day stays its own
    /// expression). A bare "10:30" needs "at" before it.
    /// </summary>
    private Candidate? Clock(int i)
    {
        if (ClockReading(i) is not var (end, hour, minute)) return null;
        end = TimeZone(end);
        var (day, dayEnd) = DayAfterClock(i, end);
        return new Candidate(dayEnd ?? end, TimeType.Time, $"{day ?? _sentenceDay ?? Anchor.DayOrX}T{hour:D2}:{minute:D2}");
    }

    /// <summary>The end, hour (0–24) and minute of a clock time at token i.</summary>
    private (int End, int Hour, int Minute)? ClockReading(int i)
    {
        if (v.IsLowerWord(i) && (v.Is(i, "noon") || v.Is(i, "midnight"))) return (i + 1, v.Is(i, "noon") ? 12 : 24, 0);
        if (!v.Has(i) || v[i].Kind != TokenKind.Number) return null;
        var s = v.Span(i);
        int colon = s.IndexOf(':');
        int hour, minute = 0;
        if (colon > 0)
        {
            if (!int.TryParse(s[..colon], out hour) || s.Length - colon != 3 || !int.TryParse(s[(colon + 1)..], out minute)) return null;
        }
        else if (IsWireClock(i))
        {
            // "1630 GMT", "0735 local time", "1200 hrs": the wire's four-digit clock, always with its zone.
            v.TryDigits(i, out int hhmm, out _);
            return (v.Is(i + 1, "hrs") ? i + 2 : i + 1, hhmm / 100, hhmm % 100);
        }
        else if (!v.TryDigits(i, out hour, out int digits) || digits > 2) return null;
        int? shift = Meridiem(i + 1);
        if (shift is null && (colon < 0 || !v.IsAny(i - 1, "at", "by") && !v.IsAny(i - 1, "until", "from"))) return null;
        if (minute > 59 || hour > (shift is null ? 23 : 12) || (shift is not null && hour == 0)) return null;
        if (shift is { } add) hour = hour % 12 + add;
        return (shift is null ? i + 1 : i + 2, hour, minute);
    }

    /// <summary>A four-digit clock (HHMM) with a time zone or "hrs" after it: "1630 GMT", "0735 EST", "2300 local time", "1200 hrs".</summary>
    private bool IsWireClock(int i) =>
        v.TryDigits(i, out int hhmm, out int digits) && digits == 4 && !v.GluedWord(i) && hhmm / 100 <= 23 && hhmm % 100 <= 59
        && (TimeZone(i + 1) > i + 1 || v.Is(i + 1, "UTC") || v.Is(i + 1, "hrs"));

    /// <summary>Past a time zone after a clock time: "EDT", "GMT", "local time", "Baghdad time".</summary>
    private int TimeZone(int i)
    {
        if (v.IsWord(i) && v.Span(i).Length is >= 3 and <= 4 && IsUpperWord(i) && v.Span(i)[^1] == 'T') return i + 1;
        return v.IsWord(i) && v.Is(i + 1, "time") && (v.Is(i, "local") || v.IsCapitalized(i)) ? i + 2 : i;
    }

    private bool IsUpperWord(int i)
    {
        foreach (char c in v.Span(i))
            if (!char.IsAsciiLetterUpper(c)) return false;
        return true;
    }

    /// <summary>
    /// The day a clock time is on, named right after it: a weekday or a full date, joined to the clock's
    /// extent ("noon Thursday"), or after "on", a comma or a parenthesis ("(0735 GMT) Friday"), where
    /// it is tagged on its own. Returns the day's value and, when joined, the end of the extent.
    /// </summary>
    private (string? Day, int? End) DayAfterClock(int clock, int i)
    {
        int k = i;
        if (v.IsChar(k, '('))
        {
            int close = k + 1;
            while (close < k + 6 && v.Has(close) && !v.IsChar(close, ')')) close++;
            if (!v.IsChar(close, ')')) return (null, null);
            k = close + 1;
        }
        else if (v.IsChar(k, ',') || v.Is(k, "on")) k++;
        int? joined(int end) => k == i ? end : null;
        if (v.IsCapitalized(k) && TimeLexicon.TryWeekday(v.Span(k), out int weekday))
        {
            if (v.IsChar(k + 1, ',') && MonthFirst(k + 2) is { IsFullDay: true } dated) return (dated.Value, joined(dated.End));
            // The clock and the weekday share one clause: "will leave at 4 a.m. Thursday".
            return (Anchor.Weekday(weekday, null, TenseCues.Around(v, clock, k + 1)), joined(k + 1));
        }
        return (MonthFirst(k) ?? DayFirst(k)) is { IsFullDay: true } date ? (date.Value, joined(date.End)) : (null, null);
    }
    /// <summary>Hours to add for "a.m."/"p.m." after token i-1: 0 or 12; null when there is none.</summary>
    private int? Meridiem(int i)
    {
        if (!v.IsWord(i)) return null;
        var w = v.Span(i);
        if (w.Equals("a.m.", StringComparison.OrdinalIgnoreCase) || w.Equals("am", StringComparison.OrdinalIgnoreCase) || w.Equals("a.m", StringComparison.OrdinalIgnoreCase)) return 0;
        if (w.Equals("p.m.", StringComparison.OrdinalIgnoreCase) || w.Equals("pm", StringComparison.OrdinalIgnoreCase) || w.Equals("p.m", StringComparison.OrdinalIgnoreCase)) return 12;
        return null;
    }
}
