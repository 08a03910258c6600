using Sitrep.News.Documents;

namespace Sitrep.News.Times;

/// <summary>
/// Scans one sentence left to right and, at each token, takes the first rule that matches there;
/// the rules are ordered from the most to the least specific, so the longest reading wins and
/// matches never overlap. The rules live in the partial files by kind: calendar dates, relative
/// expressions, durations/sets/clock times. Every date it tags moves the document's
/// <see cref="ReferenceTime"/>, which anaphoric expressions and narratives resolve against.
/// </summary>
internal sealed partial class SentenceScanner(TokenView v, TimeAnchor dct, ReferenceTime story, NumericDateOrder numericDates)
{
    /// <summary>
    /// What relative expressions resolve against: the DCT in news, the story's own time in a narrative
    /// ("the end of the month" in a history of 1940 is a month of 1940; a BC story leaves such values open).
    /// </summary>
    private TimeAnchor Anchor => story.Narrative ? new TimeAnchor(story.Date) : dct;

    /// <summary>The last fully specified day in this sentence: "on July 22 at 10:30 a.m." puts the time on it.</summary>
    private string? _sentenceDay;

    /// <summary>End token of the last match, so "from 1990 to 2000" can tag the second year.</summary>
    private int _lastEnd = -1;

    /// <summary>The last match's value when it was a full day, so "March 5-9" can give the 9th its month.</summary>
    private string? _lastDay;

    public void Scan(List<TimeExpression> output)
    {
        int first = output.Count;
        for (int i = v.First; i < v.End;)
        {
            if (Match(i) is not { } c)
            {
                i++;
                continue;
            }
            int start = v[i].Start, end = v[c.End - 1].End;
            var bound = TimeBound.None;
            if (c.Type is TimeType.Date or TimeType.Time)
            {
                if (output.Count > first && ClosesRange(i, output[^1]))
                {
                    output[^1] = output[^1] with { Bound = TimeBound.RangeStart };
                    bound = TimeBound.RangeEnd;
                }
                else if (IsDeadlineCue(i - 1)) bound = TimeBound.Deadline;
            }
            output.Add(new TimeExpression(start, end, v.Text[start..end], c.Type, c.Value, c.Mod) { Bound = bound });
            if (c.IsFullDay) _sentenceDay = c.Value;
            if (c.Type is TimeType.Date or TimeType.Time && !c.LooksBack) story.Note(c.Value);
            _lastEnd = c.End;
            _lastDay = c.IsFullDay ? c.Value : null;
            i = c.End;
        }
    }

    /// <summary>
    /// True when the match at token i is the second end of a range with the expression just tagged:
    /// "1861-1865", "from May to July", "between 1990 and 2000", "from Monday until Friday".
    /// </summary>
    private bool ClosesRange(int i, TimeExpression previous)
    {
        if (_lastEnd != i - 1 || previous.Type is not (TimeType.Date or TimeType.Time)) return false;
        if (IsDash(i - 1)) return true;
        int opener = TokenAt(previous.Start) - 1;
        if (v.IsAny(i - 1, "to", "through") || v.IsAny(i - 1, "until", "till")) return v.Is(opener, "from");
        return v.Is(i - 1, "and") && v.Is(opener, "between");
    }

    private int TokenAt(int offset)
    {
        int k = _lastEnd - 1;
        while (k > v.First && v[k].Start > offset) k--;
        return k;
    }

    /// <summary>"by", "until", "till", "no later than", "not later than" before token i + 1: a due date.</summary>
    private bool IsDeadlineCue(int i) =>
        v.Is(i, "by") || v.IsAny(i, "until", "till") || (v.Is(i, "than") && v.Is(i - 1, "later") && v.IsAny(i - 2, "no", "not"));

    private Candidate? Match(int i) => SecondOfDayRange(i) ?? Positioned(i) ?? Quantified(i) ?? Core(i, dateContext: false);

    private Candidate? Core(int i, bool dateContext) =>
        Holiday(i) ?? Weekday(i) ?? PartOfDate(i) ?? MonthFirst(i) ?? FirstOfDayRange(i) ?? DayFirst(i) ?? NumericDate(i) ?? IsoWeek(i) ?? DecadeOrCentury(i) ?? QuarterOrHalf(i)
        ?? SeasonOfYear(i) ?? Season(i, dateContext) ?? SpokenYearDate(i) ?? Year(i, dateContext) ?? Relative(i) ?? TheYear(i) ?? Deictic(i) ?? Set(i) ?? Clock(i) ?? Duration(i);

    /// <summary>
    /// A point inside a period: "the end of next April", "early July", "late 2001", "mid-2021". TIMEX3
    /// keeps the period's value and marks the part with mod START, MID or END (TimeML 1.2.1 §2.2).
    /// </summary>
    private Candidate? Positioned(int i)
    {
        string? mod;
        int j;
        if (v.Is(i, "the") && v.Is(i + 2, "of"))
        {
            mod = PositionMod(i + 1, phrase: true);
            j = i + 3;
        }
        else
        {
            mod = PositionMod(i, phrase: false);
            j = v.Is(i, "mid") && v.IsChar(i + 1, '-') && v.Glued(i) ? i + 2 : i + 1;
        }
        if (mod is null) return null;
        var core = Core(j, dateContext: true) ?? ThePeriod(j);
        return core is { Type: TimeType.Date or TimeType.Time, Mod: null } c && !c.Value.EndsWith("_REF", StringComparison.Ordinal)
            ? c with { Mod = mod }
            : null;
    }

    private string? PositionMod(int i, bool phrase)
    {
        if (!v.IsWord(i)) return null;
        var w = v.Span(i);
        if (phrase)
        {
            if (w.Equals("end", StringComparison.OrdinalIgnoreCase)) return "END";
            if (w.Equals("middle", StringComparison.OrdinalIgnoreCase)) return "MID";
            if (w.Equals("beginning", StringComparison.OrdinalIgnoreCase) || w.Equals("start", StringComparison.OrdinalIgnoreCase)) return "START";
            return null;
        }
        if (w.Equals("early", StringComparison.OrdinalIgnoreCase)) return "START";
        if (w.Equals("late", StringComparison.OrdinalIgnoreCase)) return "END";
        if (w.Equals("mid", StringComparison.OrdinalIgnoreCase)) return "MID";
        return null;
    }

    /// <summary>
    /// A duration with a quantity modifier: "nearly 20 years" → P20Y APPROX, "more than a month" →
    /// P1M MORE_THAN, "no more than a month" → P1M EQUAL_OR_LESS (TimeML 1.2.1 §2.2 mod values).
    /// </summary>
    private Candidate? Quantified(int i)
    {
        var (mod, j) = QuantityMod(i);
        if (mod is null) return null;
        var core = Duration(j);
        return core is { Mod: null } c ? c with { Mod = mod } : null;
    }

    private (string? Mod, int Next) QuantityMod(int i)
    {
        if (v.IsAny(i, "nearly", "almost") || v.IsAny(i, "about", "around") || v.IsAny(i, "approximately", "roughly") || v.Is(i, "some"))
            return ("APPROX", i + 1);
        bool negated = v.IsAny(i, "no", "not");
        int k = negated ? i + 1 : i;
        if (v.Is(k + 1, "than"))
        {
            if (v.Is(k, "more")) return (negated ? "EQUAL_OR_LESS" : "MORE_THAN", k + 2);
            if (v.IsAny(k, "less", "fewer")) return (negated ? "EQUAL_OR_MORE" : "LESS_THAN", k + 2);
        }
        if (negated) return (null, i);
        if (v.Is(i, "at") && v.Is(i + 1, "least")) return ("EQUAL_OR_MORE", i + 2);
        if ((v.Is(i, "up") && v.Is(i + 1, "to")) || (v.Is(i, "at") && v.Is(i + 1, "most"))) return ("EQUAL_OR_LESS", i + 2);
        return (null, i);
    }
}
