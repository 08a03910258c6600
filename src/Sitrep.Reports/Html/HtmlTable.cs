using System.Net;
using System.Text;
using Sitrep.Reports.Sections;

namespace Sitrep.Reports.Html;

/// <summary>
/// Writes a <see cref="TextTable"/> as HTML, every cell encoded. Each cell carries its column name
/// (data-label) so that on a phone the stylesheet can stack a row into a card instead of squeezing columns.
/// </summary>
internal static class HtmlTable
{
    public static void Write(StringBuilder sb, TextTable table)
    {
        sb.Append("<div class=\"scroll\"><table>\n<thead><tr>");
        foreach (var h in table.Headers) sb.Append("<th>").Append(WebUtility.HtmlEncode(h)).Append("</th>");
        sb.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            sb.Append("<tr>");
            for (int i = 0; i < row.Length; i++)
                sb.Append("<td data-label=\"").Append(WebUtility.HtmlEncode(i < table.Headers.Count ? table.Headers[i] : "")).Append("\">")
                    .Append(WebUtility.HtmlEncode(row[i] ?? "")).Append("</td>");
            sb.Append("</tr>\n");
        }
        sb.Append("</tbody>\n</table></div>\n");
        if (table.More > 0)
            sb.Append("<p class=\"more\">…and ").Append(ReportText.Count(table.More, "more " + table.Noun)).Append(".</p>\n");
    }
}
