using AngleSharp.Dom;

namespace Sitrep.Ingest.Html;

/// <summary>
/// Finds the story in a page and renders it as paragraphs separated by blank lines: furniture is removed
/// (<see cref="PageCleaner"/>), the text is cut into blocks (<see cref="BlockSplitter"/>), the container
/// whose blocks add up to the most prose is taken (<see cref="ContentLocator"/>), and inside it the
/// headline, link lists, furniture lines (<see cref="FurnitureLine"/>) and subtrees that add up to a loss are left out,
/// and so are the sections that a "Related" or "Comments" heading opens, and headings left with nothing under them.
/// </summary>
internal static class MainTextExtractor
{
    // Real pages nest a few dozen levels; anything deeper is not read (it would only cost stack and time).
    public const int MaxDepth = 256;
    private const double LinkListDensity = 0.5;
    // A box opened by a "Related" heading is taken whole while this much of its text is linked (teasers: titles linked, summaries not).
    private const double LinkBoxDensity = 0.25;
    // A standfirst is looked for this many blocks before the container at most.
    private const int MaxStandfirstGap = 8;
    // Sections of a split story are looked for among the container's siblings and cousins.
    private const int StoryPartLevels = 6;
    // A section holds paragraphs of the story; one paragraph alone is a note, a bio or a pitch set like the story.
    private const int StoryPartParagraphs = 2;
    private const double StandfirstLinkDensity = 0.2;

    /// <summary>The story text; <paramref name="hint"/> is the page's own articleBody, when it states one.</summary>
    public static string Extract(IDocument doc, StoryHint? hint = null)
    {
        if (doc.Body is not { } body) return "";
        PageCleaner.Clean(body, MaxDepth);
        var blocks = BlockSplitter.Split(body, MaxDepth);
        var locator = new ContentLocator(blocks, body, hint);
        if (locator.Best() is not { } best) return "";
        // A single paragraph is not a story's container but a part of it.
        while (best.LocalName == "p" && best.ParentElement is { } parent && parent != body) best = parent;
        var kept = Standfirst(blocks, best, body);
        var roots = StoryParts(blocks, best, body, locator);
        for (int i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            if (roots.FirstOrDefault(r => r.Contains(b.Owner)) is not { } container) continue;
            // The heading of a box of links is not a link itself; a linked "More on X" is only a link in the story.
            if (b.Kind != BlockKind.Headline && b.LinkDensity <= LinkListDensity && FurnitureLine.OpensOtherStories(b.Text))
            {
                i = SectionEnd(blocks, i, container) - 1;
                continue;
            }
            if (b.Kind != BlockKind.Headline && b.LinkDensity <= LinkListDensity
                && !(b.Kind != BlockKind.Heading && FurnitureLine.Matches(b.Text)) && !locator.InLosingSubtree(b, container))
                kept.Add(b);
        }
        DropEmptySections(kept);
        var paragraphs = kept.Select(b => b.Kind == BlockKind.ListItem ? "• " + b.Text : b.Text);
        return string.Join("\n\n", paragraphs);
    }

    /// <summary>
    /// The container and its siblings of the same tag and class that add up to prose: a story the template splits into
    /// sections ("story-text" paragraphs around a box of other stories) is read whole, the boxes between left out.
    /// </summary>
    private static List<IElement> StoryParts(List<TextBlock> blocks, IElement container, IElement body, ContentLocator locator)
    {
        var parts = new List<IElement> { container };
        if (container.GetAttribute("class") is not { Length: > 0 }) return parts;
        // Sections are siblings, or cousins when the template wraps each in the same columns and rows.
        var ancestor = container;
        for (int level = 1; level <= StoryPartLevels && ancestor.ParentElement is { } up && up != body; level++)
        {
            ancestor = up;
            foreach (var e in ancestor.GetElementsByTagName(container.LocalName))
                if (!parts.Contains(e) && SameChain(e, container, level) && locator.Score(e) > 0 && ProseBlocks(blocks, e) >= StoryPartParagraphs)
                    parts.Add(e);
        }
        return parts;
    }

    private static int ProseBlocks(List<TextBlock> blocks, IElement e) => blocks.Count(b => ContentLocator.Value(b) > 0 && e.Contains(b.Owner));

    private static string? FirstClass(IElement e) => e.ClassList.Length > 0 ? e.ClassList[0] : null;

    /// <summary>
    /// True when <paramref name="a"/> and <paramref name="b"/> and their ancestors up to <paramref name="levels"/> above have the same
    /// tags and first class names (the block's kind; the others say how it is laid out), and meet there.
    /// </summary>
    private static bool SameChain(IElement a, IElement b, int levels)
    {
        IElement? x = a, y = b;
        for (int i = 0; i < levels; i++, x = x.ParentElement, y = y.ParentElement)
            if (x is null || y is null || x.LocalName != y.LocalName || FirstClass(x) != FirstClass(y)) return false;
        return x is not null && x == y;
    }

    /// <summary>
    /// The standfirst: prose set between the headline and the story container, apart from both ("teaser-text",
    /// "article-excerpt"), with at most bylines, dates and credits around it. It is found when the headline stands a few
    /// blocks before the container, under a common element below the body, and no heading comes between.
    /// </summary>
    private static List<TextBlock> Standfirst(List<TextBlock> blocks, IElement container, IElement body)
    {
        var lead = new List<TextBlock>();
        int first = blocks.FindIndex(b => container.Contains(b.Owner));
        if (first < 0 || BoilerplateNames.IsStory(container)) return lead;
        int headline = first - 1;
        while (headline >= 0 && first - headline <= MaxStandfirstGap && blocks[headline].Kind != BlockKind.Headline)
        {
            if (blocks[headline].Kind == BlockKind.Heading) return lead;
            headline--;
        }
        if (headline < 0 || blocks[headline].Kind != BlockKind.Headline || CommonAncestor(blocks[headline].Owner, container) == body) return lead;
        for (int i = headline + 1; i < first; i++)
        {
            var b = blocks[i];
            if (b.Kind == BlockKind.Paragraph && b.LinkDensity <= StandfirstLinkDensity && !FurnitureLine.Matches(b.Text)
                && ContentLocator.Value(b) > 0)
                lead.Add(b);
        }
        return lead;
    }

    private static IElement? CommonAncestor(IElement a, IElement b)
    {
        for (var e = a; e is not null; e = e.ParentElement)
            if (e.Contains(b)) return e;
        return null;
    }

    /// <summary>
    /// Where the section opened by the heading or label <paramref name="start"/> ends. When it begins a box of
    /// links (an element, inside the container, whose first block it is and whose text is mostly linked), the
    /// section is that box; when it stands in the flow of the story, it opens the story's tail (the rest of the
    /// container) if less prose follows it than precedes it, else it heads only the non-prose blocks after it
    /// (a list of links, labels), up to the next prose paragraph or heading.
    /// </summary>
    private static int SectionEnd(List<TextBlock> blocks, int start, IElement container)
    {
        var box = blocks[start].Owner;
        while (box.ParentElement is { } parent && parent != container && (start == 0 || !parent.Contains(blocks[start - 1].Owner))
            && LinkDensity(blocks, start, parent) >= LinkBoxDensity)
            box = parent;
        int end = start + 1;
        if (box != blocks[start].Owner)
        {
            while (end < blocks.Count && box.Contains(blocks[end].Owner)) end++;
            return end;
        }
        // In the flow of the story, "Related" and "Comments" usually open its tail; but when more prose follows than
        // came before, the box it headed was taken out as furniture and the story goes on.
        double before = 0, after = 0;
        int last = start + 1;
        for (int i = start - 1; i >= 0 && container.Contains(blocks[i].Owner); i--) before += Math.Max(0, ContentLocator.Value(blocks[i]));
        for (; last < blocks.Count && container.Contains(blocks[last].Owner); last++) after += Math.Max(0, ContentLocator.Value(blocks[last]));
        if (after < before) return last;
        while (end < blocks.Count && blocks[end].Kind is not (BlockKind.Heading or BlockKind.Headline) && ContentLocator.Value(blocks[end]) <= 0) end++;
        return end;
    }

    /// <summary>The linked share of the text in <paramref name="box"/>, whose first block is <paramref name="start"/>.</summary>
    private static double LinkDensity(List<TextBlock> blocks, int start, IElement box)
    {
        int chars = 0, linkChars = 0;
        for (int i = start; i < blocks.Count && box.Contains(blocks[i].Owner); i++)
            (chars, linkChars) = (chars + blocks[i].Chars, linkChars + blocks[i].LinkChars);
        return chars == 0 ? 0 : (double)linkChars / chars;
    }

    /// <summary>
    /// Drops headings that head nothing: followed by a heading of a higher rank, or by the end (unless it is a
    /// sentence: a pull quote set as a heading).
    /// </summary>
    private static void DropEmptySections(List<TextBlock> kept)
    {
        for (int i = kept.Count - 1; i >= 0; i--)
        {
            if (kept[i].Kind != BlockKind.Heading) continue;
            if (i == kept.Count - 1 && !kept[i].Text.EndsWith('.') || i < kept.Count - 1 && kept[i + 1].Kind == BlockKind.Heading && Rank(kept[i + 1]) < Rank(kept[i])) kept.RemoveAt(i);
        }
    }

    /// <summary>1 for h1 to 6 for h6; a label or other block ranks below every heading.</summary>
    private static int Rank(TextBlock block) => block.Owner.LocalName switch
    {
        "h1" => 1, "h2" => 2, "h3" => 3, "h4" => 4, "h5" => 5, "h6" => 6, _ => 7,
    };
}
