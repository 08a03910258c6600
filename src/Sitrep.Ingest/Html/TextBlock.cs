using AngleSharp.Dom;

namespace Sitrep.Ingest.Html;

/// <summary>What a run of text is in the layout of a page.</summary>
internal enum BlockKind
{
    Paragraph,
    Headline,
    Heading,
    ListItem,
    TableRow,
    Preformatted,
}

/// <summary>
/// One block of text as a reader sees it: a paragraph, a heading, a list item, or text standing
/// directly in a container between its child blocks. <see cref="Chars"/> and <see cref="LinkChars"/>
/// count non-space characters, so markup whitespace does not dilute the link density.
/// </summary>
internal sealed record TextBlock(IElement Owner, BlockKind Kind, string Text, int Chars, int LinkChars)
{
    public double LinkDensity => Chars == 0 ? 0 : (double)LinkChars / Chars;
}
