using Sitrep.Articles;

namespace Sitrep.Ingest.PlainText;

/// <summary>
/// Turns scraped plain text into a title, an optional date and byline, and clean paragraphs: the
/// comment thread, related links, reply form and publisher blurbs that follow a story are removed.
/// </summary>
public static class PlainTextCleaner
{
    /// <summary>Cleans a whole plain-text article: optional date line, title line, then the body.</summary>
    public static CleanedText Clean(string raw)
    {
        var lines = SplitLines(raw);
        int i = NextNonBlank(lines, 0);
        var published = TryTakeDateLine(lines, ref i);
        var title = i < lines.Length ? lines[i].Trim() : "";
        i = NextNonBlank(lines, i + 1);
        // Scrapers often capture both the page heading and the story heading: keep one.
        if (i < lines.Length && title.Length > 0 && lines[i].Trim() == title) i = NextNonBlank(lines, i + 1);
        published ??= TryTakeDateLine(lines, ref i);
        var body = CleanLines(lines.AsSpan(i));
        return new CleanedText(title, body.Text, published, body.Author);
    }

    /// <summary>Cleans an article body that has no title or date line of its own (e.g. a JSON "text" field).</summary>
    public static CleanedBody CleanBody(string body) => CleanLines(SplitLines(body));

    private static string[] SplitLines(string raw)
    {
        var lines = raw.TrimStart('\uFEFF').ReplaceLineEndings("\n").Split('\n');
        for (int i = 0; i < lines.Length; i++) lines[i] = lines[i].TrimEnd();
        return lines;
    }

    private static int NextNonBlank(string[] lines, int from)
    {
        while (from < lines.Length && lines[from].Length == 0) from++;
        // Never past the end: a file holding only a date line asks for the line after its (absent) title.
        return Math.Min(from, lines.Length);
    }

    private static PartialDate? TryTakeDateLine(string[] lines, ref int i)
    {
        if (i >= lines.Length || !DateLine.TryParse(lines[i], out var date)) return null;
        i = NextNonBlank(lines, i + 1);
        return date;
    }

    private static CleanedBody CleanLines(ReadOnlySpan<string> lines)
    {
        var story = lines[..TailStart(lines)];
        var paragraphs = RemoveBlurbs(Paragraphs(story));
        string? author = null;
        // A lone name closing the story is its byline, not a sentence of it.
        if (paragraphs.Count > 1 && Boilerplate.TryReadByline(paragraphs[^1], out var name))
        {
            author = name;
            paragraphs.RemoveAt(paragraphs.Count - 1);
        }
        return new CleanedBody(string.Join("\n\n", paragraphs), author);
    }

    /// <summary>Index of the first line of the trailing junk, or the line count when there is none.</summary>
    private static int TailStart(ReadOnlySpan<string> lines)
    {
        bool storySeen = false;
        for (int i = 0; i < lines.Length; i++)
        {
            // A marker before any story text is a stray heading, not the start of a tail: cutting there would
            // leave nothing, so it is only dropped as a line (see Paragraphs).
            if (storySeen && Boilerplate.IsTailMarker(lines[i])) return i;
            storySeen |= lines[i].Length > 0 && !Boilerplate.IsTailMarker(lines[i]);
        }
        return lines.Length;
    }

    private static List<string> Paragraphs(ReadOnlySpan<string> lines)
    {
        var paragraphs = new List<string>();
        var current = new List<string>();
        foreach (var line in lines)
        {
            if (line.Length > 0 && !Boilerplate.IsReadMoreLine(line) && !Boilerplate.IsTailMarker(line))
            {
                current.Add(line);
                continue;
            }
            if (current.Count > 0) paragraphs.Add(string.Join('\n', current));
            current.Clear();
        }
        if (current.Count > 0) paragraphs.Add(string.Join('\n', current));
        return paragraphs;
    }

    /// <summary>
    /// Drops blurb paragraphs wherever they are, and the whole publisher footer at the end: a short paragraph
    /// wedged between two blurbs there ("X NEWS — breaking news source...") is part of the footer too.
    /// </summary>
    private static List<string> RemoveBlurbs(List<string> paragraphs)
    {
        var isBlurb = paragraphs.Select(Boilerplate.IsBlurb).ToArray();
        int footer = FooterStart(paragraphs, isBlurb);
        return paragraphs.Take(footer).Where((_, i) => !isBlurb[i]).ToList();
    }

    private static int FooterStart(List<string> paragraphs, bool[] isBlurb)
    {
        int start = paragraphs.Count;
        for (int k = paragraphs.Count - 1; k >= 0; k--)
        {
            if (isBlurb[k]) start = k;
            else if (k + 1 == start && start < paragraphs.Count && k > 0 && isBlurb[k - 1] && Boilerplate.IsShort(paragraphs[k]))
                start = k;
            else break;
        }
        return start;
    }
}
