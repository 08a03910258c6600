using AngleSharp.Dom;

namespace Sitrep.Ingest.Html;

/// <summary>
/// Removes what is never story text (scripts, styles, embeds, form controls, figures with their captions, hidden parts)
/// and what a page marks as furniture (navigation, headers, footers, asides, and elements
/// named as share bars, related links, comments, ads, …). A furniture element is kept when it wraps the
/// story: templates sometimes give a whole-page wrapper a furniture word ("page has-sidebar"), or make
/// the page one big form (ASP.NET).
/// </summary>
internal static class PageCleaner
{
    private static readonly HashSet<string> NeverText = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "video", "audio",
        "button", "input", "select", "textarea", "label", "figure", "figcaption", "picture", "img", "link", "meta",
    };

    private static readonly HashSet<string> FurnitureTags = new(StringComparer.Ordinal)
    {
        "nav", "aside", "footer", "header", "form", "dialog", "menu",
    };

    // A wrapper holding this share of the page's paragraph text is the story's, whatever it is called.
    private const double WrapperShare = 0.5;

    public static void Clean(IElement body, int maxDepth)
    {
        var removed = new List<IElement>();
        Collect(body, removed, 0, maxDepth, never: true);
        foreach (var e in removed) e.Remove();
        removed.Clear();
        // What each subtree holds is counted once for the whole body: scanning each furniture element's subtree
        // costs the square of the nesting (5,000 nested "comments" boxes allocated 185 MB). An element is judged
        // before anything under it is removed, so the counts stay true for every element still in the page.
        var paragraphChars = new Dictionary<IElement, long>();
        CountText(body, paragraphChars);
        long pageProse = paragraphChars[body];
        Collect(body, removed, 0, maxDepth, never: false);
        var holdsStory = new Dictionary<IElement, bool>();
        foreach (var e in removed.Where(e => !WrapsStory(e, pageProse, paragraphChars, holdsStory))) e.Remove();
    }

    /// <summary>
    /// The outermost elements to remove under <paramref name="parent"/>: never-text ones in the first sweep,
    /// furniture in the second. A furniture element that turns out to wrap the story is searched inside too.
    /// </summary>
    private static void Collect(IElement parent, List<IElement> removed, int depth, int maxDepth, bool never)
    {
        if (depth >= maxDepth) return;
        foreach (var child in parent.Children)
        {
            bool hit = never ? IsNeverText(child) || IsHidden(child) : IsFurniture(child);
            if (hit) removed.Add(child);
            if (!hit || !never) Collect(child, removed, depth + 1, maxDepth, never);
        }
    }

    /// <summary>
    /// Never text; but a figure that holds paragraphs, a table or a list is a box of the story (its caption still goes).
    /// </summary>
    private static bool IsNeverText(IElement e) =>
        NeverText.Contains(e.LocalName) && !(e.LocalName == "figure" && e.QuerySelector("p, table, ul, ol, blockquote") is not null);

    private static bool IsFurniture(IElement e) =>
        FurnitureTags.Contains(e.LocalName) || e.GetAttribute("aria-hidden") == "true" || BoilerplateNames.IsFurniture(e);

    /// <summary>Hidden from every reader: such parts often hold a second, machine-readable copy of the page.</summary>
    private static bool IsHidden(IElement e)
    {
        if (e.HasAttribute("hidden")) return true;
        var style = e.GetAttribute("style");
        return style is not null && style.Replace(" ", "").Contains("display:none", StringComparison.OrdinalIgnoreCase);
    }

    private static bool WrapsStory(IElement e, long pageProse, Dictionary<IElement, long> paragraphChars, Dictionary<IElement, bool> holdsStory) =>
        HoldsStory(e, holdsStory) || (pageProse > 0 && paragraphChars[e] >= WrapperShare * pageProse);

    /// <summary>Whether an element under <paramref name="e"/> is the story's: an article, main, or named as the story's container.</summary>
    private static bool HoldsStory(IElement e, Dictionary<IElement, bool> known)
    {
        if (known.TryGetValue(e, out bool holds)) return holds;
        foreach (var child in e.Children)
        {
            holds = child.LocalName is "article" or "main" || BoilerplateNames.IsStory(child) || HoldsStory(child, known);
            if (holds) break;
        }
        known[e] = holds;
        return holds;
    }

    /// <summary>
    /// Records under each element the text length of the &lt;p&gt;s below it (each one's whole text, as TextContent
    /// has it), and returns the element's own text length.
    /// </summary>
    private static long CountText(IElement e, Dictionary<IElement, long> paragraphChars)
    {
        long text = 0, paragraphs = 0;
        foreach (var node in e.ChildNodes)
        {
            if (node is IText t) text += t.Data.Length;
            else if (node is IElement child)
            {
                long childText = CountText(child, paragraphChars);
                text += childText;
                paragraphs += paragraphChars[child] + (child.LocalName == "p" ? childText : 0);
            }
        }
        paragraphChars[e] = paragraphs;
        return text;
    }
}
