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
    // A call to action is a short paragraph: its opening words say what it is, the rest is the pitch.
    private const int MaxCallToActionLength = 320;

    public static bool Matches(string text) =>
        text.Length <= MaxLength && Pattern().IsMatch(text) || text.Length <= MaxCallToActionLength && CallToAction().IsMatch(text);

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

    /// <summary>
    /// The opening of a paragraph that asks the reader to do something other than read on (follow, subscribe, rate, share,
    /// write in, reload a captcha), or a rights line: the pitch after it may run to a few sentences.
    /// </summary>
    [GeneratedRegex(@"^(?:(?:gefällt|gefiel) (?:dir|ihnen|euch) (?:unser|unsere|dieser|diese|der|das|die)\b[^?]{0,40}\?|lust auf mehr\?"
        + @"|(?:war|ist) (?:der|dieser) (?:artikel|beitrag|text) (?:nützlich|hilfreich)\?|(?:möchten sie|möchtest du|willst du) (?:den|diesen) (?:artikel|beitrag) teilen\?"
        + @"|(?:kennt ihr|kennst du|kennen sie) schon unse|we want to hear what you think|(?:follow|like) (?:us|[\p{L} ]{1,40}) on (?:twitter|facebook|instagram)"
        + @"|never miss (?:the|a|an) |to (?:view|read) the full (?:story|article)|(?:time limit is exhausted\. )?please reload (?:the )?captcha|instant access to the full"
        + @"|copyright\s*(?:©|\(c\)|\d{4})|dieses? \w+ als pdf(?: herunterladen)?$|quellen (?:ausblenden|einblenden)$|\(?noch keine bewertungen\)?(?: loading\W*)?$|\p{L}{2,4}/(?:pap|dpa|afp|apa|kna|epd|sda)$)",
        RegexOptions.IgnoreCase)]
    private static partial Regex CallToAction();

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
