using System.Collections.Frozen;
using Sitrep.Nlp.Tokens;
using Sitrep.News.Documents;

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
        if ((Anaphoric(i) ?? StoryTime(i)) is { } anaphoric) return anaphoric;
        if (v.Is(i, "the") && v.IsWord(i + 1)) return TrailingSpan(i + 1);
        int direction;
        if (v.Is(i, "this")) direction = 0;
        else if (v.Is(i, "last")) direction = -1;
        else if (v.Is(i, "next")) direction = 1;
        else return null;

        int j = i + 1;
        if (!v.IsWord(j)) return null;
        // "last Thanksgiving", "next Christmas".
        if (direction != 0 && Holiday(j) is { } holiday) return holiday;
        var w = v.Span(j);
        if (TimeLexicon.TryUnit(w, out var unit) && !TimeLexicon.IsPluralUnit(w) && unit >= TimeUnit.Week)
            return new Candidate(j + 1, TimeType.Date, Anchor.Shift(unit, direction));
        if (w.Equals("weekend", StringComparison.OrdinalIgnoreCase))
            return new Candidate(j + 1, TimeType.Date, Weekend(Anchor.Shift(TimeUnit.Week, direction)));
        if (v.IsCapitalized(j) && TimeLexicon.TryMonthName(w, out int month))
            return new Candidate(j + 1, TimeType.Date, TimeAnchor.FormatMonth(Anchor.YearFor(month, null, direction, Tense.Unknown) ?? "XXXX", month));
        if (v.IsCapitalized(j) && TimeLexicon.TryWeekday(w, out int day))
            return new Candidate(j + 1, TimeType.Date, Anchor.Weekday(day, direction, Tense.Unknown));
        if (TimeLexicon.TrySeason(w, out string season))
            return new Candidate(j + 1, TimeType.Date, Anchor.Season(season, direction));
        if (direction <= 0 && TimeLexicon.TryPartOfDay(w, out string part) && (direction == 0 || part == "NI"))
            return new Candidate(j + 1, TimeType.Time, DayPart(Anchor.DayOffset(direction), part));
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
        if (count is null && !plural && (unit < TimeUnit.Week || unit == TimeUnit.Quarter)) return null;
        string value = count is { } n ? CountValue(n) : plural ? "X" : "1";
        return new Candidate(j + 1, TimeType.Duration, TimeLexicon.DurationValue(value, unit));
    }

    /// <summary>
    /// Deictic words and fuzzy references: "today", "yesterday morning", "tonight", "now" (PRESENT_REF),
    /// "current" before a noun, "recently" and "the other day" (PAST_REF), "the future" (FUTURE_REF); TimeML 1.2.1 §2.2.
    /// "soon" is left alone: TimeBank and WikiWars rarely mark it.
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
            string day = Anchor.DayOffset(offset);
            return PartOfDay(i + 1, day) ?? new Candidate(i + 1, TimeType.Date, day);
        }
        if (w.Equals("tonight", StringComparison.OrdinalIgnoreCase))
            return new Candidate(i + 1, TimeType.Time, DayPart(Anchor.DayOffset(0), "NI"));
        // "Now, he says, ...": opening a sentence before a comma, "now" turns the discourse, not the clock.
        if (w.Equals("now", StringComparison.OrdinalIgnoreCase))
            return i == v.First && v.IsChar(i + 1, ',') ? null : Ref(i + 1, 0);
        if (w.Equals("currently", StringComparison.OrdinalIgnoreCase) || w.Equals("nowadays", StringComparison.OrdinalIgnoreCase))
            return Ref(i + 1, 0);
        if (w.Equals("at", StringComparison.OrdinalIgnoreCase) && v.Is(i + 1, "night") && v.IsLowerWord(i + 1))
            return new Candidate(i + 2, TimeType.Time, DayPart("XXXX-XX-XX", "NI"));
        if (w.Equals("recently", StringComparison.OrdinalIgnoreCase) || w.Equals("lately", StringComparison.OrdinalIgnoreCase))
            return Ref(i + 1, -1);
        // "current leaders": the present, as an adjective before a noun.
        if (w.Equals("current", StringComparison.OrdinalIgnoreCase) && v.IsLowerWord(i) && v.IsLowerWord(i + 1) && !v.Is(i + 1, "and"))
            return Ref(i + 1, 0);
        if (w.Equals("earlier", StringComparison.OrdinalIgnoreCase))
            return i == v.First && v.IsChar(i + 1, ',') ? Ref(i + 1, -1) : null;
        if (w.Equals("these", StringComparison.OrdinalIgnoreCase) && v.Is(i + 1, "days"))
            return Ref(i + 2, 0);
        if (w.Equals("recent", StringComparison.OrdinalIgnoreCase) && v.IsLowerWord(i))
            return RecentSpan(i + 1) ?? (v.IsLowerWord(i + 1) && !v.IsAny(i + 1, "and", "or") ? Ref(i + 1, -1) : null);
        // "in coming months", "over coming weeks": the months ahead.
        if (w.Equals("coming", StringComparison.OrdinalIgnoreCase) && v.IsAny(i - 1, "in", "over") && v.IsLowerWord(i + 1) && TimeLexicon.IsPluralUnit(v.Span(i + 1)))
            return Ref(i + 2, 1);
        if (YearEnd(i) is { } yearEnd) return yearEnd;
        if (!w.Equals("the", StringComparison.OrdinalIgnoreCase)) return null;
        if (v.Is(i + 1, "other") && v.Is(i + 2, "day")) return Ref(i + 3, -1);
        // "the past" / "the (near) future" as a whole, not "the past 24 hours" or "the past few weeks" (spans, matched before).
        if (v.Is(i + 1, "past") && !(v.IsLowerWord(i + 2) && (TimeLexicon.TryUnit(v.Span(i + 2), out _) || Count(i + 2) is not null)))
            return Ref(i + 2, -1);
        // "in the near term", "for the short term": the time just ahead, not "the short-term rate".
        if (v.IsAny(i + 1, "near", "short") && v.Is(i + 2, "term") && !v.IsLowerWord(i + 3)) return Ref(i + 3, 1);
        int f = v.Is(i + 1, "near") ? i + 2 : i + 1;
        if (v.Is(f, "future") && !v.Is(f + 1, "of")) return Ref(f + 1, 1);
        return null;
    }

    /// <summary>
    /// "recent weeks", "recent months", "recent days": TimeBank marks these as spans of unknown length
    /// (PXW, PXM, PXD), but "recent years" mostly as PAST_REF (3 of 5).
    /// </summary>
    private Candidate? RecentSpan(int i)
    {
        if (!v.IsLowerWord(i) || !TimeLexicon.IsPluralUnit(v.Span(i)) || !TimeLexicon.TryUnit(v.Span(i), out var unit)) return null;
        return unit is TimeUnit.Day or TimeUnit.Week or TimeUnit.Month
            ? new Candidate(i + 1, TimeType.Duration, TimeLexicon.DurationValue("X", unit))
            : Ref(i + 1, -1);
    }

    /// <summary>
    /// "year-end", "year end", "year's end": the end of the DCT's year (mod END), or of the year before
    /// after "since" ("the change since year-end").
    /// </summary>
    private Candidate? YearEnd(int i)
    {
        int end = v.Is(i, "year-end") ? i + 1
            : v.Is(i, "year") && v.Is(i + 1, "end") ? i + 2
            : v.Is(i, "year") && (v.Is(i + 1, "'s") || v.Is(i + 1, "’s")) && v.Is(i + 2, "end") ? i + 3
            : -1;
        if (end < 0 || !v.IsLowerWord(i) || v.IsAny(i - 1, "the", "a") || v.IsAny(i - 1, "each", "every")) return null;
        int n = v.Is(i - 1, "since") ? -1 : 0;
        return Anchor.YearAt(n) is { } year ? new Candidate(end, TimeType.Date, TimeAnchor.FormatYear(year), "END") : null;
    }

    /// <summary>Prepositions before "this time", "the same time", "this period" used of a time in a narrative.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StoryTimeLeads = WordSet(
        "at", "by", "during", "since", "from", "until", "around", "about", "in", "throughout", "over");

    /// <summary>
    /// "at this time", "during this period", "around the same time", "at the time" in a narrative: the
    /// story's own time, as precisely as the text has placed it. In news these mostly mean an occasion
    /// ("this time the vote passed") and are left alone.
    /// </summary>
    private Candidate? StoryTime(int i)
    {
        if (!story.Narrative || !IsIn(StoryTimeLeads, i - 1)) return null;
        int j = v.Is(i, "the") && v.Is(i + 1, "same") ? i + 2 : v.IsAny(i, "this", "that") || v.Is(i, "the") ? i + 1 : -1;
        if (j < 0 || !(v.Is(j, "time") || (v.Is(j, "period") && !v.Is(i, "the")))) return null;
        string? value = story.DayValue(0) is { } day && !day.Contains('X') ? day : story.MonthValue(0) ?? story.YearValue(0);
        return value is null ? null : new Candidate(j + 1, TimeType.Date, value);
    }

    /// <summary>
    /// Expressions anaphoric to the reference time (<see cref="ReferenceTime"/>): "the next day", "the
    /// following year", "the previous month", "that day", "the same year", "the next morning", "the
    /// year-earlier quarter", "the weekend". "the next year/month/week" after "over", "for", "during",
    /// "within" or "in" is a span instead (<see cref="TrailingSpan"/>).
    /// </summary>
    private Candidate? Anaphoric(int i)
    {
        if (YearEarlier(i) is { } earlier) return earlier;
        if (v.Is(i, "the") && v.Is(i + 1, "weekend"))
            return new Candidate(i + 2, TimeType.Date, Anchor.Weekend(TenseCues.Around(v, i, i + 2)));
        int n, j;
        if (v.Is(i, "that")) (n, j) = (0, v.Is(i + 1, "same") ? i + 2 : i + 1);
        else if (!v.Is(i, "the")) return null;
        else if (v.Is(i + 1, "same")) (n, j) = (0, i + 2);
        else if (v.IsAny(i + 1, "following", "next")) (n, j) = (1, i + 2);
        else if (v.IsAny(i + 1, "previous", "preceding") || v.Is(i + 1, "prior")) (n, j) = (-1, i + 2);
        else return null;
        if (!v.IsLowerWord(j)) return null;
        var w = v.Span(j);
        if (TimeLexicon.TryPartOfDay(w, out string part))
            return n >= 0 && story.DayValue(n) is { } d ? new Candidate(j + 1, TimeType.Time, DayPart(d, part)) : null;
        if (!TimeLexicon.TryUnit(w, out var unit) || TimeLexicon.IsPluralUnit(w)) return null;
        bool span = v.Is(i + 1, "next") && unit >= TimeUnit.Week && (v.IsAny(i - 1, "over", "for") || v.IsAny(i - 1, "during", "within") || v.Is(i - 1, "in"));
        if (span) return null;
        string? value = unit switch
        {
            TimeUnit.Day => story.DayValue(n),
            TimeUnit.Month => story.MonthValue(n) ?? story.YearValue(0) + "-XX",
            TimeUnit.Year => story.YearValue(n),
            TimeUnit.Decade => story.YearValue(10 * n)?[..^1],
            _ => null,
        };
        return value is null ? null : new Candidate(j + 1, TimeType.Date, value, LooksBack: n < 0);
    }

    /// <summary>
    /// "year-earlier", "year-ago", "the year-earlier quarter/period/third quarter": the quarter a year before the one being
    /// reported, or the year before the story's year when no quarter was named.
    /// </summary>
    private Candidate? YearEarlier(int i)
    {
        int j = v.Is(i, "the") ? i + 1 : i;
        if (v.Is(j, "comparable")) j++;
        if (!v.IsAny(j, "year-earlier", "year-ago")) return null;
        int end = v.IsAny(j + 1, "quarter", "period") ? j + 2
            : v.TryOrdinal(j + 1, out _) && v.Is(j + 2, "quarter") ? j + 3 : j + 1;
        if (j > i && end == j + 1) return null;
        string? value = story.QuarterYearBefore() ?? story.YearValue(-1);
        return value is null ? null : new Candidate(end, TimeType.Date, value, LooksBack: true);
    }

    private static Candidate Ref(int end, int direction) => new(end, TimeType.Date, TimeAnchor.Ref(direction));

    /// <summary>
    /// "for the year", "in the fiscal year", "of the full year": the DCT's (or the story's) year; "the
    /// year ended Sept. 30" is instead a year-long span (TimeBank's reading of company reports).
    /// </summary>
    private Candidate? TheYear(int i)
    {
        if (!v.Is(i, "the") || !(v.IsAny(i - 1, "for", "in") || v.IsAny(i - 1, "during", "of") || v.Is(i - 1, "through"))) return null;
        int j = v.IsAny(i + 1, "full", "current") ? i + 2 : i + 1;
        if (v.Is(j, "fiscal")) j++;
        if (!v.IsLowerWord(j) || !v.Is(j, "year") || (v.Has(j + 1) && v[j + 1].Kind == TokenKind.Number)) return null;
        if (v.IsAny(j + 1, "ended", "ending") || (v.Is(j + 1, "that") && v.Is(j + 2, "ended")))
            return new Candidate(j + 1, TimeType.Duration, "P1Y");
        return new Candidate(j + 1, TimeType.Date, Anchor.Shift(TimeUnit.Year, 0));
    }

    /// <summary>
    /// "the year", "the month", "the week" after a position phrase ("by the end of the year"): the
    /// DCT's own period. Alone they are too often anaphoric to another time to be resolved this way.
    /// </summary>
    private Candidate? ThePeriod(int i)
    {
        if (!v.Is(i, "the") || !v.IsWord(i + 1) || !TimeLexicon.TryUnit(v.Span(i + 1), out var unit)
            || TimeLexicon.IsPluralUnit(v.Span(i + 1)) || unit < TimeUnit.Week) return null;
        return new Candidate(i + 2, TimeType.Date, Anchor.Shift(unit, 0));
    }
}
