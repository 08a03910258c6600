using System.Text;
using Sitrep.Reports.Sections;

namespace Sitrep.Reports.Markdown;

/// <summary>Turns article text into Markdown that shows exactly that text: one line, markup characters escaped.</summary>
internal static class MarkdownText
{
    /// <summary>
    /// Flattens to one line and backslash-escapes the characters that would start emphasis, code,
    /// links, HTML or a table cell boundary (CommonMark §2.4: any ASCII punctuation may be escaped).
    /// A leading "#", "&gt;", "-" or "+" is escaped too, since the text may begin a line or a blockquote.
    /// </summary>
    public static string Escape(string text)
    {
        var flat = ReportText.Flatten(text);
        var sb = new StringBuilder(flat.Length + 8);
        for (int i = 0; i < flat.Length; i++)
        {
            char c = flat[i];
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '|' || i == 0 && c is '#' or '>' or '-' or '+')
                sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>An http(s) URL as an autolink; anything else as escaped text, so no other scheme becomes clickable.</summary>
    public static string Link(string url) =>
        ReportText.WebUrl(url) is { } web && !web.Any(c => char.IsWhiteSpace(c) || c is '<' or '>') ? $"<{web}>" : Escape(url);
}
