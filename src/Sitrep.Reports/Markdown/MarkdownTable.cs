using System.Text;
using Sitrep.Reports.Sections;

namespace Sitrep.Reports.Markdown;

/// <summary>Writes a <see cref="TextTable"/> as a GitHub-flavoured Markdown table; every cell is escaped, so article text cannot break a row.</summary>
internal static class MarkdownTable
{
    public static void Write(StringBuilder sb, TextTable table)
    {
        sb.Append("| ").AppendJoin(" | ", table.Headers.Select(MarkdownText.Escape)).Append(" |\n");
        sb.Append('|').AppendJoin("|", table.Headers.Select(_ => "---")).Append("|\n");
        foreach (var row in table.Rows)
            sb.Append("| ").AppendJoin(" | ", row.Select(c => MarkdownText.Escape(c ?? ""))).Append(" |\n");
        sb.Append('\n');
        if (table.More > 0) sb.Append("…and ").Append(ReportText.Count(table.More, "more " + table.Noun)).Append(".\n\n");
    }
}
