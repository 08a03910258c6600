namespace Sitrep.News.Times;

/// <summary>Expressions relative to the DCT: "last year", "next April", "the past 24 hours", "today", "recently".</summary>
internal sealed partial class SentenceScanner
{
    /// <summary>
    /// "this/last/next" + a calendar unit, month, weekday, season or part of day ("last year",
    /// "next April", "last summer", "this morning"), and "the past/last/next/coming" + a span,
    /// which TimeBank annotates as a duration ("the past 24 hours" → PT24H).
    /// </summary>
    private Candidate? Relative(int i)
    {
        if (v.Is(i, "the") && v.IsWord(i + 1)) return TrailingSpan(i + 1);
        int direction;
        if (v.Is(i, "this")) direction = 0;
        else if (v.Is(i, "last")) direction = -1;
        else if (v.Is(i, "next")) direction = 1;
        else return null;

        int j = i + 1;
        if (!v.IsWord(j)) return null;
        var w = v.Span(j);
        if (TimeLexicon.TryUnit(w, out var unit) && !TimeLexicon.IsPluralUnit(w) && unit >= TimeUnit.Week)
            return new Candidate(j + 1, TimeType.Date, anchor.Shift(unit, direction));
        if (w.Equals("weekend", StringComparison.OrdinalIgnoreCase))
            return new Candidate(j + 1, TimeType.Date, Weekend(anchor.Shift(TimeUnit.Week, direction)));
        if (v.IsCapitalized(j) && TimeLexicon.TryMonthName(w, out int month))
            return new Candidate(j + 1, TimeType.Date, TimeAnchor.FormatMonth(anchor.YearFor(month, null, direction, Tense.Unknown) ?? "XXXX", month));
        if (v.IsCapitalized(j) && TimeLexicon.TryWeekday(w, out int day))
            return new Candidate(j + 1, TimeType.Date, anchor.Weekday(day, direction, Tense.Unknown));
        if (TimeLexicon.TrySeason(w, out string season))
            return new Candidate(j + 1, TimeType.Date, anchor.Season(season, direction));
        if (direction <= 0 && TimeLexicon.TryPartOfDay(w, out string part) && (direction == 0 || part == "NI"))
            return new Candidate(j + 1, TimeType.Time, DayPart(anchor.DayOffset(direction), part));
        return null;
    }

    /// <summary>A week value with the TIMEX3 weekend suffix: 2021-W29-WE.</summary>
    private static string Weekend(string week) => week.Contains("-W", StringComparison.Ordinal) ? week + "-WE" : week;

    /// <summary>"the past 24 hours" → PT24H, "the next three months" → P3M, "the coming weeks" → FUTURE_REF.</summary>
    private Candidate? TrailingSpan(int i)
    {
        bool coming = v.Is(i, "coming");
        if (!coming && !v.IsAny(i, "past", "last") && !v.Is(i, "next")) return null;
        int j = i + 1;
        if (coming && v.IsWord(j) && TimeLexicon.IsPluralUnit(v.Span(j)))
            return new Candidate(j + 1, TimeType.Date, "FUTURE_REF");
        var count = Count(j);
        if (count is { } c) j = c.Next;
        if (!v.IsWord(j) || !TimeLexicon.TryUnit(v.Span(j), out var unit)) return null;
        bool plural = TimeLexicon.IsPluralUnit(v.Span(j));
        // Without a count: "the past week" is a week long, "the past months" some months; "the next day"
        // is a day relative to the story's own time, which the DCT cannot resolve.
        if (count is null && !plural && unit < TimeUnit.Week) return null;
        string value = count is { } n ? CountValue(n) : plural ? "X" : "1";
        return new Candidate(j + 1, TimeType.Duration, TimeLexicon.DurationValue(value, unit));
    }

    /// <summary>
    /// Deictic words and fuzzy references: "today", "yesterday morning", "tonight", "now" (PRESENT_REF),
    /// "recently" and "the other day" (PAST_REF), "soon" and "the future" (FUTURE_REF); TimeML 1.2.1 §2.2.
    /// "Earlier," opening a sentence is PAST_REF; other uses of "earlier" are comparative and left alone.
    /// </summary>
    private Candidate? Deictic(int i)
    {
        if (!v.IsWord(i)) return null;
        var w = v.Span(i);
        int offset = w.Equals("today", StringComparison.OrdinalIgnoreCase) ? 0
            : w.Equals("yesterday", StringComparison.OrdinalIgnoreCase) ? -1
            : w.Equals("tomorrow", StringComparison.OrdinalIgnoreCase) ? 1 : int.MinValue;
        if (offset != int.MinValue)
        {
            string day = anchor.DayOffset(offset);
            return PartOfDay(i + 1, day) ?? new Candidate(i + 1, TimeType.Date, day);
        }
        if (w.Equals("tonight", StringComparison.OrdinalIgnoreCase))
            return new Candidate(i + 1, TimeType.Time, DayPart(anchor.DayOffset(0), "NI"));
        if (w.Equals("now", StringComparison.OrdinalIgnoreCase) || w.Equals("currently", StringComparison.OrdinalIgnoreCase)
            || w.Equals("nowadays", StringComparison.OrdinalIgnoreCase))
            return Ref(i + 1, 0);
        if (w.Equals("recently", StringComparison.OrdinalIgnoreCase) || w.Equals("lately", StringComparison.OrdinalIgnoreCase))
            return Ref(i + 1, -1);
        if (w.Equals("soon", StringComparison.OrdinalIgnoreCase))
            return v.IsAny(i - 1, "as", "too") || v.IsAny(i + 1, "after", "as") ? null : Ref(i + 1, 1);
        if (w.Equals("earlier", StringComparison.OrdinalIgnoreCase))
            return i == v.First && v.IsChar(i + 1, ',') ? Ref(i + 1, -1) : null;
        if (w.Equals("these", StringComparison.OrdinalIgnoreCase) && v.Is(i + 1, "days"))
            return Ref(i + 2, 0);
        if (w.Equals("recent", StringComparison.OrdinalIgnoreCase) && v.IsWord(i + 1) && TimeLexicon.IsPluralUnit(v.Span(i + 1)))
            return Ref(i + 2, -1);
        if (!w.Equals("the", StringComparison.OrdinalIgnoreCase)) return null;
        if (v.Is(i + 1, "other") && v.Is(i + 2, "day")) return Ref(i + 3, -1);
        // "in the past" / "in the future" as a whole, not "the past 24 hours" (a duration, matched before).
        if (v.Is(i - 1, "in") && v.Is(i + 1, "past") && !v.IsWord(i + 2)) return Ref(i + 2, -1);
        if (v.Is(i - 1, "in") && v.Is(i + 1, "future")) return Ref(i + 2, 1);
        return null;
    }

    private static Candidate Ref(int end, int direction) => new(end, TimeType.Date, TimeAnchor.Ref(direction));

    /// <summary>
    /// "the year", "the month", "the week" after a position phrase ("by the end of the year"): the
    /// DCT's own period. Alone they are too often anaphoric to another time to be resolved this way.
    /// </summary>
    private Candidate? ThePeriod(int i)
    {
        if (!v.Is(i, "the") || !v.IsWord(i + 1) || !TimeLexicon.TryUnit(v.Span(i + 1), out var unit)
            || TimeLexicon.IsPluralUnit(v.Span(i + 1)) || unit < TimeUnit.Week) return null;
        return new Candidate(i + 2, TimeType.Date, anchor.Shift(unit, 0));
    }
}
