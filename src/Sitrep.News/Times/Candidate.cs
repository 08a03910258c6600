namespace Sitrep.News.Times;

/// <summary>A rule's match: it ends before token <see cref="End"/> and carries the TIMEX3 attributes.</summary>
internal readonly record struct Candidate(int End, TimeType Type, string Value, string? Mod = null)
{
    public bool IsFullDay => Type == TimeType.Date && Value.Length == 10 && Value[4] == '-' && Value[7] == '-' && !Value.Contains('X');
}
