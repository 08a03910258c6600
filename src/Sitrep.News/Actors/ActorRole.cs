namespace Sitrep.News.Actors;

/// <summary>
/// A CAMEO-style code (country + role, e.g. USAGOV, IGOWSTNAT) that holds over a date range (open ends are null),
/// optionally with the office it stands for ("president", "foreign minister"; alternatives separated by '/'),
/// so that "the US President" can be read as whoever held that office on the article's date.
/// </summary>
public sealed record ActorRole(string Code, DateOnly? From, DateOnly? Until, string? Office = null)
{
    public bool HoldsOn(DateOnly date) => (From is null || From <= date) && (Until is null || date <= Until);

    /// <summary>The office's names: "secretary of defense/defense secretary" gives both.</summary>
    public IEnumerable<string> OfficeNames => Office is null ? [] : Office.Split('/', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    public override string ToString() => Office is null ? $"{Code}:{From:yyyy-MM-dd}:{Until:yyyy-MM-dd}" : $"{Code}:{From:yyyy-MM-dd}:{Until:yyyy-MM-dd}:{Office}";

    /// <summary>
    /// A reviewed overlay's roles laid over converted ones (the dictionaries stop around 2014–2019): a converted
    /// role left open ("USAGOV from 2009-01-20") ends the day before the first overlay role that starts after
    /// it, and a converted role that then repeats an overlay role's code and dates gives way to it. Overlay
    /// roles come first, so on a tie the reviewed one wins.
    /// </summary>
    public static List<ActorRole> Merge(IReadOnlyList<ActorRole> overlay, IReadOnlyList<ActorRole> converted)
    {
        var merged = new List<ActorRole>(overlay);
        foreach (var role in converted)
        {
            var r = role;
            if (r is { From: { } from, Until: null } && overlay.Where(o => o.From > from).Min(o => o.From) is { } next)
                r = r with { Until = next.AddDays(-1) };
            if (!merged.Any(o => o.Code == r.Code && o.From == r.From && o.Until == r.Until)) merged.Add(r);
        }
        return merged;
    }

    public static ActorRole Parse(string s)
    {
        var parts = s.Split(':');
        static DateOnly? D(string p) => p.Length == 0 ? null : DateOnly.ParseExact(p, "yyyy-MM-dd");
        return new ActorRole(parts[0], parts.Length > 1 ? D(parts[1]) : null, parts.Length > 2 ? D(parts[2]) : null,
            parts.Length > 3 && parts[3].Length > 0 ? parts[3] : null);
    }
}
