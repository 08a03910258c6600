using System.Globalization;
using System.Text;
using Sitrep.Corpus.Entities;
using Sitrep.News.Mentions;
using Sitrep.News.Documents;

namespace Sitrep.Reports.Sections;

/// <summary>The plain-text pieces every human-readable report shows the same way: clipped sentences, labels, numbers.</summary>
internal static class ReportText
{
    /// <summary>
    /// Collapses runs of whitespace (newlines included) to one space and cuts at a word boundary
    /// near <paramref name="max"/> characters with an ellipsis, so a sentence fits one table cell or line.
    /// </summary>
    public static string Clip(string text, int max)
    {
        var flat = Flatten(text);
        if (flat.Length <= max) return flat;
        int cut = flat.LastIndexOf(' ', max - 1);
        // A very long first word would leave almost nothing: cut inside it rather than lose the sentence.
        if (cut < max / 2) cut = max - 1;
        // Never end on the first half of a surrogate pair.
        if (char.IsHighSurrogate(flat[cut - 1])) cut--;
        return flat[..cut].TrimEnd() + "…";
    }

    /// <summary>The text on one line: runs of whitespace become one space.</summary>
    public static string Flatten(string text)
    {
        var sb = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>"Zabihullah Mujahid (AFGINS)", or the bare name when the entity has no actor code.</summary>
    public static string EntityLabel(Entity e) => e.Actor is { } code ? $"{e.Name} ({code})" : e.Name;

    public static string TypeLabel(MentionType type) => type switch
    {
        MentionType.Person => "person",
        MentionType.Organization => "organisation",
        _ => "place",
    };

    /// <summary>What kind of place a GeoNames class.code is, in words an analyst uses; other classes are shown as given.</summary>
    public static string PlaceKind(string featureClass) => featureClass switch
    {
        _ when featureClass.StartsWith("A.PCL", StringComparison.Ordinal) => "country",
        "A.ADM1" => "province",
        "A.ADM2" => "district",
        "L.CONT" => "continent",
        "L.RGN" => "region",
        _ when featureClass.StartsWith("P.", StringComparison.Ordinal) => "town",
        _ => featureClass,
    };

    public static string Coordinates(EntityPlace p) =>
        string.Create(CultureInfo.InvariantCulture, $"{p.Lat:0.00}, {p.Lon:0.00}");

    /// <summary>A quantity's value with thousands separators: 2e12 → "2,000,000,000,000", 85.5 → "85.5".</summary>
    public static string Number(double value) => value.ToString("#,0.###", CultureInfo.InvariantCulture);

    public static string Count(int n, string noun, string? plural = null) => n == 1 ? $"1 {noun}" : $"{n} {plural ?? noun + "s"}";

    /// <summary>Words as a reader counts them: runs of non-whitespace.</summary>
    public static int WordCount(string text)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            bool letter = !char.IsWhiteSpace(c);
            if (letter && !inWord) words++;
            inWord = letter;
        }
        return words;
    }

    /// <summary>The URL when it is an absolute http(s) address, the only kind a report turns into a link (never javascript: or file:).</summary>
    public static string? WebUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? url : null;
}
