namespace Sitrep.Ingest.Language;

/// <summary>
/// The held-out texts the identifier is measured on, at several lengths: each dev document whole
/// (a declaration article, or all of a catalogue's dev messages), and cut into snippets of about 20,
/// 50 and 200 characters at word boundaries, as short headlines, teasers and paragraphs are.
/// </summary>
public static class LanguageDevSet
{
    public static readonly IReadOnlyList<int> SnippetLengths = [20, 50, 200];

    /// <summary>(language, length class: "20", "50", "200" or "doc", text).</summary>
    public static IEnumerable<(string Language, string Length, string Text)> Items(IEnumerable<LanguageSample> samples, int maxSnippetsPerDocument = 20)
    {
        foreach (var doc in samples.Where(s => s.IsDev).GroupBy(s => (s.Language, s.Document)))
        {
            var text = string.Join(" ", doc.Select(s => s.Text));
            yield return (doc.Key.Language, "doc", text);
            foreach (int length in SnippetLengths)
                foreach (var snippet in Snippets(text, length).Take(maxSnippetsPerDocument))
                    yield return (doc.Key.Language, length.ToString(System.Globalization.CultureInfo.InvariantCulture), snippet);
        }
    }

    /// <summary>Consecutive pieces of about <paramref name="length"/> characters, cut after a space when one is near.</summary>
    public static IEnumerable<string> Snippets(string text, int length)
    {
        int at = 0;
        while (text.Length - at >= length)
        {
            int end = at + length;
            int space = text.LastIndexOf(' ', end - 1, Math.Min(length / 3, end - at));
            if (space > at) end = space;
            var piece = text[at..end].Trim();
            if (piece.Length > 0) yield return piece;
            at = end;
        }
    }
}
