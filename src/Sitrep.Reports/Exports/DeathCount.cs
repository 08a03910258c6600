using System.Text.RegularExpressions;
using Sitrep.Corpus.Events;
using Sitrep.News.Documents;

namespace Sitrep.Reports.Exports;

/// <summary>
/// The number killed in an event, read from the quantities of its reports' sentences and never guessed. A quantity
/// counts deaths when its unit says so ("30 deaths", "12 fatalities"), when the words after it do ("12
/// people were killed", "left 12 civilians dead"), or the words before it ("the blast killed 12 soldiers", "the death
/// toll rose to 55"). "Wounded", "injured" and "casualties" (which include the wounded) never count, nor "bodies found" (they may be an earlier event's) or "lives" (claimed or saved). An upper bound ("up
/// to 30", "fewer than 30", "nearly 30") is no count. The quantity belongs to the event whose trigger is nearest to it in
/// the sentence, so "an air strike killed 12 a day after rebels attacked" gives the air strike its 12, not the attack.
/// A sentence with two different counts for its event gives none, and so does one that speaks of a running total ("since
/// the uprising began", "so far", "in all", "over the past", "in the year-long uprising"), which is no one event's. Only "12 people were killed",
/// not "12 people, including 3 children, were killed" (which of the two?): that gives none. Across reports the lowest count is kept: ACLED's
/// rule of the most conservative report.
/// </summary>
public static partial class DeathCount
{
    [GeneratedRegex(@"\b(?:deaths|fatalities|dead)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DeathUnit();

    [GeneratedRegex(@"^\s*(?:(?:were|was|are|is|have|has|had|been|being|reportedly|reported|confirmed|believed|all|now|to|be|later)\s+){0,4}(?:killed|dead|died|slain|murdered|executed|massacred|lost\s+their\s+lives)\b(?!\s+(?:or|and/or)\s+(?:wounded|injured|hurt))", RegexOptions.IgnoreCase)]
    private static partial Regex DeathAfter();

    [GeneratedRegex(@"(?:\b(?:killing|killed|kills|kill|slaying|slew|massacring|massacred|executing|executed)|\b(?:death\s+toll|toll|deaths|dead|fatalities)\b[^.;:]{0,30}?\b(?:to|at|of|reached|hit|passed|was|is))\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DeathBefore();

    // A running total ("7,000 have been killed since the uprising began", "so far", "in all", "in the year-long uprising",
    // "in an 11-month revolt") is no event's count.
    [GeneratedRegex(@"\b(?:since|so\s+far|to\s+date|in\s+total|in\s+all|altogether|overall|a\s+total\s+of|throughout|over\s+the\s+(?:past|last)|in\s+the\s+(?:past|last)|during\s+the\s+(?:uprising|conflict|war|revolt|revolution|crisis|fighting)|during\s+which|(?:days|weeks|months|years)\s+of\s+(?:unrest|fighting|conflict|war|violence|protests?|uprising|revolt)|(?:in|of)\s+(?:the|an?|this|its|their)\s+(?:[\w-]+\s+){0,3}(?:uprising|revolt|revolution|conflict|war|unrest|insurgency)|[\w]+[- ](?:year|month|week)s?[- ]long|\d+-(?:year|month|week)(?!-old))\b", RegexOptions.IgnoreCase)]
    private static partial Regex RunningTotal();

    private static readonly HashSet<string?> UpperBounds = ["up to", "at most", "less than", "nearly"];

    /// <summary>The lowest count the reports give, or null when none gives one.</summary>
    public static int? Of(IEnumerable<EventReport> reports) =>
        reports.Select(r => Of(r.Article, r.Event)).Where(n => n is not null).Min();

    /// <summary>The count one report's sentence gives for its event, or null.</summary>
    public static int? Of(ArticleAnalysis article, Event e)
    {
        var text = article.Text;
        var found = new HashSet<int>();
        if (RunningTotal().IsMatch(text.AsSpan(e.Start, e.End - e.Start))) return null;
        foreach (var q in article.Quantities)
        {
            if (q.Start < e.Start || q.End > e.End || UpperBounds.Contains(q.Qualifier)) continue;
            if (q.Value < 0 || q.Value > 10_000_000 || q.Value != Math.Floor(q.Value)) continue;
            if (!CountsDeaths(text, q, e.Start, e.End)) continue;
            if (!Nearest(article, e, q)) continue;
            found.Add((int)q.Value);
        }
        return found.Count == 1 ? found.First() : null;
    }

    private static bool CountsDeaths(string text, Quantity q, int sentenceStart, int sentenceEnd)
    {
        if (q.Unit is { } unit && DeathUnit().IsMatch(unit)) return true;
        var after = text[q.End..Math.Min(sentenceEnd, q.End + 60)];
        if (DeathAfter().IsMatch(after)) return true;
        var before = text[Math.Max(sentenceStart, q.Start - 60)..q.Start];
        return DeathBefore().IsMatch(before);
    }

    /// <summary>Whether no other event of the sentence has its trigger nearer the quantity than this one's.</summary>
    private static bool Nearest(ArticleAnalysis article, Event e, Quantity q)
    {
        static int Distance(Event x, Quantity q) =>
            x.TriggerEnd <= q.Start ? q.Start - x.TriggerEnd : x.TriggerStart >= q.End ? x.TriggerStart - q.End : 0;
        int own = Distance(e, q);
        return !article.Events.Any(x => !x.Negated && x.Start == e.Start && x.TriggerStart != e.TriggerStart && Distance(x, q) < own);
    }
}
