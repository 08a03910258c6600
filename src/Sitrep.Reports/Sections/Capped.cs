namespace Sitrep.Reports.Sections;

/// <summary>The first rows of a long list and how many were left out, so a report can say "and 12 more".</summary>
internal sealed record Capped<T>(IReadOnlyList<T> Rows, int More)
{
    public static Capped<T> From(IEnumerable<T> items, int max)
    {
        var all = items.ToList();
        return all.Count <= max ? new(all, 0) : new(all.GetRange(0, max), all.Count - max);
    }
}
