using System.Text.RegularExpressions;

namespace Sitrep.Ingest.Html;

/// <summary>Element text as a reader sees it: whitespace collapsed.</summary>
internal static partial class HtmlText
{
    /// <summary>Collapses every run of whitespace (including newlines and no-break spaces) to one space.</summary>
    public static string Collapse(string? s) => s is null ? "" : Whitespace().Replace(s, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
