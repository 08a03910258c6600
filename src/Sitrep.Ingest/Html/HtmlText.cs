using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Sitrep.Ingest.Html;

/// <summary>Rendering of element text as a reader sees it: whitespace collapsed, &lt;br&gt; as a line break.</summary>
internal static partial class HtmlText
{
    /// <summary>Collapses every run of whitespace (including newlines and no-break spaces) to one space.</summary>
    public static string Collapse(string? s) => s is null ? "" : Whitespace().Replace(s, " ").Trim();

    /// <summary>
    /// The text of a block. Lines come only from &lt;br&gt; (or from the source lines of a &lt;pre&gt;);
    /// nested lists are left out when <paramref name="skipLists"/> is set so a list item does not swallow its sub-items.
    /// </summary>
    public static string Block(IElement element, bool skipLists = false)
    {
        bool pre = element.LocalName == "pre";
        var sb = new StringBuilder();
        Append(element, sb, skipLists);
        var lines = sb.ToString().Split('\n')
            .Select(line => pre ? line.TrimEnd() : Collapse(line))
            .Where(line => line.Length > 0);
        return string.Join('\n', lines);
    }

    private static void Append(INode node, StringBuilder sb, bool skipLists)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text) sb.Append(text.Data);
            else if (child is IElement el)
            {
                if (el.LocalName == "br") sb.Append('\n');
                else if (!(skipLists && el.LocalName is "ul" or "ol")) Append(el, sb, skipLists);
            }
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
