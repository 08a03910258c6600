namespace Sitrep.Store.Sqlite;

/// <summary>What <see cref="DatabaseCheck.Run"/> found in one database file, check by check.</summary>
public sealed record DatabaseCheckReport(string DatabasePath, IReadOnlyList<CheckResult> Checks, long Articles, long Mentions, long Bytes, TimeSpan Elapsed)
{
    public bool Clean => Checks.All(c => c.Clean);

    public int ProblemCount => Checks.Sum(c => c.Problems.Count);
}
