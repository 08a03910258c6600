namespace Sitrep.News.Actors;

/// <summary>A CAMEO-style code (country + role, e.g. USAGOV, IGOWSTNAT) that holds over a date range (open ends are null).</summary>
public sealed record ActorRole(string Code, DateOnly? From, DateOnly? Until)
{
    public bool HoldsOn(DateOnly date) => (From is null || From <= date) && (Until is null || date <= Until);

    public override string ToString() => $"{Code}:{From:yyyy-MM-dd}:{Until:yyyy-MM-dd}";

    public static ActorRole Parse(string s)
    {
        var parts = s.Split(':');
        static DateOnly? D(string p) => p.Length == 0 ? null : DateOnly.ParseExact(p, "yyyy-MM-dd");
        return new ActorRole(parts[0], parts.Length > 1 ? D(parts[1]) : null, parts.Length > 2 ? D(parts[2]) : null);
    }
}
