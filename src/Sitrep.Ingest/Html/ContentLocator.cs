using AngleSharp.Dom;

namespace Sitrep.Ingest.Html;

/// <summary>
/// Finds the element that holds the story. Every block gets a value: prose counts for its length (less
/// its linked part), link lists and short labels count against, headings are neutral. An element's score
/// is the sum over the blocks inside it, so the best element is the one whose text gains the most and
/// takes in the least furniture: going one level up pays only when the extra prose outweighs the extra
/// junk. The same scores later tell which parts of the story container are furniture (a subtree that
/// adds up to a loss).
/// </summary>
internal sealed class ContentLocator
{
    // A block this long is prose even without sentence punctuation at its end.
    private const int ProseChars = 100;
    private const int ProseWords = 5;
    private const int UnspacedSentenceChars = 15;
    // Words this long on average mean a script written without spaces, in which a "word" is a phrase.
    private const int UnspacedWordChars = 8;
    private const double LinkListDensity = 0.5;
    // What a short label ("Advertisement", "Share this", "Photo: agency") costs its container.
    private const double LabelCost = 10;
    // A container named as the story's ("article-body") is preferred over a wider one by this factor.
    private const double StoryNameBonus = 1.25;

    private readonly Dictionary<IElement, double> _scores = [];
    // The same sums with short labels neutral: inside the story, a short line is a subhead or a one-line paragraph as often as a label.
    private readonly Dictionary<IElement, double> _inStoryScores = [];

    /// <param name="hint">When the page states its story text, confirmed blocks count double and, if the hint is whole, prose it lacks counts against.</param>
    public ContentLocator(IReadOnlyList<TextBlock> blocks, IElement root, StoryHint? hint)
    {
        foreach (var block in blocks)
        {
            double value = Value(block);
            if (hint is not null && block.Kind != BlockKind.Headline && hint.Confirms(block.Text) is { } confirmed)
            {
                if (confirmed) value = 2 * Math.Abs(value) + block.Chars;
                else if (hint.IsComplete && value > 0) value = -value;
            }
            double inStoryValue = value == -LabelCost ? 0 : value;
            for (var e = block.Owner; e is not null; e = e.ParentElement)
            {
                _scores[e] = _scores.GetValueOrDefault(e) + value;
                _inStoryScores[e] = _inStoryScores.GetValueOrDefault(e) + inStoryValue;
                if (e == root) break;
            }
        }
    }

    /// <summary>The element with the best score (ties go to the outer element), or null when nothing scores above zero.</summary>
    public IElement? Best()
    {
        IElement? best = null;
        double bestScore = 0;
        foreach (var (element, score) in _scores)
        {
            double ranked = score > 0 && BoilerplateNames.IsStory(element) ? score * StoryNameBonus : score;
            if (ranked > bestScore || (ranked == bestScore && best is not null && element.Contains(best)))
                (best, bestScore) = (element, ranked);
        }
        return best;
    }

    /// <summary>What the blocks inside <paramref name="element"/> add up to.</summary>
    public double Score(IElement element) => _scores.GetValueOrDefault(element);

    /// <summary>True when a block of <paramref name="container"/> sits in a subtree that adds up to a loss.</summary>
    public bool InLosingSubtree(TextBlock block, IElement container)
    {
        for (var e = block.Owner; e is not null && e != container; e = e.ParentElement)
            if (_inStoryScores.GetValueOrDefault(e) < 0) return true;
        return false;
    }

    public static double Value(TextBlock block)
    {
        if (block.Kind is BlockKind.Headline or BlockKind.Heading) return 0;
        double density = block.LinkDensity;
        if (density > LinkListDensity) return -block.Chars * density;
        if (IsProse(block)) return block.Chars * (1 - density);
        return block.Kind is BlockKind.ListItem or BlockKind.TableRow ? 0 : -LabelCost;
    }

    private static bool IsProse(TextBlock block)
    {
        if (block.Chars >= ProseChars) return true;
        var text = block.Text.AsSpan().TrimEnd();
        if (text.IsEmpty || text[^1] is not ('.' or '!' or '?' or ':' or '"' or '”' or '…' or '»' or ')' or '。')) return false;
        int words = 1;
        foreach (char c in text)
            if (c == ' ') words++;
        // Scripts written without spaces (Chinese, Japanese) make one long "word" of a sentence.
        return words >= ProseWords || (block.Chars >= UnspacedSentenceChars && block.Chars >= UnspacedWordChars * words);
    }
}
