using System.Text;

namespace Sitrep.Tests.Fuzzing;

/// <summary>Sitemaps (sitemaps.org 0.9) and sitemap indexes, with the Google News, image and hreflang extensions.</summary>
public sealed class SitemapGrammar : IFuzzGrammar
{
    public static readonly SitemapGrammar Instance = new();

    public IReadOnlyList<FuzzSeed> Seeds { get; } =
    [
        FuzzSeed.Text("sitemap.xml", """
            <?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
            <url><loc>https://ledger.example/a</loc><lastmod>2023-11-07</lastmod><news:news><news:publication><news:name>Ledger</news:name><news:language>en</news:language></news:publication>
            <news:publication_date>2023-11-07T08:00:00Z</news:publication_date><news:title>Bridge closes</news:title></news:news></url>
            <url><loc>https://ledger.example/b</loc></url></urlset>
            """),
        FuzzSeed.Text("sitemap_index.xml", """
            <?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
            <sitemap><loc>https://ledger.example/sitemap-1.xml</loc><lastmod>2023-11-07</lastmod></sitemap>
            <sitemap><loc>https://ledger.example/sitemap-2.xml.gz</loc></sitemap></sitemapindex>
            """),
    ];

    public IReadOnlyList<string> NastyTokens { get; } =
    [
        "<url>", "</url>", "<loc>", "</loc>", "<sitemap>", "<news:news>", "<news:title>", "<news:publication_date>", "<lastmod>",
        "<![CDATA[", "]]>", "&amp;", "&", "&#0;", "<!DOCTYPE urlset [<!ENTITY x \"xx\">]>", "&x;", "</urlset>", "xmlns=\"\"",
        "<image:image><image:loc>", "<xhtml:link rel=\"alternate\" hreflang=\"x\" href=\"\"/>", " ", "\t", "javascript:x",
    ];

    public FuzzSeed Generate(Random random)
    {
        bool index = random.Next(4) == 0;
        var sb = new StringBuilder(random.Next(8) == 0 ? "" : "<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        sb.Append(index ? "<sitemapindex" : "<urlset").Append(" xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"");
        sb.Append(" xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\" xmlns:image=\"http://www.google.com/schemas/sitemap-image/1.1\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">");
        int count = random.Next(20) == 0 ? random.Next(1000, 5000) : random.Next(0, 12);
        for (int i = 0; i < count; i++)
        {
            sb.Append(index ? "<sitemap>" : "<url>");
            if (random.Next(8) != 0) sb.Append("<loc>").Append(FeedGrammar.Xml(random.Next(6) == 0 ? " " + FuzzText.Url(random) + "\n" : FuzzText.Url(random))).Append("</loc>");
            if (random.Next(3) == 0) sb.Append("<lastmod>").Append(FeedGrammar.Xml(FuzzText.Date(random))).Append("</lastmod>");
            if (!index && random.Next(2) == 0)
            {
                sb.Append("<news:news>");
                if (random.Next(2) == 0) sb.Append($"<news:publication><news:name>{FeedGrammar.Xml(FuzzText.Word(random))}</news:name><news:language>{FuzzText.Pick(random, ["en", "zh-cn", "", "xx"])}</news:language></news:publication>");
                if (random.Next(4) != 0) sb.Append("<news:publication_date>").Append(FeedGrammar.Xml(FuzzText.Date(random))).Append("</news:publication_date>");
                if (random.Next(4) != 0) sb.Append("<news:title>").Append(FeedGrammar.Xml(FuzzText.Sentence(random, 10))).Append("</news:title>");
                sb.Append("</news:news>");
            }
            if (!index && random.Next(6) == 0) sb.Append($"<image:image><image:loc>{FeedGrammar.Xml(FuzzText.Url(random))}</image:loc></image:image>");
            if (!index && random.Next(8) == 0) sb.Append($"<xhtml:link rel=\"alternate\" hreflang=\"de\" href=\"{FeedGrammar.Xml(FuzzText.Url(random))}\"/>");
            sb.Append(index ? "</sitemap>" : "</url>");
        }
        sb.Append(index ? "</sitemapindex>" : "</urlset>");
        return new FuzzSeed(FuzzText.Pick(random, ["sitemap.xml", "news-sitemap.xml", "sitemap_index.xml"]), Encoding.UTF8.GetBytes(sb.ToString()));
    }
}
