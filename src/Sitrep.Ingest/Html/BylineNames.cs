using System.Text.RegularExpressions;

namespace Sitrep.Ingest.Html;

/// <summary>
/// The people a byline names: "By Jane Doe and Sam Roe | 22 July" → ["Jane Doe", "Sam Roe"]. Leading
/// "By"/"Von"/"Par" words, trailing dates and separators ("|", "•") and site suffixes go; names are split at
/// "and", "und", "et", "y", "&amp;", ";" and "/", and at commas when every part is a full name.
/// </summary>
internal static partial class BylineNames
{
    // A byline is short; a longer text is an author box or a bio, not a list of names.
    private const int MaxByline = 120;
    private const int MaxName = 60;

    public static IReadOnlyList<string> Split(string? byline)
    {
        var text = HtmlText.Collapse(byline);
        int cut = text.IndexOfAny(['|', '•', '·', '\n']);
        if (cut >= 0) text = text[..cut];
        text = Lead().Replace(text, "");
        text = Trail().Replace(text, "").Trim(' ', ',', '-', '–', ':');
        if (text.Length is 0 or > MaxByline || text.Contains("http", StringComparison.OrdinalIgnoreCase)) return [];
        text = Agency().Replace(text, "").TrimEnd(' ', '→', '»');
        var parts = Joiners().Split(text).Select(p => p.Trim(' ', ',')).Where(p => p.Length > 0).ToList();
        var names = new List<string>();
        foreach (var part in parts)
        {
            var commaParts = part.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            // "Doe, Jane" is one name; "Jane Doe, Sam Roe" is two.
            if (commaParts.Length > 1 && commaParts.All(p => p.Contains(' '))) names.AddRange(commaParts);
            else names.Add(part);
        }
        return names.Where(n => n.Length <= MaxName && n.Any(char.IsLetter)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    [GeneratedRegex(@"^(?:(?:(?:written|posted|view\s+all\s+posts)\s+)?by|(?:(?:zeige\s+alle\s+beiträge|veröffentlicht|geschrieben)\s+)?von|vom|par|por|di|door|texte?|autor(?:in)?|author|redaktion:)\s*:?\s+|^(?:author|(?:veröffentlicht\s+)?von)(?-i:(?=\p{Lu}))", RegexOptions.IgnoreCase)]
    private static partial Regex Lead();

    // A date, a time or "Updated …" after the names.
    [GeneratedRegex(@"\s*(?:[,\-–]\s*)?(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d\d-\d\d|(?:updated|published|veröffentlicht|am|on|le)\s+\d).*$", RegexOptions.IgnoreCase)]
    private static partial Regex Trail();

    // "Rob Picheta, CNN": the newsroom after the name.
    [GeneratedRegex(@",\s*\p{Lu}{2,}$")]
    private static partial Regex Agency();

    [GeneratedRegex(@"\s+(?:and|und|et|y|e|en|i)\s+|\s*[&;/]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Joiners();
}
