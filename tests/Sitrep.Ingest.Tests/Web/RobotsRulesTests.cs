using Sitrep.Ingest.Web;
using Xunit;

namespace Sitrep.Ingest.Tests.Web;

/// <summary>robots.txt as RFC 9309 reads it: groups, longest match, Allow on ties, '*' and '$', Crawl-delay.</summary>
public sealed class RobotsRulesTests
{
    private const string Mixed = """
        # comment
        User-agent: OtherBot
        Disallow: /

        User-agent: *
        Disallow: /private/
        Allow: /private/open
        Disallow: /*.pdf$
        Disallow: /search?q=
        Crawl-delay: 2.5
        Sitemap: https://example.org/sitemap.xml
        """;

    [Theory]
    [InlineData("/news/story", true)]
    [InlineData("/private/notes", false)]
    [InlineData("/private/open/day", true)]   // the longer Allow wins
    [InlineData("/files/report.pdf", false)]  // '*' and '$'
    [InlineData("/files/report.pdf?x=1", true)] // '$' anchors the end
    [InlineData("/search?q=kabul", false)]
    [InlineData("/robots.txt", true)]
    public void Star_group_applies_when_none_names_us(string path, bool allowed) =>
        Assert.Equal(allowed, RobotsRules.Parse(Mixed).Allows(path));

    [Fact]
    public void Crawl_delay_of_the_chosen_group_is_kept() =>
        Assert.Equal(TimeSpan.FromSeconds(2.5), RobotsRules.Parse(Mixed).CrawlDelay);

    [Theory]
    [InlineData("User-agent: sitrep/2.0\nDisallow: /a\n\nUser-agent: *\nDisallow: /", "/b", true)]
    [InlineData("User-agent: SITREP\nDisallow: /a\n\nUser-agent: *\nDisallow: /", "/a/x", false)]
    [InlineData("User-agent: x\nUser-agent: sitrep\nDisallow: /shared\n", "/shared", false)]  // one group, two agents
    [InlineData("User-agent: sitrep\nDisallow: /a\nUser-agent: sitrep\nDisallow: /b\n", "/b", false)]  // groups for us combine
    [InlineData("User-agent: sitrepbot\nDisallow: /\n", "/a", true)]  // another product, not a prefix of ours
    [InlineData("User-agent: *\nAllow: /page\nDisallow: /page\n", "/page", true)]  // a tie goes to Allow
    [InlineData("User-agent: *\nDisallow:\n", "/anything", true)]  // empty Disallow allows all
    [InlineData("Disallow: /\nUser-agent: *\nAllow: /\n", "/x", true)]  // rules before any group are ignored
    [InlineData("User-agent: *\nDisallow: /a*b*c*d*e*f*g*h*i*j$\n", "/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", true)]
    public void Groups_and_matching(string robots, string path, bool allowed) =>
        Assert.Equal(allowed, RobotsRules.Parse(robots).Allows(path));

    [Fact]
    public void Blocked_site_allows_nothing()
    {
        var rules = RobotsRules.Blocked("robots.txt unavailable");
        Assert.False(rules.Allows("/"));
        Assert.Equal("robots.txt unavailable", rules.BlockedReason);
    }
}
