using System.Text;
using AngleSharp.Dom;

namespace Sitrep.Ingest.Html;

/// <summary>
/// Cuts the rendered text of an element into <see cref="TextBlock"/>s in reading order, the way a browser
/// lays out block and inline elements: a block element ends the running text, inline elements (links,
/// emphasis, spans) continue it, &lt;br&gt; breaks the line. Nothing deeper than a fixed depth is read, so
/// pathological nesting costs neither stack nor time.
/// </summary>
internal sealed class BlockSplitter
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "p", "div", "section", "article", "main", "body", "ul", "ol", "li", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
        "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "caption", "address", "center", "hr",
        "details", "summary", "hgroup", "fieldset", "legend", "figure", "header", "footer", "nav", "aside", "form",
    };

    private readonly List<TextBlock> _blocks = [];
    private readonly StringBuilder _text = new();
    private readonly int _maxDepth;
    private int _chars, _linkChars, _linkDepth, _preDepth;

    private BlockSplitter(int maxDepth) => _maxDepth = maxDepth;

    public static List<TextBlock> Split(IElement root, int maxDepth)
    {
        var splitter = new BlockSplitter(maxDepth);
        splitter.Walk(root, root, 0);
        splitter.Flush(root);
        return splitter._blocks;
    }

    private void Walk(IElement element, IElement owner, int depth)
    {
        if (depth >= _maxDepth) return;
        foreach (var node in element.ChildNodes)
        {
            if (node is IText text) Append(text.Data);
            else if (node is IElement child)
            {
                var tag = child.LocalName;
                if (tag == "br") _text.Append('\n');
                else if (BlockTags.Contains(tag))
                {
                    Flush(owner);
                    bool pre = tag == "pre";
                    if (pre) _preDepth++;
                    Walk(child, child, depth + 1);
                    Flush(child);
                    if (pre) _preDepth--;
                }
                else
                {
                    // Cells are read along their row, as one line; a cell's own paragraphs are still blocks.
                    if (tag is "td" or "th") Append(" ");
                    bool link = tag == "a";
                    if (link) _linkDepth++;
                    Walk(child, owner, depth + 1);
                    if (link) _linkDepth--;
                }
            }
        }
    }

    private void Append(string s)
    {
        // Outside <pre> a source line break is only a space; lines come from <br>.
        if (_preDepth > 0) _text.Append(s);
        else foreach (char c in s) _text.Append(c is '\n' or '\r' ? ' ' : c);
        int visible = 0;
        foreach (char c in s)
            if (!char.IsWhiteSpace(c)) visible++;
        _chars += visible;
        if (_linkDepth > 0) _linkChars += visible;
    }

    /// <summary>Ends the running text as a block of <paramref name="owner"/> (nothing when it is blank).</summary>
    private void Flush(IElement owner)
    {
        if (_chars > 0)
        {
            var kind = KindOf(owner.LocalName);
            _blocks.Add(new TextBlock(owner, kind, Render(_text.ToString(), kind == BlockKind.Preformatted), _chars, _linkChars));
        }
        _text.Clear();
        _chars = _linkChars = 0;
    }

    private static BlockKind KindOf(string tag) => tag switch
    {
        "h1" => BlockKind.Headline,
        "h2" or "h3" or "h4" or "h5" or "h6" => BlockKind.Heading,
        "li" or "dt" or "dd" => BlockKind.ListItem,
        "tr" => BlockKind.TableRow,
        "pre" => BlockKind.Preformatted,
        _ => BlockKind.Paragraph,
    };

    /// <summary>Lines from &lt;br&gt; (or the source lines of a &lt;pre&gt;), each with its whitespace collapsed.</summary>
    private static string Render(string raw, bool pre)
    {
        var lines = raw.Split('\n')
            .Select(line => pre ? line.TrimEnd() : HtmlText.Collapse(line))
            .Where(line => line.Length > 0);
        return string.Join('\n', lines);
    }
}
