using System.Text;

namespace Sitrep.Tests.Fuzzing;

/// <summary>
/// Web pages: a head of metadata (title, charset, Open Graph and article meta, JSON-LD) and a body of random
/// element trees with the class names page furniture uses, prose, dates, entities, comments and now and then an
/// unclosed tag, a deep nesting or a charset the bytes do not match.
/// </summary>
public sealed class HtmlGrammar : IFuzzGrammar
{
    public static readonly HtmlGrammar Instance = new();

    private static readonly string[] BlockTags = ["div", "section", "article", "main", "aside", "nav", "header", "footer", "p", "ul", "ol", "li", "table", "tr", "td", "blockquote", "figure", "figcaption", "h1", "h2", "h3", "pre", "form", "details", "template", "noscript", "svg", "math", "iframe", "dl", "dd"];
    private static readonly string[] InlineTags = ["a", "b", "i", "em", "strong", "span", "time", "br", "img", "small", "sup", "code", "q", "abbr", "wbr", "font"];
    private static readonly string[] Classes = ["article-body", "story", "content", "post", "entry-content", "byline", "author", "date", "published", "related", "share", "social", "comments", "sidebar", "nav", "menu", "footer", "ad", "promo", "newsletter", "teaser", "caption", "hidden", "", "x y z"];
    private static readonly string[] Entities = ["&amp;", "&lt;", "&gt;", "&nbsp;", "&quot;", "&#8212;", "&#x2014;", "&#0;", "&#x110000;", "&#99999999999;", "&bogus;", "&", "&amp", "&#", "&#x;", "&eacute;", "&NotANamedEntity;"];
    private static readonly string[] Charsets = ["utf-8", "UTF-8", "windows-1251", "iso-8859-1", "shift_jis", "utf-16", "utf-16be", "bogus", "", "x-user-defined", "gb18030", "koi8-r"];

    public IReadOnlyList<FuzzSeed> Seeds { get; } =
    [
        FuzzSeed.Text("page.html", """
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Depot to be rebuilt | Courier</title>
            <link rel="canonical" href="https://courier.example/2023/11/07/depot">
            <meta property="og:title" content="Depot to be rebuilt"><meta property="og:site_name" content="Courier">
            <meta name="author" content="Pat Lind"><meta property="article:published_time" content="2023-11-07T09:30:00+01:00">
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Depot to be rebuilt",
            "datePublished":"2023-11-07","author":[{"@type":"Person","name":"Pat Lind"}],"articleBody":"The council voted on Tuesday to rebuild the depot."}</script>
            </head><body><nav class="menu"><a href="/">Home</a> <a href="/news">News</a></nav>
            <article class="story"><h1>Depot to be rebuilt</h1><p class="byline">By Pat Lind</p><time datetime="2023-11-07">7 November 2023</time>
            <p>The council voted on Tuesday to rebuild the old depot as a library and a covered market.</p>
            <p>Work starts in March &amp; should end in 2025, the mayor said.</p><ul><li>Library</li><li>Market</li></ul></article>
            <aside class="related"><h2>Related</h2><a href="/x">Pier reopens</a></aside><footer>&copy; 2023 Courier</footer></body></html>
            """),
        FuzzSeed.Text("page.htm", """
            <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Ferry</title></head>
            <body><div id="main"><div class="entry-content"><p>Первый абзац о пароме.</p><p>The ferry link reopened on Thursday,
            three days after the storm.</p><table><tr><td>Crossings</td><td>12</td></tr></table></div>
            <div class="comments"><p>Great news!</p></div></div><script>var x = "<p>not text</p>";</script></body></html>
            """),
        FuzzSeed.Text("page.xhtml", """
            <?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>Market</title>
            <meta itemprop="datePublished" content="2024-03-14"/></head><body><main><h1>Market hall</h1>
            <p>The market hall opened late on <time datetime="2024-03-14T18:00">Thursday</time>.</p>
            <pre>  a   b  </pre><figure><img src="/m.jpg" alt="hall"/><figcaption>The hall.</figcaption></figure></main></body></html>
            """),
    ];

    public IReadOnlyList<string> NastyTokens { get; } =
    [
        "<div>", "</div>", "<p>", "</p>", "<!--", "-->", "<![CDATA[", "]]>", "<script>", "</script>", "<style>", "<table><tr><td>",
        "&#x", "&#99999999;", "<a href=\"", "<meta charset=\"utf-16\">", "<meta charset=\"bogus\">", "<time datetime=\"9999-99-99\">",
        "<span class=\"date\">31.02.2021</span>", "{\"@type\":", "<br/>", "<pre>", "<li>", "<svg><foreignObject><p>", "<template>",
        "<noscript><p>", "<script type=\"application/ld+json\">{\"@graph\":[[[{\"articleBody\":", "<plaintext>", "<xmp>", "<frameset>",
        "<base href=\"javascript:x\">", "<meta http-equiv=\"refresh\" content=\"0;url=x\">", "<math><mi><svg>", "<select><option>",
        "<table><caption><table>", "</body></html><p>", "<html><html><body>", "<?php ?>", "<!DOCTYPE html PUBLIC \"x\">", "<isindex>",
    ];

    public FuzzSeed Generate(Random random)
    {
        var charset = random.Next(6) == 0 ? FuzzText.Pick(random, Charsets) : "utf-8";
        var html = Page(random, charset);
        byte[] bytes = random.Next(10) switch
        {
            0 => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(html)],
            1 => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(html)],
            2 => Encoding.Latin1.GetBytes(html),
            3 => Encoding.BigEndianUnicode.GetBytes(html),
            _ => Encoding.UTF8.GetBytes(html),
        };
        return new FuzzSeed(FuzzText.Pick(random, ["page.html", "page.htm", "page.xhtml"]), bytes);
    }

    public static string Page(Random random, string charset = "utf-8")
    {
        var sb = new StringBuilder();
        if (random.Next(4) != 0) sb.Append(FuzzText.Pick(random, ["<!doctype html>", "<!DOCTYPE html>", "<?xml version=\"1.0\"?>", "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\">"]));
        sb.Append("<html").Append(random.Next(3) == 0 ? $" lang=\"{FuzzText.Pick(random, ["en", "fr", "ru", "ar", "zh-Hans", "", "xx-YY"])}\"" : "").Append("><head>");
        if (random.Next(3) != 0) sb.Append($"<meta charset=\"{charset}\">");
        if (random.Next(5) == 0) sb.Append($"<meta http-equiv=\"Content-Type\" content=\"text/html; charset={charset}\">");
        if (random.Next(5) != 0) sb.Append("<title>").Append(Escape(FuzzText.Sentence(random, 10))).Append("</title>");
        for (int i = random.Next(6); i > 0; i--) sb.Append(Meta(random));
        for (int i = random.Next(3); i > 0; i--) sb.Append("<script type=\"application/ld+json\">").Append(JsonLd(random)).Append("</script>");
        sb.Append("</head><body>");
        if (random.Next(20) == 0)
        {
            // Pathological nesting: thousands of unclosed elements around the story.
            var tag = FuzzText.Pick(random, ["div", "span", "b", "table><tr><td", "ul><li", "a", "font", "p"]);
            for (int i = random.Next(100, 5000); i > 0; i--) sb.Append('<').Append(tag).Append('>');
        }
        Body(sb, random, depth: 0, budget: random.Next(3, 60));
        if (random.Next(4) != 0) sb.Append("</body></html>");
        return sb.ToString();
    }

    /// <summary>A snippet of HTML (a feed item's description, a WARC body's fragment).</summary>
    public static string Fragment(Random random)
    {
        var sb = new StringBuilder();
        Body(sb, random, depth: 2, budget: random.Next(1, 10));
        return sb.ToString();
    }

    private static void Body(StringBuilder sb, Random random, int depth, int budget)
    {
        for (int i = 0; i < budget; i++)
        {
            switch (random.Next(depth > 8 ? 3 : 8))
            {
                case 0:
                    sb.Append(Escape(FuzzText.Paragraph(random)));
                    break;
                case 1:
                    Inline(sb, random);
                    break;
                case 2:
                    sb.Append(FuzzText.Pick(random, Entities));
                    break;
                case 3:
                    sb.Append(random.Next(4) switch
                    {
                        0 => "<!-- " + FuzzText.Sentence(random) + " -->",
                        1 => "<script>var s = '</p><p>" + FuzzText.Word(random) + "';</script>",
                        2 => "<style>p{color:red}</style>",
                        _ => $"<time datetime=\"{FuzzText.Date(random)}\">{Escape(FuzzText.Date(random))}</time>",
                    });
                    break;
                default:
                    var tag = FuzzText.Pick(random, BlockTags);
                    sb.Append('<').Append(tag).Append(Attributes(random)).Append('>');
                    Body(sb, random, depth + 1, random.Next(1, Math.Max(2, budget / 2)));
                    // Tag soup: one element in twelve is never closed, one in forty is closed twice.
                    int close = random.Next(40);
                    if (close >= 3) sb.Append("</").Append(tag).Append('>');
                    if (close == 0) sb.Append("</").Append(tag).Append("></").Append(tag).Append('>');
                    break;
            }
        }
    }

    private static void Inline(StringBuilder sb, Random random)
    {
        var tag = FuzzText.Pick(random, InlineTags);
        switch (tag)
        {
            case "br" or "wbr":
                sb.Append('<').Append(tag).Append('>');
                return;
            case "img":
                sb.Append($"<img src=\"{Escape(FuzzText.Url(random))}\" alt=\"{Escape(FuzzText.Sentence(random, 5))}\">");
                return;
            case "a":
                sb.Append($"<a href=\"{Escape(FuzzText.Url(random))}\"{(random.Next(5) == 0 ? " rel=\"author\"" : "")}>{Escape(FuzzText.Sentence(random, 6))}</a>");
                return;
            case "time":
                sb.Append($"<time datetime=\"{Escape(FuzzText.Date(random))}\"{(random.Next(3) == 0 ? " itemprop=\"datePublished\"" : "")}>{Escape(FuzzText.Date(random))}</time>");
                return;
            default:
                sb.Append('<').Append(tag).Append(Attributes(random)).Append('>').Append(Escape(FuzzText.Sentence(random, 8))).Append("</").Append(tag).Append('>');
                return;
        }
    }

    private static string Attributes(Random random) => random.Next(5) switch
    {
        0 => $" class=\"{FuzzText.Pick(random, Classes)}\"",
        1 => $" id=\"{FuzzText.Pick(random, Classes)}\"",
        2 => $" itemprop=\"{FuzzText.Pick(random, ["articleBody", "author", "datePublished", "headline", "name"])}\" class=\"{FuzzText.Pick(random, Classes)}\"",
        3 => random.Next(10) == 0 ? " hidden style=\"display:none\" aria-hidden=\"true\"" : $" data-x='{FuzzText.Word(random)}' role=\"{FuzzText.Pick(random, ["main", "article", "navigation", "complementary"])}\"",
        _ => "",
    };

    private static string Meta(Random random)
    {
        var (attr, name, value) = random.Next(10) switch
        {
            0 => ("property", "og:title", FuzzText.Sentence(random, 8)),
            1 => ("property", "article:published_time", FuzzText.Date(random)),
            2 => ("property", "article:modified_time", FuzzText.Date(random)),
            3 => ("name", "author", FuzzText.Name(random)),
            4 => ("property", "og:site_name", FuzzText.Word(random)),
            5 => ("property", "og:image", FuzzText.Url(random)),
            6 => ("name", "date", FuzzText.Date(random)),
            7 => ("property", "og:url", FuzzText.Url(random)),
            8 => ("name", "citation_publication_date", FuzzText.Date(random)),
            _ => ("name", "description", FuzzText.Paragraph(random, 2)),
        };
        if (random.Next(8) == 0) return $"<link rel=\"canonical\" href=\"{Escape(FuzzText.Url(random))}\">";
        return $"<meta {attr}=\"{name}\" content=\"{Escape(value)}\">";
    }

    /// <summary>JSON-LD as news pages write it (NewsArticle, @graph, arrays of authors), or random JSON in its place.</summary>
    public static string JsonLd(Random random)
    {
        if (random.Next(5) == 0) return JsonGrammar.Value(random, depth: 0);
        var article = $"{{\"@type\":{FuzzText.Pick(random, ["\"NewsArticle\"", "\"Article\"", "[\"NewsArticle\",\"Thing\"]", "null", "5", "\"WebPage\""])}," +
            $"\"headline\":{JsonGrammar.Str(FuzzText.Sentence(random, 10))}," +
            $"\"datePublished\":{(random.Next(6) == 0 ? JsonGrammar.Value(random, 3) : JsonGrammar.Str(FuzzText.Date(random)))}," +
            $"\"dateModified\":{JsonGrammar.Str(FuzzText.Date(random))}," +
            $"\"author\":{random.Next(4) switch { 0 => JsonGrammar.Str(FuzzText.Name(random)), 1 => $"{{\"@type\":\"Person\",\"name\":{JsonGrammar.Str(FuzzText.Name(random))}}}", 2 => $"[{{\"name\":{JsonGrammar.Str(FuzzText.Name(random))}}},{JsonGrammar.Value(random, 2)}]", _ => JsonGrammar.Value(random, 2) }}," +
            $"\"articleBody\":{JsonGrammar.Str(FuzzText.Paragraph(random, 8))}}}";
        return random.Next(3) == 0 ? $"{{\"@context\":\"https://schema.org\",\"@graph\":[{article},{JsonGrammar.Value(random, 2)}]}}" : article;
    }

    public static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace("\"", "&quot;");
}
