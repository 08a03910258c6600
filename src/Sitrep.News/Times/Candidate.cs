using Sitrep.News.Documents;

namespace Sitrep.News.Times;

/// <summary>
/// A rule's match: it ends before token <see cref="End"/> and carries the TIMEX3 attributes.
/// <see cref="LooksBack"/> marks a glance back from the story's time ("the previous year", "two days
/// earlier"): an aside that does not move the <see cref="ReferenceTime"/>.
/// </summary>
internal readonly record struct Candidate(int End, TimeType Type, string Value, string? Mod = null, bool LooksBack = false)
{
    public bool IsFullDay => Type == TimeType.Date && Value.Length == 10 && Value[4] == '-' && Value[7] == '-' && !Value.Contains('X');
}
