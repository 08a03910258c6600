using System.Text;

namespace Sitrep.Tests.Fuzzing;

/// <summary>
/// robots.txt files (RFC 9309): groups of user-agent lines and allow/disallow rules with "*" and "$" patterns,
/// crawl-delays of every shape, sitemaps, comments and junk lines, with any line ending.
/// </summary>
public sealed class RobotsGrammar : IFuzzGrammar
{
    public static readonly RobotsGrammar Instance = new();

    private static readonly string[] Agents = ["*", "Sitrep", "sitrep/2.0", "SITREP", "Googlebot", "", " * ", "Sitrep Bot", "sitrep*"];
    private static readonly string[] Patterns = ["/", "/private/", "/*.pdf$", "/*?*", "$", "*", "**", "/a*b*c*d*e*f*g$", "/%E2%82%AC/", "/€/", "/search?q=", "/news/$", "", "/*/*/*/*/*/*/*/*/*/*/*/*", "/\u0000", "/ space"];

    public IReadOnlyList<FuzzSeed> Seeds { get; } =
    [
        FuzzSeed.Text("robots.txt", """
            # Courier robots
            User-agent: *
            Disallow: /private/
            Allow: /private/public.html
            Crawl-delay: 2

            User-agent: Sitrep
            User-agent: OtherBot
            Disallow: /*.pdf$
            Allow: /
            Crawl-delay: 0.5

            Sitemap: https://courier.example/sitemap.xml
            """),
        FuzzSeed.Text("robots.txt", "User-agent: *\r\nDisallow: /\r\nAllow: /news/$\r\nDisallow:\r\n"),
    ];

    public IReadOnlyList<string> NastyTokens { get; } =
    [
        "User-agent: *\n", "User-agent: Sitrep\n", "Disallow: /\n", "Allow: /\n", "Disallow: *\n", "Crawl-delay: 1e400\n", "Crawl-delay: -1\n",
        "Crawl-delay: NaN\n", "Crawl-delay: 86399.9999\n", ":", "#", "\r", "\n", "$", "*", new string('*', 2000), "/" + new string('a', 5000) + "$", "useragent:",
    ];

    public FuzzSeed Generate(Random random)
    {
        var newline = FuzzText.Pick(random, ["\n", "\r\n", "\r"]);
        var sb = new StringBuilder();
        if (random.Next(10) == 0) sb.Append('\uFEFF');
        for (int group = random.Next(0, 6); group > 0; group--)
        {
            for (int a = random.Next(1, 3); a > 0; a--) sb.Append(Key(random, "User-agent")).Append(FuzzText.Pick(random, Agents)).Append(newline);
            for (int r = random.Next(0, 8); r > 0; r--)
            {
                switch (random.Next(8))
                {
                    case 0: sb.Append(Key(random, "Crawl-delay")).Append(FuzzText.Pick(random, ["1", "0.5", "0", "-1", "1e400", "NaN", "86400", "abc", "10 s"])); break;
                    case 1: sb.Append("Sitemap: ").Append(FuzzText.Url(random)); break;
                    case 2: sb.Append("# ").Append(FuzzText.Sentence(random)); break;
                    case 3: sb.Append(FuzzText.Sentence(random)); break;
                    default: sb.Append(Key(random, random.Next(2) == 0 ? "Allow" : "Disallow")).Append(Pattern(random)); break;
                }
                if (random.Next(8) == 0) sb.Append(" # trailing comment");
                sb.Append(newline);
            }
            if (random.Next(2) == 0) sb.Append(newline);
        }
        return new FuzzSeed("robots.txt", Encoding.UTF8.GetBytes(sb.ToString()));
    }

    private static string Key(Random random, string key) => random.Next(6) switch
    {
        0 => key.ToLowerInvariant() + ":",
        1 => key.ToUpperInvariant() + " : ",
        2 => " " + key + ":\t",
        _ => key + ": ",
    };

    private static string Pattern(Random random)
    {
        var pattern = FuzzText.Pick(random, Patterns);
        if (random.Next(4) == 0) pattern += FuzzText.Word(random);
        if (random.Next(10) == 0) pattern = string.Concat(Enumerable.Repeat("*a", random.Next(10, 500))) + "$";
        return pattern;
    }

    /// <summary>
    /// The paths checked against the rules read from <paramref name="text"/>: each rule's own pattern with and without
    /// its stars and anchors, and with a long tail, plus the paths crawlers ask about most.
    /// </summary>
    public static IEnumerable<string> PathsToCheck(string text)
    {
        yield return "/";
        yield return "/robots.txt";
        yield return "/news/2024/03/14/market.html?x=1";
        yield return "/" + new string('a', 2000);
        foreach (var line in text.Split('\n').Take(200))
        {
            int colon = line.IndexOf(':');
            if (colon < 0) continue;
            var value = line[(colon + 1)..].Trim();
            if (value.Length == 0) continue;
            yield return value;
            yield return value.Replace("*", "").TrimEnd('$');
            yield return value.Replace("*", "xyz").TrimEnd('$') + "/tail";
            yield return value + new string('b', 300);
        }
    }
}
