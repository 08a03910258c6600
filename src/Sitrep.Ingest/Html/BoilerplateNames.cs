using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Sitrep.Ingest.Html;

/// <summary>
/// What an element's class, id and role say it is. Page templates name their furniture in plain words
/// (share bars, related links, comment threads, cookie notices, newsletter boxes, ads, captions); they
/// name the story container too (article body, story content, entry text).
/// </summary>
internal static partial class BoilerplateNames
{
    /// <summary>Named as page furniture, by a class or id word, or by an ARIA role a story never has.</summary>
    public static bool IsFurniture(IElement e)
    {
        var role = e.GetAttribute("role");
        if (role is "navigation" or "banner" or "contentinfo" or "complementary" or "dialog" or "alertdialog" or "search" or "menu")
            return true;
        var names = Names(e);
        // Page builders name every block by its layout type ("elementor-widget-text-editor"), not by its purpose.
        if (names.Contains("elementor-", StringComparison.Ordinal)) names = PageBuilderName().Replace(names, "");
        return names.Length > 0 && Furniture().IsMatch(names) && !Story().IsMatch(names);
    }

    /// <summary>Named as the story's own container: "article-body", "story__content", itemprop="articleBody".</summary>
    public static bool IsStory(IElement e) =>
        e.GetAttribute("itemprop") is "articleBody" || Names(e) is { Length: > 0 } names && Story().IsMatch(names);

    private static string Names(IElement e)
    {
        var cls = e.GetAttribute("class");
        var id = e.Id;
        return (cls, id) switch
        {
            (null, null) => "",
            (_, null) => cls!,
            (null, _) => id!,
            _ => cls + " " + id,
        };
    }

    // Words at a word start so that "shared" or "adverb" do not count, but "social-share" and "ad-slot" do.
    [GeneratedRegex(@"(?:^|[\s_\-])(?:comments?|share|sharing|social|related|recommend\w*|newsletter|subscri\w*|signup|cookies?|consent|gdpr"
        + @"|promos?|promotions?|promotional|promobox|advert\w*|ads?|adslot|adunit|dfp|sponsor\w*|outbrain|taboola|sidebar|breadcrumbs?|popup|modal|overlay"
        + @"|byline|dateline|caption|credits?|tags?|author-?bio|bio|more-?stories|read-?more|most-?popular|trending|toolbar"
        + @"|widget|menu|masthead|nav|navbar|footer|pagination|disclaimer|visually-hidden|sr-only|screen-reader-text|meta"
        // A picture's description, a post's "filed under" line.
        + @"|imagedescription|image-description|postmetadata|entry-utility)(?:$|[\s_\-\d])",
        RegexOptions.IgnoreCase)]
    private static partial Regex Furniture();

    [GeneratedRegex(@"\belementor-\S*")]
    private static partial Regex PageBuilderName();

    [GeneratedRegex(@"(?:^|[\s_\-])(?:article|story|entry|post)[_\-]*(?:body|content|text|copy)|articlebody|storybody|body-?text|main-?content",
        RegexOptions.IgnoreCase)]
    private static partial Regex Story();
}
