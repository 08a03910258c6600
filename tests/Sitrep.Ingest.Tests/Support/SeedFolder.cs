namespace Sitrep.Ingest.Tests.Support;

/// <summary>
/// Locates the project's shared sample articles (shared/data/seeds, beside the repository). They are not
/// part of the repository, so tests that use them skip when the folder is not there.
/// </summary>
public static class SeedFolder
{
    private const string Relative = "shared/data/seeds";

    public static string? Path { get; } = Find();

    public static IReadOnlyList<string> Files =>
        Path is null ? [] : Directory.GetFiles(Path, "*.txt").Order(StringComparer.Ordinal).ToList();

    /// <summary>The seed whose file name starts with the given number, e.g. "002".</summary>
    public static string File(string number) =>
        Files.Single(f => System.IO.Path.GetFileName(f).StartsWith(number + "_", StringComparison.Ordinal));

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { System.IO.Path.Combine(dir.FullName, Relative), System.IO.Path.Combine(dir.FullName, "..", Relative) })
                if (Directory.Exists(candidate)) return System.IO.Path.GetFullPath(candidate);
        }
        return null;
    }
}
