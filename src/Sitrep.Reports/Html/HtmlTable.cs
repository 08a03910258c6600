using System.Net;
using System.Text;

namespace Sitrep.Reports.Html;

/// <summary>An HTML table of plain-text cells (all encoded here), wrapped so it scrolls sideways on a narrow screen.</summary>
internal sealed class HtmlTable(params string[] headers)
{
    private readonly List<string?[]> _rows = [];

    public HtmlTable Row(params string?[] cells)
    {
        if (cells.Length != headers.Length) throw new ArgumentException($"expected {headers.Length} cells, got {cells.Length}", nameof(cells));
        _rows.Add(cells);
        return this;
    }

    public void WriteTo(StringBuilder sb)
    {
        sb.Append("<div class=\"scroll\"><table>\n<thead><tr>");
        foreach (var h in headers) sb.Append("<th>").Append(WebUtility.HtmlEncode(h)).Append("</th>");
        sb.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in _rows)
        {
            sb.Append("<tr>");
            foreach (var cell in row) sb.Append("<td>").Append(WebUtility.HtmlEncode(cell ?? "")).Append("</td>");
            sb.Append("</tr>\n");
        }
        sb.Append("</tbody>\n</table></div>\n");
    }
}
