using System.Text.RegularExpressions;

namespace Sitrep.Ingest.PlainText;

/// <summary>
/// Line and paragraph patterns for the page furniture that scraped news text drags along. The patterns
/// describe kinds of junk (comment threads, related links, publisher blurbs), not one site's wording.
/// </summary>
internal static partial class Boilerplate
{
    // Junk lines are short; a long line that happens to match is story text.
    private const int MaxMarkerLength = 80;
    private const int MaxBlurbLength = 600;
    private const int MaxBylineLength = 40;

    private static readonly HashSet<string> NotNameWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "The", "A", "An", "And", "Of", "In", "On", "For", "To", "At", "With", "From", "Is", "Are",
        "News", "Reaction", "Reactions", "Posts", "Comments", "Related", "More", "Read", "Update", "Updates",
        "Editor", "Photo", "Photos", "Video", "Videos", "Source", "Sources", "Agencies", "Staff", "Share", "Tags",
    };

    /// <summary>A line from which everything to the end is not the story: comments, related links, reply forms.</summary>
    public static bool IsTailMarker(string line)
    {
        var s = line.AsSpan().Trim();
        if (s.IsEmpty || s.Length > MaxMarkerLength) return false;
        return CommentOpener().IsMatch(s) || CommentCount().IsMatch(s) || RelatedHeading().IsMatch(s)
            || ReplyForm().IsMatch(s) || ReactionHeading().IsMatch(s);
    }

    /// <summary>A link line such as "Read more ....", left behind when the link itself was stripped.</summary>
    public static bool IsReadMoreLine(string line)
    {
        var s = line.AsSpan().Trim();
        return s.Length <= MaxMarkerLength + 40 && ReadMore().IsMatch(s);
    }

    /// <summary>
    /// A paragraph that talks about the publisher rather than the news: standards, contact, donations. "Terms and
    /// conditions" and "privacy policy" are words news uses too ("terms and conditions of the contract would be subject
    /// to approval"), so they mark a blurb only as a site's link text: title-cased ("Terms of Use", "Privacy Policy"), or
    /// the site's own ("our privacy policy", "you agree to the terms of service"), in a short paragraph.
    /// </summary>
    public static bool IsBlurb(string paragraph) =>
        paragraph.Length <= MaxBlurbLength && (Blurb().IsMatch(paragraph) || IsSitePolicyLink(paragraph));

    private const int MaxPolicyLinkLength = 300;

    private static bool IsSitePolicyLink(string paragraph)
    {
        if (paragraph.Length > MaxPolicyLinkLength) return false;
        foreach (Match m in SitePolicy().Matches(paragraph))
        {
            if (m.Groups["own"].Success) return true;
            if (m.Groups["words"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Where(w => w.Length > 3).All(w => char.IsUpper(w[0]))) return true;
        }
        return false;
    }

    /// <summary>Short enough to be a footer line rather than a story paragraph.</summary>
    public static bool IsShort(string paragraph) => paragraph.Length <= MaxBlurbLength;

    /// <summary>A paragraph that is only a name, as a byline under the story ("Hai Lam", "By Jane Q. Doe").</summary>
    public static bool TryReadByline(string paragraph, out string name)
    {
        name = "";
        var s = paragraph.Trim();
        if (s.Length > MaxBylineLength + 12 || s.Contains('\n')) return false;
        var m = Byline().Match(s);
        if (!m.Success) return false;
        var candidate = m.Groups["name"].Value;
        var words = candidate.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (candidate.Length > MaxBylineLength || words.Any(NotNameWords.Contains)) return false;
        name = string.Join(' ', words);
        return true;
    }

    // "Jac said...", "Anonymous said:", "Maria K. wrote…" — a bare name, so a quote ending in "Rudenko said." never matches.
    [GeneratedRegex(@"^[\p{L}\p{N}][\p{L}\p{M}\p{N} .'’_@-]{0,40}?\s+(said|says|wrote)\s*(\.{2,}|…|:)$", RegexOptions.IgnoreCase)]
    private static partial Regex CommentOpener();

    [GeneratedRegex(@"^(\d+\s+)?(comments?|responses?|replies)\s*(\(\d+\))?:?$", RegexOptions.IgnoreCase)]
    private static partial Regex CommentCount();

    [GeneratedRegex(@"^(related\s+(posts?|articles?|stories|news|content|reading|coverage|links)|you\s+(may|might)\s+also\s+(like|enjoy|be interested in)|recommended(\s+for\s+you)?|read\s+next|more\s+stories)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex RelatedHeading();

    [GeneratedRegex(@"^((leave|post|add|write)\s+a\s+(reply|comment|response)\b.*|cancel\s+reply|your\s+email\s+address\s+will\s+not\s+be\s+published\b.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex ReplyForm();

    [GeneratedRegex(@"^(public|readers?['’]?|user|audience)\s+(reactions?|comments?|responses?)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex ReactionHeading();

    // Only link-like continuations ("....", ": headline", "at Reuters") so "Read more than 300 pages..." stays.
    [GeneratedRegex(@"^(read\s+more|continue\s+reading|read\s+the\s+full\s+(story|article|report))(\s*(\.{2,}|…|:|»|>>|→|-+|\bat\b|\bon\b|\bhere\b).*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ReadMore();

    [GeneratedRegex(
        @"^this\s+(article|story|report|post|piece)\s+(is|was|has\s+been)\s+(written|prepared|produced|edited|compiled)\b"
        + @"|\bour\s+standards\b"
        + @"|^contact\s+us\b|\[email\s*protected\]"
        + @"|\b(subscribe|sign\s+up)\s+(to|for)\s+(our|the)\s+(\S+\s+){0,3}?newsletter\b"
        + @"|\bsupport\s+.{1,60}?\s+from\s+as\s+little\s+as\b"
        + @"|^(stay\s+connected\s+with|follow\s+us\s+on)\b"
        + @"|\bthe\s+only\s+funding\b|\bnot\s+funded\s+by\s+any\b"
        + @"|^(©|\(c\)\s|copyright\s+(©\s*)?\d{4})|\ball\s+rights\s+reserved\b",
        RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex Blurb();

    [GeneratedRegex(
        @"(?<own>\b(our|the\s+site['’]s|this\s+site['’]s|agree\s+to(\s+(the|our))?|accept(\s+(the|our))?|read\s+(the|our)|see\s+(the|our))\s+)?"
        + @"\b(?<words>terms\s+of\s+(use|service)|terms\s+(and|&)\s+conditions|privacy\s+(policy|notice)|cookie\s+(policy|notice))\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex SitePolicy();

    [GeneratedRegex(@"^([—–-]\s*)?((?i:(written|reporting|reported)\s+)?(?i:by)\s+)?(?<name>(\p{Lu}(\p{Ll}[\p{L}\p{M}'’-]*|\.)\s+){1,3}\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*)$")]
    private static partial Regex Byline();
}
