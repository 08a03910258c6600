namespace Sitrep.Tests.Support;

/// <summary>
/// Finds files and folders of the public data folder (shared/data, a sibling of the repository) by
/// walking up from the test binaries. The data is not part of the repository: tests that need it use
/// <see cref="SharedDataFactAttribute"/> and skip when it is absent. Linked into each test project
/// that needs it (tests/Shared).
/// </summary>
public static class SharedData
{
    public const string ConllDevFile = "nlp/conll2003/eng.testa";
    public const string EwtDevFile = "nlp/ud-english-ewt/en_ewt-ud-dev.conllu";
    public const string TbaqFolder = "timex/tbaq-cleaned";
    public const string FeedRsFolder = "corpus/feeds/feed-rs";

    public static string? ConllDev => Find(ConllDevFile);

    public static string? EwtDev => Find(EwtDevFile);

    /// <summary>The full path of a file or folder of the public data, or null when it is absent.</summary>
    public static string? Find(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var root in new[] { Path.Combine(dir.FullName, "shared", "data"), Path.Combine(dir.FullName, "..", "shared", "data") })
            {
                var candidate = Path.Combine(root, relative);
                if (File.Exists(candidate) || Directory.Exists(candidate)) return Path.GetFullPath(candidate);
            }
        }
        return null;
    }
}
