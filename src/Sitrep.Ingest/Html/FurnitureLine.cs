using System.Text.RegularExpressions;

namespace Sitrep.Ingest.Html;

/// <summary>
/// Short lines that stand inside a story container without being story: labels of ad slots and link
/// boxes, bylines and time stamps (the page's metadata says these better), a bare address; and the headings
/// that open a box of other stories or the comments.
/// </summary>
internal static partial class FurnitureLine
{
    private const int MaxLength = 90;

    public static bool Matches(string text) => text.Length <= MaxLength && Pattern().IsMatch(text);

    /// <summary>
    /// A heading or label that opens a box of links to other stories ("Related articles", "Mehr zum Thema",
    /// "Lesen Sie auch", "Temas relacionados", "À lire aussi") or the comment thread: what follows it is not this story.
    /// </summary>
    public static bool OpensOtherStories(string text) => text.Length <= MaxLength && OtherStories().IsMatch(text);

    [GeneratedRegex(@"^(?:(?:advert(?:isement)?|anzeige|publicit[eé]|publicidad|pubblicit[aà]|reklama|sponsored|comments?|kommentare"
        + @"|related(?: \w+)?|share(?: this)?(?: \w+)?|tags?|read more|mehr zum thema|this slideshow requires javascript)\W*"
        + @"|(?:by|von|par|por|di|door)\s+\p{Lu}[^.!?]*|(?:updated|published|posted|aktualisiert|veröffentlicht)\b.*|https?://\S+"
        // Ad labels with their pitch, picture and source credits, a bare date, reading time, print links, category lines, an empty comment form.
        + @"|(?:advert(?:isement)?|anzeige|werbung)\s*[-–,:|].*|(?:beitragsbild|titelbild|bild|fotos?|photos?|image|quellen?|source|źródło|fuente|abbildung)(?:\s*\d*\s*:.*)?"
        + @"|©.*|[^.!?]{0,50}\b(?:getty images|shutterstock|istock(?:photo)?|imago|picture[ -]alliance|afp|dpa|ap photo)\b[^.!?]{0,30}"
        + @"|\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}(?:,?\s+\d{1,2}:\d{2}(?:\s*uhr)?)?|\d+\s*min(?:\.|utes?|uten)?\s*(?:read|lesezeit)|lesezeit:?\s*\d+\s*min\w*\.?"
        + @"|(?:rezept |artikel |seite )?drucken|print(?: this)?(?: recipe| article| page)?|kontakt:?|(?:kategorien?|categor(?:y|ies)|schlagwörter|schlagworte):.*"
        + @"|kommentar (?:hinzufügen|schreiben)|(?:derzeit |bisher )?(?:noch )?keine kommentare.*|no comments(?: yet)?\W*|\(?noch keine bewertungen\)?)$",
        RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();

    [GeneratedRegex(@"^(?:(?:related|similar|recommended|popular|latest|more|other|recent|further)(?: (?:posts?|articles?|stories|news|content|reading|coverage|links|topics|videos?))?"
        + @"|(?:you|we) (?:may|might|also) (?:also )?(?:like|enjoy|recommend).*|read (?:next|also|more)|see also|most (?:read|popular|viewed)|more (?:on|about|from) .*"
        + @"|(?:\d+ )?comments?|leave a (?:reply|comment)|(?:\d+ )?kommentare?|kommentieren|leserkommentare"
        + @"|mehr (?:zum thema|zu(?:m|r)? .+|aus .+|von .+|artikel|beiträge|news|nachrichten)|(?:ähnliche|verwandte|weitere|neueste|aktuelle|beliebte|passende|empfohlene) (?:\w+ )?(?:beiträge|artikel|themen|nachrichten|news|posts|rezepte|meldungen|inhalte)(?: .*)?"
        + @"|das könnte (?:sie|dich) (?:auch )?interessieren|(?:lesen sie|lies) (?:auch|weiter|mehr).*|zum weiterlesen|weiterlesen|siehe auch|auch interessant|themen?|zum thema"
        + @"|(?:temas|notas|noticias|art[ií]culos|entradas) relacionad[oa]s|m[aá]s (?:noticias|información|le[ií]d[oa]s)|lea también|te puede interesar"
        + @"|(?:articles?|sur le même sujet|à lire aussi|lire aussi|voir aussi|dans la même rubrique|les plus lus)(?: similaires| connexes)?"
        + @"|(?:articoli|notizie) correlat[ie]|leggi anche|potrebbe interessarti|(?:zobacz|czytaj) (?:też|także|również)|polecamy|najnowsze|podobne artykuły)\W*$",
        RegexOptions.IgnoreCase)]
    private static partial Regex OtherStories();
}
