using AngleSharp;
using AngleSharp.Browser;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Sitrep.Ingest.Html;

/// <summary>Turns the raw bytes of one web page into an <see cref="HtmlPage"/>: charset detection, parsing, metadata and main text.</summary>
public static class HtmlPageReader
{
    /// <summary>Larger inputs are refused: real article pages are well under a megabyte, and parse time and memory grow with size.</summary>
    public const int MaxPageBytes = 8 * 1024 * 1024;

    // The HTML tree builder scans its stack of open elements at many tags, so a page nesting tens of
    // thousands of unclosed elements takes minutes to parse; such a page is refused after this long.
    internal static readonly TimeSpan ParseBudget = TimeSpan.FromSeconds(5);

    // AngleSharp's defaults without its encoding meta handler: the page is decoded already (HtmlDecoding), and the
    // handler looks for "charset" in a <meta http-equiv> content with a substring per character (a 100 KB content
    // allocated 9.5 GB, out of reach of the parse budget).
    private static readonly IConfiguration ParserConfiguration = Configuration.Default.Without<EncodingMetaHandler>();

    /// <summary>The page, or null with the reason in <paramref name="error"/> when it cannot be read.</summary>
    /// <param name="url">Where the page came from, when known (its canonical URL and date path are used when the page states neither).</param>
    /// <param name="charset">The charset of the HTTP Content-Type header, when the page came with one (it outranks the page's own &lt;meta&gt;).</param>
    public static HtmlPage? Read(ReadOnlySpan<byte> bytes, out string? error, string? url = null, string? charset = null)
    {
        if (bytes.Length > MaxPageBytes)
        {
            error = $"page is {bytes.Length / (1024 * 1024)} MB, over the {MaxPageBytes / (1024 * 1024)} MB limit for one web page";
            return null;
        }
        var html = HtmlDecoding.Decode(bytes, charset);
        if (string.IsNullOrWhiteSpace(html))
        {
            error = "empty file";
            return null;
        }
        if (Parse(html, out var failure) is not { } doc)
        {
            error = "page " + failure;
            return null;
        }
        using var _ = doc;
        var jsonLd = JsonLdInfo.Read(doc.QuerySelectorAll("script[type='application/ld+json']").Select(s => s.TextContent));
        var meta = HtmlMetadata.Read(doc, jsonLd, url);
        var text = MainTextExtractor.Extract(doc, StoryHint.From(jsonLd.ArticleBody));
        error = null;
        return new HtmlPage(text, meta.Title, meta.Authors.FirstOrDefault(), meta.Published, meta.Modified, meta.Site, meta.Url, meta.Language)
        {
            Authors = meta.Authors, Image = meta.Image,
        };
    }

    /// <summary>
    /// The parsed document, or null with what went wrong ("took over 5 s to parse …") when parsing runs over
    /// <see cref="ParseBudget"/> or the parser fails (feeds' item HTML uses it too).
    /// </summary>
    internal static IHtmlDocument? Parse(string html, out string? failure)
    {
        using var budget = new CancellationTokenSource(ParseBudget);
        failure = null;
        try
        {
            // AngleSharp repairs any tag soup the way browsers do, so malformed pages parse rather than throw.
            return new HtmlParser(new HtmlParserOptions(), BrowsingContext.New(ParserConfiguration)).ParseDocumentAsync(html, budget.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            failure = $"took over {ParseBudget.TotalSeconds:0} s to parse (pathological nesting?)";
            return null;
        }
        catch (Exception ex)
        {
            // Almost any: AngleSharp 1.10.3 throws NullReferenceException on some tag soup (the fuzz campaign's
            // "<select><option><p><td><template></template><pre></td><"). Only the parser runs here, so whatever it
            // throws is this page's failure, not the run's.
            failure = $"could not be parsed (the HTML parser failed: {ex.GetType().Name})";
            return null;
        }
    }
}
