namespace Sitrep.Ingest.Web;

/// <summary>
/// What one host's robots.txt lets Sitrep fetch (RFC 9309): the rules of the group naming our product token,
/// else of the "*" group; the longest matching pattern decides, Allow winning a tie; "*" matches any run of
/// characters and a final "$" anchors the end. Crawl-delay, not in the RFC but widely used, is kept as the
/// host's minimum delay. A host whose robots.txt could not be read is <see cref="Blocked"/> for the run.
/// </summary>
public sealed class RobotsRules
{
    private readonly List<(string Pattern, bool Allow)> _rules;

    private RobotsRules(List<(string, bool)> rules, TimeSpan? crawlDelay, string? blockedReason)
    {
        _rules = rules;
        CrawlDelay = crawlDelay;
        BlockedReason = blockedReason;
    }

    public TimeSpan? CrawlDelay { get; }

    /// <summary>Why nothing on the host may be fetched this run (robots.txt unreachable), or null.</summary>
    public string? BlockedReason { get; }

    public static RobotsRules AllowAll { get; } = new([], null, null);

    public static RobotsRules Blocked(string reason) => new([], null, reason);

    /// <summary>Whether the path (with its query, percent-encoded as sent) may be fetched.</summary>
    public bool Allows(string pathAndQuery)
    {
        if (BlockedReason is not null) return false;
        if (pathAndQuery == "/robots.txt") return true;
        int bestLength = -1;
        bool allowed = true;
        foreach (var (pattern, allow) in _rules)
        {
            if (pattern.Length < bestLength || !Matches(pattern, pathAndQuery)) continue;
            if (pattern.Length > bestLength || allow) allowed = allow;
            bestLength = pattern.Length;
        }
        return allowed;
    }

    public static RobotsRules Parse(string text, string productToken = FetchOptions.RobotsAgent)
    {
        var ours = new List<(string, bool)>();
        var anyone = new List<(string, bool)>();
        TimeSpan? ourDelay = null, anyoneDelay = null;
        bool oursFound = false;
        // The agents of the group being read; a user-agent line after a rule starts a new group.
        var agents = new List<string>();
        bool inRules = false;
        foreach (var rawLine in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = rawLine;
            int hash = line.IndexOf('#');
            if (hash >= 0) line = line[..hash];
            int colon = line.IndexOf(':');
            if (colon < 0) continue;
            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (key is "user-agent" or "useragent")
            {
                if (inRules) agents.Clear();
                inRules = false;
                agents.Add(value);
                continue;
            }
            // Rules before any user-agent line belong to no group; Sitemap and unknown lines belong to none either.
            if (agents.Count == 0 || key is not ("allow" or "disallow" or "crawl-delay")) continue;
            inRules = true;
            bool isOurs = agents.Any(a => IsToken(a, productToken));
            bool isAnyone = agents.Contains("*");
            oursFound |= isOurs;
            switch (key)
            {
                case "allow" or "disallow":
                    // An empty Disallow allows everything; an empty Allow says nothing.
                    if (value.Length == 0) break;
                    var rule = (value, key == "allow");
                    if (isOurs) ours.Add(rule);
                    if (isAnyone) anyone.Add(rule);
                    break;
                case "crawl-delay":
                    if (double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
                        && seconds >= 0 && seconds < 86_400)
                    {
                        if (isOurs) ourDelay = TimeSpan.FromSeconds(seconds);
                        if (isAnyone) anyoneDelay = TimeSpan.FromSeconds(seconds);
                    }
                    break;
            }
        }
        return oursFound ? new RobotsRules(ours, ourDelay, null) : new RobotsRules(anyone, anyoneDelay, null);
    }

    /// <summary>"Sitrep", "sitrep/2.0" and "SITREP" all name us (RFC 9309 §2.2.1: case-insensitive, version ignored).</summary>
    private static bool IsToken(string agent, string token)
    {
        int slash = agent.IndexOf('/');
        var name = slash >= 0 ? agent[..slash] : agent;
        return name.Trim().Equals(token, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Whether the pattern matches a prefix of the path ('*' any run, final '$' the end). Greedy matching with
    /// one backtrack point per '*' keeps it O(pattern × path) whatever the pattern, so a hostile file cannot stall us.
    /// </summary>
    internal static bool Matches(string pattern, string path)
    {
        bool anchored = pattern.EndsWith('$');
        var p = anchored ? pattern.AsSpan(0, pattern.Length - 1) : pattern.AsSpan();
        int pi = 0, si = 0, starP = -1, starS = 0;
        while (true)
        {
            if (pi == p.Length)
            {
                if (!anchored || si == path.Length) return true;
            }
            else if (p[pi] == '*')
            {
                starP = pi++;
                starS = si;
                continue;
            }
            else if (si < path.Length && p[pi] == path[si])
            {
                pi++;
                si++;
                continue;
            }
            if (starP < 0 || starS >= path.Length) return false;
            pi = starP + 1;
            si = ++starS;
        }
    }
}
