using AngleSharp.Dom;

namespace Sitrep.Ingest.Html;

/// <summary>
/// Finds the story in a page and renders it as paragraphs separated by blank lines: furniture is removed
/// (<see cref="PageCleaner"/>), the text is cut into blocks (<see cref="BlockSplitter"/>), the container
/// whose blocks add up to the most prose is taken (<see cref="ContentLocator"/>), and inside it the
/// headline, link lists, furniture lines (<see cref="FurnitureLine"/>) and subtrees that add up to a loss are left out.
/// Headings stay, even "Related" ones: they mark where a story's tail of junk begins (<see cref="PlainText.PlainTextCleaner"/>).
/// </summary>
internal static class MainTextExtractor
{
    // Real pages nest a few dozen levels; anything deeper is not read (it would only cost stack and time).
    public const int MaxDepth = 256;
    private const double LinkListDensity = 0.5;

    /// <summary>The story text; <paramref name="hint"/> is the page's own articleBody, when it states one.</summary>
    public static string Extract(IDocument doc, StoryHint? hint = null)
    {
        if (doc.Body is not { } body) return "";
        PageCleaner.Clean(body, MaxDepth);
        var blocks = BlockSplitter.Split(body, MaxDepth);
        var locator = new ContentLocator(blocks, body, hint);
        if (locator.Best() is not { } container) return "";
        var paragraphs = blocks
            .Where(b => container.Contains(b.Owner) && b.Kind != BlockKind.Headline && b.LinkDensity <= LinkListDensity
                && !(b.Kind != BlockKind.Heading && FurnitureLine.Matches(b.Text)) && !locator.InLosingSubtree(b, container))
            .Select(b => b.Kind == BlockKind.ListItem ? "• " + b.Text : b.Text);
        return string.Join("\n\n", paragraphs);
    }
}
