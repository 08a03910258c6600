using System.Text;
using Sitrep.Ingest.Feeds;
using Xunit;

namespace Sitrep.Ingest.Tests.Feeds;

public sealed class FeedReaderTests
{
    private static FeedDocument Read(string xml) => FeedReader.Read("feed.xml", Encoding.UTF8.GetBytes(xml));

    private static Feed ReadFeed(string xml)
    {
        var document = Read(xml);
        Assert.Null(document.Error);
        return document.Feed!;
    }

    [Fact]
    public void Rss2_items_become_articles_with_the_channel_as_site()
    {
        var feed = ReadFeed("""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
              <channel>
                <title>Harbour Gazette</title>
                <language>en-gb</language>
                <item>
                  <title>Pier reopens after &lt;b&gt;repairs&lt;/b&gt;</title>
                  <link>https://example.org/pier</link>
                  <description>Short teaser.</description>
                  <content:encoded><![CDATA[<p>The pier reopened on Monday.</p><p>Repairs took <em>the whole</em> winter.</p>]]></content:encoded>
                  <pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate>
                  <dc:creator>Ann Lee</dc:creator>
                </item>
              </channel>
            </rss>
            """);

        var article = Assert.Single(feed.Articles);
        Assert.Equal("Harbour Gazette", feed.Title);
        Assert.Equal("Pier reopens after repairs", article.Title);
        Assert.Equal("The pier reopened on Monday.\n\nRepairs took the whole winter.", article.Text);
        Assert.Equal("https://example.org/pier", article.Url);
        Assert.Equal("2003-06-10", article.Published.ToString());
        Assert.Equal("Ann Lee", article.Author);
        Assert.Equal("Harbour Gazette", article.Site);
        Assert.Equal("en", article.Language);
        Assert.Equal("feed.xml", article.Path);
    }

    [Fact]
    public void Html_in_a_description_is_stripped_to_paragraphs()
    {
        var feed = ReadFeed("""
            <rss version="2.0"><channel><title>T</title>
              <item><title>Storm</title><guid>https://example.org/storm</guid>
                <description>&lt;div&gt;&lt;img src="x.jpg"/&gt;&lt;p&gt;Winds reached 90 km/h.&lt;/p&gt;&lt;p&gt;Ferries &amp;amp; trains stopped.&lt;br/&gt;Schools shut.&lt;/p&gt;&lt;/div&gt;</description>
              </item>
            </channel></rss>
            """);

        var article = Assert.Single(feed.Articles);
        Assert.Equal("Winds reached 90 km/h.\n\nFerries & trains stopped.\nSchools shut.", article.Text);
        Assert.Equal("https://example.org/storm", article.Url);
    }

    [Fact]
    public void Rss091_naming_a_doctype_is_read_without_fetching_it()
    {
        var feed = ReadFeed("""
            <?xml version="1.0"?>
            <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
            <rss version="0.91"><channel><title>Old site</title>
              <item><title>Council meets</title><link>https://example.org/c</link><description>The council met on Friday.</description></item>
            </channel></rss>
            """);

        Assert.Equal("The council met on Friday.", Assert.Single(feed.Articles).Text);
    }

    [Fact]
    public void Rss1_items_beside_the_channel_are_read_with_dublin_core_dates()
    {
        var feed = ReadFeed("""
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="https://example.org/"><title>Valley News</title></channel>
              <item rdf:about="https://example.org/dam">
                <title>Dam inspected</title><link>https://example.org/dam</link>
                <description>Engineers inspected the dam.</description>
                <dc:date>2021-10-14T13:00:00Z</dc:date><dc:creator>Bo Chen</dc:creator>
              </item>
            </rdf:RDF>
            """);

        var article = Assert.Single(feed.Articles);
        Assert.Equal("Valley News", article.Site);
        Assert.Equal("2021-10-14", article.Published.ToString());
        Assert.Equal("Bo Chen", article.Author);
    }

    [Fact]
    public void Atom_entries_take_content_then_summary_and_the_alternate_link()
    {
        var feed = ReadFeed("""
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">
              <title>Stadtblatt</title>
              <author><name>Redaktion</name></author>
              <entry>
                <title type="html">Markt &lt;i&gt;öffnet&lt;/i&gt;</title>
                <link rel="self" href="https://example.org/api/1"/>
                <link href="https://example.org/markt"/>
                <published>2023-12-16T01:30:00+02:00</published>
                <updated>2023-12-17T00:00:00Z</updated>
                <summary>Kurz.</summary>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Der Markt öffnet.</p><p>Am Samstag.</p></div></content>
              </entry>
              <entry>
                <title>Zweiter</title>
                <updated>2023-12-18T10:00:00Z</updated>
                <author><name>Eva Roth</name></author>
                <summary type="text">Nur eine Zusammenfassung.</summary>
              </entry>
            </feed>
            """);

        Assert.Equal(2, feed.Articles.Count);
        var first = feed.Articles[0];
        Assert.Equal("Markt öffnet", first.Title);
        Assert.Equal("Der Markt öffnet.\n\nAm Samstag.", first.Text);
        Assert.Equal("https://example.org/markt", first.Url);
        Assert.Equal("2023-12-16", first.Published.ToString());
        Assert.Equal("Redaktion", first.Author);
        Assert.Equal("de", first.Language);
        var second = feed.Articles[1];
        Assert.Equal("Nur eine Zusammenfassung.", second.Text);
        Assert.Equal("2023-12-18", second.Published.ToString());
        Assert.Equal("Eva Roth", second.Author);
    }

    [Fact]
    public void Json_feed_items_become_articles()
    {
        var feed = ReadFeed("""
            {"version": "https://jsonfeed.org/version/1.1", "title": "Lake Log", "language": "en",
             "authors": [{"name": "Kim Park"}],
             "items": [
               {"id": "1", "url": "https://example.org/ice", "title": "Ice forms", "content_html": "<p>Ice formed early.</p><p>Skaters wait.</p>", "date_published": "2021-12-01T08:00:00-05:00"},
               {"id": "2", "title": "Plain", "content_text": "Line one\nstill one.\n\nLine two."},
               {"id": "3", "title": "Empty"}
             ]}
            """);

        Assert.Equal(2, feed.Articles.Count);
        Assert.Equal("Ice formed early.\n\nSkaters wait.", feed.Articles[0].Text);
        Assert.Equal("2021-12-01", feed.Articles[0].Published.ToString());
        Assert.Equal("Kim Park", feed.Articles[0].Author);
        Assert.Equal("Lake Log", feed.Articles[0].Site);
        Assert.Equal("Line one still one.\n\nLine two.", feed.Articles[1].Text);
        Assert.Equal(1, feed.Skipped[Feed.NoText]);
    }

    [Fact]
    public void Items_without_text_are_skipped_and_counted_not_errors()
    {
        var feed = ReadFeed("""
            <rss version="2.0"><channel><title>T</title>
              <item><title>Only a title</title><link>https://example.org/a</link></item>
              <item><title>Blank</title><description>   </description></item>
              <item><description>Text without a title. Second sentence.</description></item>
            </channel></rss>
            """);

        var article = Assert.Single(feed.Articles);
        Assert.Equal("Text without a title. Second sentence.", article.Title);
        Assert.Equal(2, feed.Skipped[Feed.NoText]);
    }

    [Fact]
    public void Encoding_comes_from_the_xml_declaration()
    {
        var xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>Notícias</title>"
            + "<item><title>Informação</title><description>Técnicas úteis.</description></item></channel></rss>";

        var document = FeedReader.Read("feed.xml", Encoding.Latin1.GetBytes(xml));

        var article = Assert.Single(document.Feed!.Articles);
        Assert.Equal("Notícias", article.Site);
        Assert.Equal("Informação", article.Title);
        Assert.Equal("Técnicas úteis.", article.Text);
    }

    [Fact]
    public void An_entity_expansion_bomb_is_refused_without_expanding_it()
    {
        var entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++)
            entities.Append($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">");
        var xml = $"<?xml version=\"1.0\"?><!DOCTYPE rss [{entities}]><rss version=\"2.0\"><channel><title>&lol9;</title></channel></rss>";

        var document = Read(xml);

        Assert.Null(document.Feed);
        Assert.StartsWith("XML refers to entity &lol9; at line 1: only XML's own five entities are read", document.Error);
    }

    [Fact]
    public void An_external_entity_is_refused()
    {
        var document = Read("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
            + "<rss version=\"2.0\"><channel><title>&xxe;</title></channel></rss>");

        Assert.StartsWith("XML refers to entity &xxe; at line 1", document.Error);
    }

    [Fact]
    public void A_truncated_feed_is_an_error()
    {
        var document = Read("<rss version=\"2.0\"><channel><title>T</title><item><title>Cut");

        Assert.StartsWith("XML ends before the document is complete (truncated?)", document.Error);
    }

    [Fact]
    public void An_rss_author_address_gives_the_name_beside_it()
    {
        var feed = ReadFeed("""
            <rss version="2.0"><channel><title>T</title>
              <item><description>One.</description><author>desk@example.org (Ann Lee)</author></item>
              <item><description>Two.</description><author>desk@example.org</author></item>
            </channel></rss>
            """);

        Assert.Equal(["Ann Lee", "desk@example.org"], feed.Articles.Select(a => a.Author));
    }

    [Fact]
    public void An_empty_file_is_an_error() => Assert.Equal("empty file", Read(" \n").Error);

    [Fact]
    public void Xml_that_is_not_a_feed_says_so()
    {
        Assert.Equal("XML but not a feed or sitemap (root element <html>)", Read("<html><body/></html>").Error);
        Assert.Equal("RSS without a <channel> element", Read("<rss version=\"2.0\"/>").Error);
    }

    [Fact]
    public void A_news_sitemap_lists_urls_with_publication_dates_and_titles()
    {
        var document = Read("""
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
              <url><loc>https://example.org/a</loc>
                <news:news><news:publication><news:name>Gazette</news:name><news:language>en</news:language></news:publication>
                  <news:publication_date>2024-03-02T10:00:00Z</news:publication_date><news:title>Bridge closes</news:title></news:news>
              </url>
              <url><loc>https://example.org/b</loc><lastmod>2024-03-01</lastmod></url>
            </urlset>
            """);

        var sitemap = document.Sitemap!;
        Assert.False(sitemap.IsIndex);
        Assert.Equal(
            [new SitemapEntry("https://example.org/a", new(2024, 3, 2), "Bridge closes"), new SitemapEntry("https://example.org/b", null, null)],
            sitemap.Entries);
    }

    [Fact]
    public void A_sitemap_index_lists_its_sitemaps()
    {
        var document = Read("""
            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <sitemap><loc>https://example.org/news.xml</loc></sitemap>
              <sitemap><loc>https://example.org/archive.xml</loc></sitemap>
            </sitemapindex>
            """);

        Assert.True(document.Sitemap!.IsIndex);
        Assert.Equal(["https://example.org/news.xml", "https://example.org/archive.xml"], document.Sitemap.Entries.Select(e => e.Url));
    }

    [Fact]
    public void A_json_feed_with_broken_utf8_is_one_error()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":[{\"title\":\"Bridge X\",\"content_text\":\"Closed.\"}]}");
        bytes[Array.IndexOf(bytes, (byte)'X')] = 0xC3; // a lead byte with no continuation

        var document = FeedReader.Read("feed.json", bytes);

        Assert.Null(document.Feed);
        Assert.Equal("JSON Feed is not valid UTF-8", document.Error);
    }
}
