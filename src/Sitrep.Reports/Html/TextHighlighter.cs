using System.Net;
using System.Text;

namespace Sitrep.Reports.Html;

/// <summary>
/// Writes an article's text as HTML with standoff spans turned into nested elements. Spans that
/// contain one another nest; a span that crosses the boundary of one already open is dropped (HTML
/// cannot express crossing elements). The text itself is never altered: with the tags removed and
/// entities decoded, the output is exactly the input.
/// </summary>
internal static class TextHighlighter
{
    public static string Render(string text, IEnumerable<Highlight> highlights)
    {
        var sb = new StringBuilder(text.Length * 2);
        var open = new Stack<Highlight>();
        int pos = 0;
        var ordered = highlights.Where(h => Fits(text, h))
            .OrderBy(h => h.Start).ThenByDescending(h => h.End).ThenBy(h => h.Rank);
        foreach (var h in ordered)
        {
            while (open.Count > 0 && open.Peek().End <= h.Start)
                pos = Close(sb, text, pos, open.Pop());
            if (open.Count > 0 && h.End > open.Peek().End) continue;
            Text(sb, text, pos, h.Start);
            pos = h.Start;
            sb.Append('<').Append(h.Element)
                .Append(" class=\"").Append(WebUtility.HtmlEncode(h.Class))
                .Append("\" title=\"").Append(WebUtility.HtmlEncode(h.Title)).Append("\">");
            open.Push(h);
        }
        while (open.Count > 0) pos = Close(sb, text, pos, open.Pop());
        Text(sb, text, pos, text.Length);
        return sb.ToString();
    }

    private static int Close(StringBuilder sb, string text, int pos, Highlight h)
    {
        Text(sb, text, pos, h.End);
        sb.Append("</").Append(h.Element).Append('>');
        return h.End;
    }

    private static void Text(StringBuilder sb, string text, int from, int to) =>
        sb.Append(WebUtility.HtmlEncode(text[from..to]));

    /// <summary>A span is usable when it lies inside the text, is not empty and does not split a surrogate pair.</summary>
    private static bool Fits(string text, Highlight h) =>
        h.Start >= 0 && h.End <= text.Length && h.Start < h.End && !SplitsPair(text, h.Start) && !SplitsPair(text, h.End);

    private static bool SplitsPair(string text, int i) =>
        i > 0 && i < text.Length && char.IsHighSurrogate(text[i - 1]) && char.IsLowSurrogate(text[i]);
}
