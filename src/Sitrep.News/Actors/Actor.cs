namespace Sitrep.News.Actors;

/// <summary>A canonical actor: a person or organisation with its aliases and the codes it held over time.</summary>
public sealed record Actor(string Id, ActorKind Kind, string Name, IReadOnlyList<ActorRole> Roles, IReadOnlyList<string> Aliases)
{
    /// <summary>
    /// The code that holds on <paramref name="date"/>: among the roles in force, the one that started
    /// last (a later office overrides a standing "elite" code), the first listed on a tie; without a
    /// date, the latest role.
    /// </summary>
    public string? CodeOn(DateOnly? date)
    {
        if (Roles.Count == 0) return null;
        IEnumerable<ActorRole> candidates = date is { } d ? Roles.Where(r => r.HoldsOn(d)) : Roles;
        var best = candidates.OrderByDescending(r => r.From ?? DateOnly.MinValue).ThenByDescending(r => r.Code.Length).FirstOrDefault();
        return (best ?? Roles.OrderByDescending(r => r.Until ?? DateOnly.MaxValue).First()).Code;
    }
}
