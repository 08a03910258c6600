using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Sitrep.Ingest.Html;

/// <summary>
/// Finds the story in a page and renders it as paragraphs: page furniture is removed, then the
/// container holding the most paragraph prose (links discounted) is taken.
/// </summary>
internal static partial class MainTextExtractor
{
    private const string NoiseTags = "script, style, noscript, nav, header, footer, aside, form, iframe, svg, button, template, "
        + "[hidden], [aria-hidden='true']";
    private const string ContentTags = "article, main, [role='main']";
    private const int SubstantialArticleChars = 200;
    // Shorter paragraphs are captions, labels and link lists rather than prose.
    private const int MinScoredParagraphChars = 25;

    public static string Extract(IDocument doc)
    {
        if (doc.Body is not { } body) return "";
        RemoveNoise(body);
        var container = ChooseContainer(body);
        var blocks = new List<string>();
        CollectBlocks(container, blocks);
        return string.Join("\n\n", blocks);
    }

    private static void RemoveNoise(IElement body)
    {
        var noise = body.QuerySelectorAll(NoiseTags)
            .Concat(body.QuerySelectorAll("[class], [id]").Where(IsNoiseByName))
            .Where(e => !ContainsContent(e))
            .ToList();
        foreach (var element in noise) element.Remove();
    }

    private static bool IsNoiseByName(IElement e) =>
        e.LocalName is not ("body" or "main" or "article") && NoiseName().IsMatch($"{e.ClassName} {e.Id}");

    /// <summary>
    /// Whole-page wrappers sometimes carry a noise word ("page has-sidebar") or are a form (ASP.NET pages):
    /// anything that wraps the article or main element is kept, whatever it is called.
    /// </summary>
    private static bool ContainsContent(IElement e) => e.QuerySelector(ContentTags) is not null;

    private static IElement ChooseContainer(IElement body)
    {
        var articles = body.QuerySelectorAll("article")
            .Where(a => a.QuerySelectorAll("p").Sum(p => HtmlText.Collapse(p.TextContent).Length) >= SubstantialArticleChars)
            .ToList();
        if (articles.Count == 1) return articles[0];
        return BestScoredContainer(body) ?? body;
    }

    /// <summary>Readability-style vote: each paragraph gives its prose length to its parent and half to its grandparent.</summary>
    private static IElement? BestScoredContainer(IElement body)
    {
        var scores = new Dictionary<IElement, double>();
        foreach (var p in body.QuerySelectorAll("p"))
        {
            double score = ParagraphScore(p);
            if (score <= 0 || p.ParentElement is not { } parent) continue;
            scores[parent] = scores.GetValueOrDefault(parent) + score;
            if (parent.ParentElement is { } grandparent && parent != body)
                scores[grandparent] = scores.GetValueOrDefault(grandparent) + score / 2;
        }
        return scores.Count == 0 ? null : scores.MaxBy(kv => kv.Value).Key;
    }

    private static double ParagraphScore(IElement p)
    {
        int length = HtmlText.Collapse(p.TextContent).Length;
        if (length < MinScoredParagraphChars) return 0;
        int linkLength = p.QuerySelectorAll("a").Sum(a => HtmlText.Collapse(a.TextContent).Length);
        return length * (1 - Math.Min(1.0, (double)linkLength / length));
    }

    private static void CollectBlocks(IElement element, List<string> blocks)
    {
        foreach (var child in element.Children)
        {
            switch (child.LocalName)
            {
                case "p" or "h2" or "h3" or "h4" or "pre":
                    Add(blocks, HtmlText.Block(child));
                    break;
                case "li":
                    Add(blocks, HtmlText.Block(child, skipLists: true), "• ");
                    foreach (var nested in child.Children.Where(c => c.LocalName is "ul" or "ol")) CollectBlocks(nested, blocks);
                    break;
                // A quotation of several paragraphs keeps them apart; a one-line quote is a block of its own.
                case "blockquote" when child.QuerySelector("p, li") is null:
                    Add(blocks, HtmlText.Block(child));
                    break;
                case "h1":
                    break; // the headline: already the article's title
                default:
                    CollectBlocks(child, blocks);
                    break;
            }
        }
    }

    private static void Add(List<string> blocks, string text, string prefix = "")
    {
        if (text.Length > 0) blocks.Add(prefix + text);
    }

    [GeneratedRegex("comment|share|social|related|newsletter|subscribe|cookie|promo|advert|sidebar|footer|breadcrumb|popup|byline|dateline",
        RegexOptions.IgnoreCase)]
    private static partial Regex NoiseName();
}
