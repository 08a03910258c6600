namespace Sitrep.Store.Sqlite;

/// <summary>One check of <see cref="DatabaseCheck"/>: what it looked at, and the problems it found (none when clean).</summary>
/// <param name="Note">Said beside the result: why the check was skipped, or what it counted.</param>
public sealed record CheckResult(string Name, IReadOnlyList<string> Problems, string? Note = null)
{
    public bool Clean => Problems.Count == 0;

    public bool Skipped { get; init; }

    /// <summary>How long the check took (zero when skipped).</summary>
    public TimeSpan Elapsed { get; init; }
}
