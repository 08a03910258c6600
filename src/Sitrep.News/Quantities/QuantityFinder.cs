using System.Globalization;
using Sitrep.Nlp.Tokens;
using Sitrep.News.Documents;

namespace Sitrep.News.Quantities;

/// <summary>
/// Finds numbers with their qualifier and unit: an optional qualifier ("more than", "nearly"), an
/// optional currency sign, digits or a number word, an optional scale ("million"), then a percent
/// sign or the counted noun phrase. Numbers inside time expressions (years, dates) are skipped.
/// </summary>
public sealed class QuantityFinder
{
    private static readonly (string[] Words, string Canonical)[] Qualifiers =
    [
        (["not", "more", "than"], "at most"), (["no", "more", "than"], "at most"), (["more", "than"], "more than"),
        (["over"], "more than"), (["at", "least"], "at least"), (["up", "to"], "up to"), (["as", "many", "as"], "up to"),
        (["less", "than"], "less than"), (["fewer", "than"], "less than"), (["under"], "less than"), (["nearly"], "nearly"),
        (["almost"], "nearly"), (["about"], "about"), (["around"], "about"), (["approximately"], "about"), (["roughly"], "about"),
        (["some"], "about"), (["an", "estimated"], "about"), (["estimated"], "about"), (["exactly"], "exactly"),
    ];

    private static readonly Dictionary<string, double> Scales = new(StringComparer.OrdinalIgnoreCase)
    {
        ["hundred"] = 1e2, ["thousand"] = 1e3, ["million"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12, ["bn"] = 1e9, ["mln"] = 1e6,
    };

    private static readonly Dictionary<string, double> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10,
        ["eleven"] = 11, ["twelve"] = 12, ["fifteen"] = 15, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["dozen"] = 12,
        ["hundred"] = 100, ["thousand"] = 1000,
    };

    private static readonly Dictionary<string, string> Currencies = new(StringComparer.Ordinal)
    {
        ["$"] = "USD", ["US$"] = "USD", ["€"] = "EUR", ["£"] = "GBP", ["¥"] = "JPY", ["₽"] = "RUB",
    };

    private static readonly HashSet<string> UnitStop = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "in", "on", "at", "by", "for", "from", "to", "and", "or", "the", "a", "an", "were", "was", "are", "is", "have", "has",
        "had", "will", "would", "that", "which", "who", "as", "with", "than", "also", "had", "been", "be", "per", "each", "this",
        "years", "year", "months", "month", "weeks", "week", "days", "day", "hours", "hour", "minutes", "ago", "old",
    };

    private static readonly HashSet<string> Collectives = new(StringComparer.OrdinalIgnoreCase)
    {
        "people", "personnel", "staff", "police", "children", "men", "women", "militia", "infantry", "cattle", "aircraft", "equipment", "livestock",
        "km", "kg", "mm", "cm", "ha", "mph", "percent",
    };

    private static bool IsCountNoun(string word) =>
        Collectives.Contains(word) || (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && char.IsLower(word[0]));

    public List<Quantity> Find(string text, IReadOnlyList<Token> tokens, IReadOnlyList<(int Start, int End)> exclude)
    {
        var found = new List<Quantity>();
        var excluded = new SpanSet(exclude);
        for (int i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            double? value = ParseValue(text, t);
            if (value is null || excluded.Contains(t.Start) || IsOrdinalOrDate(text, t)) continue;
            if (t.Kind == TokenKind.Word && !(i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Word)) continue;

            int first = i, last = i;
            string? unit = null;
            if (i > 0 && Currencies.TryGetValue(tokens[i - 1].Text(text), out var cur)) { unit = cur; first = i - 1; }
            double v = value.Value;
            if (last + 1 < tokens.Count && Scales.TryGetValue(tokens[last + 1].Text(text), out var scale)) { v *= scale; last++; }
            if (last + 1 < tokens.Count && tokens[last + 1].Text(text) is "%" or "percent")
            {
                unit = "percent";
                last++;
            }
            else if (last + 2 < tokens.Count && tokens[last + 1].Text(text) == "per" && tokens[last + 2].Text(text) == "cent")
            {
                unit = "percent";
                last += 2;
            }
            else if (unit is null)
            {
                int u = last + 1;
                while (u < tokens.Count && u <= last + 4 && tokens[u].Kind == TokenKind.Word && !UnitStop.Contains(tokens[u].Text(text))) u++;
                if (u == last + 1) continue; // a bare number: no unit, nothing to report
                // Without a tagger, the counted noun is the first plural or collective noun ("Afghan citizens", "people fled").
                int head = last + 1;
                while (head < u - 1 && !IsCountNoun(tokens[head].Text(text))) head++;
                if (!IsCountNoun(tokens[head].Text(text))) continue; // "four unnamed …": no counted noun in reach
                unit = text[tokens[last + 1].Start..tokens[head].End];
                last = head;
            }

            string? qualifier = null;
            foreach (var (words, canonical) in Qualifiers)
            {
                int q = first - words.Length;
                if (q < 0) continue;
                bool match = true;
                for (int k = 0; k < words.Length && match; k++)
                    match = tokens[q + k].Text(text).Equals(words[k], StringComparison.OrdinalIgnoreCase);
                if (match) { qualifier = canonical; first = q; break; }
            }
            int start = tokens[first].Start, end = tokens[last].End;
            found.Add(new Quantity(start, end, text[start..end], v, unit, qualifier));
            i = last;
        }
        return found;
    }

    private static double? ParseValue(string text, Token t)
    {
        if (t.Kind == TokenKind.Number)
        {
            var s = t.Text(text);
            if (s.Contains('/') || s.Contains(':')) return null;
            return double.TryParse(s.Replace(",", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;
        }
        return t.Kind == TokenKind.Word && NumberWords.TryGetValue(t.Text(text), out var w) ? w : null;
    }

    private static bool IsOrdinalOrDate(string text, Token t) => t.Kind == TokenKind.Number && char.IsLetter(text[t.End - 1]);

    /// <summary>
    /// Spans (possibly overlapping, in any order) asked whether one contains a position: sorted by start, with the
    /// furthest end so far, so that a number looks at log(spans) of them instead of every time expression of the article.
    /// </summary>
    private readonly struct SpanSet
    {
        private readonly int[] _starts;
        private readonly int[] _furthestEnds;

        public SpanSet(IReadOnlyList<(int Start, int End)> spans)
        {
            var sorted = spans.OrderBy(s => s.Start).ToArray();
            _starts = new int[sorted.Length];
            _furthestEnds = new int[sorted.Length];
            int furthest = int.MinValue;
            for (int k = 0; k < sorted.Length; k++)
            {
                _starts[k] = sorted[k].Start;
                _furthestEnds[k] = furthest = Math.Max(furthest, sorted[k].End);
            }
        }

        /// <summary>Whether some span has start ≤ position &lt; end: the furthest end among the spans starting at or before it lies past it.</summary>
        public bool Contains(int position)
        {
            int lo = 0, hi = _starts.Length;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (_starts[mid] <= position) lo = mid + 1;
                else hi = mid;
            }
            return lo > 0 && _furthestEnds[lo - 1] > position;
        }
    }
}
