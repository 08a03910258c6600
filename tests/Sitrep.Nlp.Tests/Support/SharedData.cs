namespace Sitrep.Nlp.Tests.Support;

/// <summary>
/// Finds files of the public data folder (shared/data, a sibling of the repository) by walking up
/// from the test binaries. The data is not part of the repository: tests that need it use
/// <see cref="SharedDataFactAttribute"/> and skip when it is absent.
/// </summary>
public static class SharedData
{
    public const string ConllDevFile = "nlp/conll2003/eng.testa";
    public const string EwtDevFile = "nlp/ud-english-ewt/en_ewt-ud-dev.conllu";
    public const string TbaqFolder = "timex/tbaq-cleaned";

    public static string? ConllDev { get; } = Find(ConllDevFile);

    public static string? EwtDev { get; } = Find(EwtDevFile);

    /// <summary>A folder of the public data, or null when it is absent.</summary>
    public static string? FindFolder(string relative) =>
        Find(relative, Directory.Exists);

    public static string? Find(string relative) => Find(relative, File.Exists);

    private static string? Find(string relative, Func<string, bool> exists)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var root in new[] { Path.Combine(dir.FullName, "shared", "data"), Path.Combine(dir.FullName, "..", "shared", "data") })
            {
                var candidate = Path.Combine(root, relative);
                if (exists(candidate)) return Path.GetFullPath(candidate);
            }
        }
        return null;
    }
}
