using System.Text;
using Sitrep.Ingest.Feeds;
using Sitrep.Ingest.Tests.Support;
using Sitrep.Tests.Support;
using Xunit;

namespace Sitrep.Ingest.Tests.Feeds;

/// <summary>
/// A mutation harness over the feed readers, in the manner of the HTML and WARC ones: well-formed RSS 2.0,
/// RSS 1.0, Atom, JSON Feed and sitemap seeds (and the real feeds in ../shared/data/corpus/feeds when present)
/// are cut, spliced with markup, entities and DTD fragments, and every mutant must read to results that are
/// each an article or an error, never an exception, within a time bound.
/// </summary>
public class FeedReaderFuzzTests
{
    private static readonly TimeSpan PerInput = TimeSpan.FromSeconds(20);

    private static readonly string[] Seeds =
    [
        """
        <?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Harbour Post</title>
        <link>https://harbour.example/</link><language>en</language>
        <item><title>Pier reopens</title><link>https://harbour.example/pier</link><pubDate>Tue, 07 Nov 2023 09:30:00 +0000</pubDate>
        <dc:creator>Pat Lind</dc:creator><description><![CDATA[<p>The pier reopened on Tuesday after <b>repairs</b>.</p>]]></description></item>
        <item><title>Market</title><guid>m-1</guid><description>The market hall opened late &amp; stayed open.</description></item>
        </channel></rss>
        """,
        """
        <?xml version="1.0" encoding="iso-8859-1"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
        <channel rdf:about="https://harbour.example/"><title>Harbour</title></channel>
        <item rdf:about="https://harbour.example/ferry"><title>Ferry</title><description>The ferry ran again on Monday.</description></item></rdf:RDF>
        """,
        """
        <?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Courier</title><updated>2023-11-07T10:00:00Z</updated>
        <entry><title type="html">Depot &lt;b&gt;rebuilt&lt;/b&gt;</title><link href="https://courier.example/depot"/><id>tag:courier,2023:1</id>
        <published>2023-11-07T08:00:00+01:00</published><author><name>Sam Oduya</name></author>
        <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The council voted to rebuild the depot.</p></div></content></entry></feed>
        """,
        """
        {"version":"https://jsonfeed.org/version/1.1","title":"Ledger","items":[{"id":"1","url":"https://ledger.example/1","title":"Bridge",
        "content_html":"<p>The bridge closed for a week.</p>","date_published":"2023-11-07T08:00:00Z","authors":[{"name":"Kim Aro"}]},
        {"id":"2","content_text":"Trains resumed.","tags":["rail"]}]}
        """,
        """
        <?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
        <url><loc>https://ledger.example/a</loc><news:news><news:publication_date>2023-11-07</news:publication_date><news:title>A</news:title></news:news></url></urlset>
        """,
    ];

    private static readonly string[] Fragments =
    [
        "<item>", "</item>", "<entry>", "</entry>", "<title>", "</title>", "<![CDATA[", "]]>", "<!--", "-->", "&amp;", "&", "&#0;", "&#x110000;",
        "&undefined;", "<!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\">]>", "<!ENTITY b SYSTEM \"file:///etc/passwd\">", "&a;&a;&a;",
        "<?xml version=\"1.0\" encoding=\"utf-16\"?>", "<?xml version=\"1.0\" encoding=\"bogus\"?>", "<pubDate>32 Foo 99999</pubDate>",
        "<link>javascript:alert(1)</link>", "{", "}", "[", "]", "\"", ",", ":null", "\"items\":", "\0", "\uFFFD", "<", ">", "xmlns=\"x\"",
    ];

    private static readonly Mutator Mutations = new(Fragments, maxEdits: 10);

    private static readonly string[] Names = ["feed.rss", "feed.rdf.xml", "feed.atom", "feed.json", "sitemap.xml"];

    [Fact]
    public void Mutated_feeds_never_throw()
    {
        var random = new Random(20261122);
        for (int i = 0; i < 1000; i++)
        {
            int k = i % Seeds.Length;
            AssertReadsOrFails(Names[k], Mutations.Mutate(Encoding.UTF8.GetBytes(Seeds[k]), random));
        }
    }

    [Fact]
    public void Random_bytes_never_throw()
    {
        int i = 0;
        foreach (var bytes in Mutator.RandomInputs(seed: 7, count: 200, header: "<?xml version=\"1.0\"?><rss><channel>"u8.ToArray()))
            AssertReadsOrFails(Names[i++ % Names.Length], bytes);
    }

    [SharedDataFact(SharedData.FeedRsFolder)]
    public void Mutated_real_feeds_never_throw()
    {
        var folder = SharedData.Find(SharedData.FeedRsFolder)!;
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".md", StringComparison.OrdinalIgnoreCase)).Order().ToList();
        Assert.NotEmpty(files);
        var random = new Random(3);
        for (int i = 0; i < 300; i++)
        {
            var file = files[i % files.Count];
            var seed = File.ReadAllBytes(file);
            AssertReadsOrFails(Path.GetFileName(file), i % 3 == 0 ? Mutator.Damage(seed, random) : Mutations.Mutate(seed, random));
        }
    }

    private static void AssertReadsOrFails(string name, byte[] bytes)
    {
        var results = Mutator.WithinTime(() => FeedArticleReader.Read(name, bytes).ToList(), PerInput);
        Assert.All(results, r => Assert.True(r.IsWellFormed, "an article, an error or a note: one of them"));
    }
}
