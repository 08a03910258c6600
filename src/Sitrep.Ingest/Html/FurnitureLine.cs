using System.Text.RegularExpressions;

namespace Sitrep.Ingest.Html;

/// <summary>
/// Short lines that stand inside a story container without being story: labels of ad slots and link
/// boxes, bylines and time stamps (the page's metadata says these better), a bare address.
/// </summary>
internal static partial class FurnitureLine
{
    private const int MaxLength = 90;

    public static bool Matches(string text) => text.Length <= MaxLength && Pattern().IsMatch(text);

    [GeneratedRegex(@"^(?:(?:advert(?:isement)?|anzeige|publicit[eé]|publicidad|pubblicit[aà]|reklama|sponsored|comments?|kommentare"
        + @"|related(?: \w+)?|share(?: this)?(?: \w+)?|tags?|read more|mehr zum thema|this slideshow requires javascript)\W*"
        + @"|(?:by|von|par|por|di|door)\s+\p{Lu}[^.!?]*|(?:updated|published|posted|aktualisiert|veröffentlicht)\b.*|https?://\S+)$",
        RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
