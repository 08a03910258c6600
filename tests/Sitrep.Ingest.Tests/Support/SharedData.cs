namespace Sitrep.Ingest.Tests.Support;

/// <summary>
/// Finds folders of the public data folder (shared/data, a sibling of the repository) by walking up
/// from the test binaries. The data is not part of the repository: tests that need it use
/// <see cref="SharedDataFactAttribute"/> and skip when it is absent.
/// </summary>
public static class SharedData
{
    public const string FeedRsFolder = "corpus/feeds/feed-rs";

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
