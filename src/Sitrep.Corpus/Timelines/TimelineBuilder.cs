using Sitrep.News.Pipeline;
using Sitrep.News.Times;
using Sitrep.News.Documents;

namespace Sitrep.Corpus.Timelines;

/// <summary>
/// Builds the timeline: every sentence that dates something to a calendar value with a known year
/// (2001, 2021-07, 2021-07-08, 2024-W11), sorted by the first day of that value, then by article and position. Fuzzy references
/// (PAST_REF), durations and underspecified values (XXXX-05) stay out: they cannot be placed.
/// </summary>
public static class TimelineBuilder
{
    public static IReadOnlyList<TimelineEntry> Build(IReadOnlyList<ArticleAnalysis> articles)
    {
        var entries = new List<TimelineEntry>();
        foreach (var a in articles)
        {
            var seen = new HashSet<(int, string)>();
            foreach (var t in a.Times)
            {
                if (t.Type != TimeType.Date || !IsPlaceable(t.Value)) continue;
                int k = SentenceOf(a, t);
                if (k < 0) continue;
                var s = a.Sentences[k];
                if (s.End == 0 || !seen.Add((s.Start, t.Value))) continue;
                entries.Add(new TimelineEntry(t.Value, a.Article.Text[s.Start..s.End], a.Article.Id, s.Start, s.End, t.Text));
            }
        }
        // By the first day a value covers, then the wider value first (2021 before 2021-01-01).
        return entries.OrderBy(e => TimexOrder.FirstDay(e.Date)).ThenBy(e => e.Date.Length)
            .ThenBy(e => e.Article, StringComparer.Ordinal).ThenBy(e => e.Start).ToList();
    }

    /// <summary>
    /// The index of the sentence that holds the expression, or -1: the last one starting at or before it, found by
    /// halving — sentences are in text order and do not overlap — not by a scan of every sentence for each expression.
    /// </summary>
    private static int SentenceOf(ArticleAnalysis a, TimeExpression t)
    {
        var sentences = a.Sentences;
        int lo = 0, hi = sentences.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sentences[mid].Start <= t.Start) lo = mid + 1;
            else hi = mid;
        }
        return lo > 0 && t.End <= sentences[lo - 1].End ? lo - 1 : -1;
    }

    /// <summary>A value that starts with a four-digit year and has no unknown (X) parts.</summary>
    public static bool IsPlaceable(string value) =>
        value.Length >= 4 && char.IsDigit(value[0]) && char.IsDigit(value[1]) && char.IsDigit(value[2]) && char.IsDigit(value[3]) && !value.Contains('X');
}
