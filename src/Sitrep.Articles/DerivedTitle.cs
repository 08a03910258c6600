namespace Sitrep.Articles;

/// <summary>An article needs a title; without one the text's first line stands in, cut at a word boundary.</summary>
public static class DerivedTitle
{
    public const int MaxChars = 120;

    public static string FromText(string text)
    {
        var firstLine = text.AsSpan()[..(text.IndexOf('\n') is var nl and >= 0 ? nl : text.Length)].Trim();
        if (firstLine.Length <= MaxChars) return firstLine.ToString();
        var cut = firstLine[..MaxChars];
        int space = cut.LastIndexOf(' ');
        return string.Concat(space > 0 ? cut[..space] : cut, "…");
    }
}
