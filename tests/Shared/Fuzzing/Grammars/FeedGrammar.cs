using System.Text;

namespace Sitrep.Tests.Fuzzing;

/// <summary>
/// Feeds: RSS 0.91/2.0, RSS 1.0 (RDF), Atom and JSON Feed, with items holding any subset of title, link, id, dates
/// (RFC 822, ISO 8601 or neither), authors and content as text, escaped HTML, CDATA or XHTML; now and then a DOCTYPE
/// with entities, an encoding declaration the bytes do not match, or a namespace the reader does not know.
/// </summary>
public sealed class FeedGrammar : IFuzzGrammar
{
    public static readonly FeedGrammar Instance = new();

    public IReadOnlyList<FuzzSeed> Seeds { get; } =
    [
        FuzzSeed.Text("feed.rss", """
            <?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Harbour Post</title>
            <link>https://harbour.example/</link><language>en</language>
            <item><title>Pier reopens</title><link>https://harbour.example/pier</link><pubDate>Tue, 07 Nov 2023 09:30:00 +0000</pubDate>
            <dc:creator>Pat Lind</dc:creator><description><![CDATA[<p>The pier reopened on Tuesday after <b>repairs</b>.</p>]]></description>
            <content:encoded><![CDATA[<p>The pier reopened on Tuesday after repairs that took three months.</p><p>Boats are back.</p>]]></content:encoded></item>
            <item><title>Market</title><guid isPermaLink="false">m-1</guid><description>The market hall opened late &amp; stayed open.</description></item>
            </channel></rss>
            """),
        FuzzSeed.Text("feed.rdf.xml", """
            <?xml version="1.0" encoding="iso-8859-1"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel rdf:about="https://harbour.example/"><title>Harbour</title></channel>
            <item rdf:about="https://harbour.example/ferry"><title>Ferry</title><dc:date>2023-11-06</dc:date><description>The ferry ran again on Monday.</description></item></rdf:RDF>
            """),
        FuzzSeed.Text("feed.atom", """
            <?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title>Courier</title><updated>2023-11-07T10:00:00Z</updated>
            <entry><title type="html">Depot &lt;b&gt;rebuilt&lt;/b&gt;</title><link rel="alternate" href="https://courier.example/depot"/><id>tag:courier,2023:1</id>
            <published>2023-11-07T08:00:00+01:00</published><author><name>Sam Oduya</name></author>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The council voted to rebuild the depot.</p></div></content></entry>
            <entry><title>Bridge</title><id>tag:courier,2023:2</id><updated>2023-11-08</updated><summary>The bridge closed for a week.</summary></entry></feed>
            """),
        FuzzSeed.Text("feed.json", """
            {"version":"https://jsonfeed.org/version/1.1","title":"Ledger","home_page_url":"https://ledger.example/","items":[{"id":"1","url":"https://ledger.example/1","title":"Bridge",
            "content_html":"<p>The bridge closed for a week.</p>","date_published":"2023-11-07T08:00:00Z","authors":[{"name":"Kim Aro"}]},
            {"id":"2","content_text":"Trains resumed on Monday after the strike.","tags":["rail"],"author":{"name":"Jon Aasen"}}]}
            """),
    ];

    public IReadOnlyList<string> NastyTokens { get; } =
    [
        "<item>", "</item>", "<entry>", "</entry>", "<title>", "</title>", "<![CDATA[", "]]>", "<!--", "-->", "&amp;", "&", "&#0;", "&#x110000;",
        "&undefined;", "<!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\">]>", "<!ENTITY b SYSTEM \"file:///etc/passwd\">", "&a;&a;&a;",
        "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>", "&lol2;",
        "<?xml version=\"1.0\" encoding=\"utf-16\"?>", "<?xml version=\"1.0\" encoding=\"bogus\"?>", "<?xml version=\"1.1\"?>", "<pubDate>32 Foo 99999</pubDate>",
        "<link>javascript:alert(1)</link>", "{", "}", "[", "]", "\"", ",", ":null", "\"items\":", "\"items\":{}", "\"content_html\":", "<", ">",
        "xmlns=\"x\"", "xmlns:a=\"\"", "<a:b>", "</rss>", "<?pi x?>", "<content type=\"xhtml\">", "<content type=\"html\">", "&lt;script&gt;",
    ];

    public FuzzSeed Generate(Random random)
    {
        var (name, text) = random.Next(5) switch
        {
            0 => ("feed.rss", Rss2(random)),
            1 => ("feed.rdf", Rss1(random)),
            2 => ("feed.atom", Atom(random)),
            3 => ("feed.json", JsonFeed(random)),
            _ => (FuzzText.Pick(random, ["feed.xml", "index.xml", "feed.rss"]), random.Next(2) == 0 ? Rss2(random) : Atom(random)),
        };
        // An .rdf file is not a feed by name: it goes through the .xml sniffing like most RSS 1.0 files do.
        if (name == "feed.rdf") name = "feed.rdf.xml";
        byte[] bytes = random.Next(12) switch
        {
            0 => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
            1 => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
            2 => Encoding.Latin1.GetBytes(text),
            _ => Encoding.UTF8.GetBytes(text),
        };
        return new FuzzSeed(name, bytes);
    }

    private static string Prolog(Random random) => random.Next(10) switch
    {
        0 => "",
        1 => $"<?xml version=\"1.0\" encoding=\"{FuzzText.Pick(random, ["utf-16", "iso-8859-1", "windows-1252", "bogus", "us-ascii"])}\"?>",
        2 => "<?xml version=\"1.0\"?><!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" \"http://my.netscape.com/publish/formats/rss-0.91.dtd\">",
        3 => "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e \"" + new string('e', 100) + "\">]>",
        4 => "<?xml-stylesheet href=\"x.xsl\"?>",
        _ => "<?xml version=\"1.0\" encoding=\"utf-8\"?>",
    };

    private static string Rss2(Random random)
    {
        var sb = new StringBuilder(Prolog(random));
        sb.Append($"<rss version=\"{FuzzText.Pick(random, ["2.0", "0.91", "0.92", "", "3"])}\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" xmlns:media=\"http://search.yahoo.com/mrss/\"><channel>");
        sb.Append(Element(random, "title", FuzzText.Sentence(random, 5))).Append(Element(random, "link", FuzzText.Url(random)));
        if (random.Next(3) == 0) sb.Append(Element(random, "language", FuzzText.Pick(random, ["en", "en-us", "ru", "", "xx"])));
        for (int i = random.Next(0, 10); i > 0; i--)
        {
            sb.Append("<item>");
            if (random.Next(5) != 0) sb.Append(Element(random, "title", FuzzText.Sentence(random, 10)));
            if (random.Next(3) != 0) sb.Append(Element(random, "link", FuzzText.Url(random)));
            if (random.Next(3) == 0) sb.Append($"<guid isPermaLink=\"{FuzzText.Pick(random, ["true", "false", "maybe"])}\">{Xml(FuzzText.Url(random))}</guid>");
            if (random.Next(3) != 0) sb.Append(Element(random, random.Next(4) == 0 ? "dc:date" : "pubDate", FuzzText.Date(random)));
            if (random.Next(3) == 0) sb.Append(Element(random, random.Next(2) == 0 ? "dc:creator" : "author", FuzzText.Name(random)));
            if (random.Next(4) != 0) sb.Append(HtmlElement(random, "description"));
            if (random.Next(3) == 0) sb.Append(HtmlElement(random, "content:encoded"));
            if (random.Next(6) == 0) sb.Append($"<enclosure url=\"{Xml(FuzzText.Url(random))}\" length=\"{FuzzText.Pick(random, ["0", "-1", "99999999999999"])}\" type=\"image/jpeg\"/>");
            if (random.Next(6) == 0) sb.Append($"<media:content url=\"{Xml(FuzzText.Url(random))}\"><media:title>{Xml(FuzzText.Sentence(random, 4))}</media:title></media:content>");
            if (random.Next(5) == 0) sb.Append(Element(random, "category", FuzzText.Word(random)));
            sb.Append("</item>");
        }
        return sb.Append("</channel></rss>").ToString();
    }

    private static string Rss1(Random random)
    {
        var sb = new StringBuilder(Prolog(random));
        sb.Append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">");
        sb.Append($"<channel rdf:about=\"{Xml(FuzzText.Url(random))}\">").Append(Element(random, "title", FuzzText.Sentence(random, 5))).Append("</channel>");
        for (int i = random.Next(0, 8); i > 0; i--)
        {
            sb.Append($"<item rdf:about=\"{Xml(FuzzText.Url(random))}\">");
            if (random.Next(4) != 0) sb.Append(Element(random, "title", FuzzText.Sentence(random, 8)));
            if (random.Next(2) == 0) sb.Append(Element(random, "link", FuzzText.Url(random)));
            if (random.Next(2) == 0) sb.Append(Element(random, "dc:date", FuzzText.Date(random)));
            if (random.Next(3) == 0) sb.Append(Element(random, "dc:creator", FuzzText.Name(random)));
            if (random.Next(4) != 0) sb.Append(HtmlElement(random, "description"));
            sb.Append("</item>");
        }
        return sb.Append("</rdf:RDF>").ToString();
    }

    private static string Atom(Random random)
    {
        var sb = new StringBuilder(Prolog(random));
        sb.Append("<feed xmlns=\"http://www.w3.org/2005/Atom\"").Append(random.Next(3) == 0 ? $" xml:base=\"{Xml(FuzzText.Url(random))}\"" : "").Append('>');
        sb.Append(Element(random, "title", FuzzText.Sentence(random, 5))).Append(Element(random, "updated", FuzzText.Date(random)));
        for (int i = random.Next(0, 8); i > 0; i--)
        {
            sb.Append("<entry>");
            if (random.Next(5) != 0) sb.Append($"<title type=\"{FuzzText.Pick(random, ["text", "html", "xhtml", "bogus"])}\">{Xml(FuzzText.Sentence(random, 10))}</title>");
            if (random.Next(3) != 0) sb.Append($"<link rel=\"{FuzzText.Pick(random, ["alternate", "self", "enclosure", ""])}\" href=\"{Xml(FuzzText.Url(random))}\"/>");
            if (random.Next(2) == 0) sb.Append(Element(random, "id", FuzzText.Url(random)));
            if (random.Next(2) == 0) sb.Append(Element(random, "published", FuzzText.Date(random)));
            if (random.Next(2) == 0) sb.Append(Element(random, "updated", FuzzText.Date(random)));
            if (random.Next(3) == 0) sb.Append($"<author><name>{Xml(FuzzText.Name(random))}</name>{(random.Next(2) == 0 ? "<email>a@b</email>" : "")}</author>");
            if (random.Next(3) == 0) sb.Append(HtmlElement(random, "summary"));
            if (random.Next(3) != 0)
            {
                sb.Append(random.Next(4) switch
                {
                    0 => $"<content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">{HtmlGrammar.Fragment(random).Replace("&nbsp;", "&#160;")}</div></content>",
                    1 => $"<content type=\"html\">{Xml(HtmlGrammar.Fragment(random))}</content>",
                    2 => $"<content type=\"text\">{Xml(FuzzText.Paragraph(random, 8))}</content>",
                    _ => $"<content src=\"{Xml(FuzzText.Url(random))}\" type=\"{FuzzText.Pick(random, ["text/html", "image/png", "application/xml"])}\"/>",
                });
            }
            sb.Append("</entry>");
        }
        return sb.Append("</feed>").ToString();
    }

    private static string JsonFeed(Random random)
    {
        var items = new List<string>();
        for (int i = random.Next(0, 8); i > 0; i--)
        {
            var members = new List<string>();
            if (random.Next(4) != 0) members.Add($"\"id\":{(random.Next(3) == 0 ? JsonGrammar.Value(random, 3) : JsonGrammar.Str(FuzzText.Url(random)))}");
            if (random.Next(3) != 0) members.Add($"\"url\":{JsonGrammar.Str(FuzzText.Url(random))}");
            if (random.Next(4) != 0) members.Add($"\"title\":{(random.Next(8) == 0 ? JsonGrammar.Value(random, 3) : JsonGrammar.Str(FuzzText.Sentence(random, 10)))}");
            if (random.Next(2) == 0) members.Add($"\"content_html\":{JsonGrammar.Str(HtmlGrammar.Fragment(random))}");
            if (random.Next(2) == 0) members.Add($"\"content_text\":{(random.Next(8) == 0 ? JsonGrammar.Value(random, 3) : JsonGrammar.Str(FuzzText.Paragraph(random, 8)))}");
            if (random.Next(3) == 0) members.Add($"\"summary\":{JsonGrammar.Str(FuzzText.Sentence(random))}");
            if (random.Next(2) == 0) members.Add($"\"date_published\":{(random.Next(6) == 0 ? JsonGrammar.Value(random, 3) : JsonGrammar.Str(FuzzText.Date(random)))}");
            if (random.Next(3) == 0) members.Add($"\"authors\":{(random.Next(4) == 0 ? JsonGrammar.Value(random, 2) : $"[{{\"name\":{JsonGrammar.Str(FuzzText.Name(random))}}}]")}");
            if (random.Next(4) == 0) members.Add($"\"author\":{{\"name\":{JsonGrammar.Str(FuzzText.Name(random))}}}");
            if (random.Next(5) == 0) members.Add($"\"tags\":{JsonGrammar.Value(random, 3)}");
            items.Add("{" + string.Join(",", members) + "}");
        }
        var version = FuzzText.Pick(random, ["https://jsonfeed.org/version/1", "https://jsonfeed.org/version/1.1", "https://jsonfeed.org/version/9", ""]);
        var itemsValue = random.Next(12) == 0 ? JsonGrammar.Value(random, 2) : "[" + string.Join(",", items) + "]";
        return $"{{\"version\":{JsonGrammar.Str(version)},\"title\":{JsonGrammar.Str(FuzzText.Sentence(random, 5))},\"items\":{itemsValue}}}";
    }

    private static string Element(Random random, string name, string value) =>
        random.Next(15) == 0 ? $"<{name}><![CDATA[{value.Replace("]]>", "")}]]></{name}>" : $"<{name}>{Xml(value)}</{name}>";

    /// <summary>HTML in an XML element, as feeds carry it: escaped, in CDATA, or (wrongly) raw.</summary>
    private static string HtmlElement(Random random, string name)
    {
        var html = random.Next(3) == 0 ? FuzzText.Paragraph(random) : HtmlGrammar.Fragment(random);
        return random.Next(6) switch
        {
            0 or 1 => $"<{name}><![CDATA[{html.Replace("]]>", "")}]]></{name}>",
            2 => $"<{name}>{html}</{name}>",
            _ => $"<{name}>{Xml(html)}</{name}>",
        };
    }

    /// <summary>Escapes text for XML content and attributes; characters XML 1.0 forbids stay, so some documents are ill-formed on purpose.</summary>
    public static string Xml(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;");
}
