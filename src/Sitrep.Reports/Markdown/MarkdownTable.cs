using System.Text;

namespace Sitrep.Reports.Markdown;

/// <summary>A GitHub-flavoured Markdown table; every cell is escaped, so article text cannot break the row.</summary>
internal sealed class MarkdownTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public MarkdownTable Row(params string?[] cells)
    {
        if (cells.Length != headers.Length) throw new ArgumentException($"expected {headers.Length} cells, got {cells.Length}", nameof(cells));
        _rows.Add(cells.Select(c => MarkdownText.Escape(c ?? "")).ToArray());
        return this;
    }

    public void WriteTo(StringBuilder sb)
    {
        sb.Append("| ").AppendJoin(" | ", headers.Select(MarkdownText.Escape)).Append(" |\n");
        sb.Append('|').AppendJoin("|", headers.Select(_ => "---")).Append("|\n");
        foreach (var row in _rows)
            sb.Append("| ").AppendJoin(" | ", row).Append(" |\n");
        sb.Append('\n');
    }
}
