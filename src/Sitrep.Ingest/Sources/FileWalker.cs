namespace Sitrep.Ingest.Sources;

/// <summary>
/// Lists the files under a directory in ordinal path order, skipping hidden files and folders
/// (".git", ".DS_Store") and a folder's own documentation (README, LICENSE, CHANGELOG: about the
/// articles, not articles; a file named on the command line is still read). Symbolic links to folders are not followed, so a link loop cannot hang a walk.
/// </summary>
internal static class FileWalker
{
    private static readonly EnumerationOptions OneLevel = new()
    {
        RecurseSubdirectories = false, AttributesToSkip = 0, IgnoreInaccessible = false, ReturnSpecialDirectories = false,
    };

    /// <param name="maxDepth">1 lists only the folder's own files; a glob without "**" never needs more than its segment count.</param>
    public static List<WalkEntry> Walk(string root, int maxDepth = int.MaxValue)
    {
        var entries = new List<WalkEntry>();
        Visit(new DirectoryInfo(root), root, 1, maxDepth, entries);
        entries.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return entries;
    }

    private static void Visit(DirectoryInfo dir, string shownPath, int depth, int maxDepth, List<WalkEntry> entries)
    {
        List<FileSystemInfo> children;
        try
        {
            children = dir.EnumerateFileSystemInfos("*", OneLevel).ToList();
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            entries.Add(new WalkEntry(shownPath, SourceErrors.Describe(ex)));
            return;
        }
        foreach (var child in children.Where(c => !IsHidden(c) && !IsFolderDocumentation(c)))
        {
            var childPath = Path.Join(shownPath, child.Name);
            if (child is FileInfo) entries.Add(new WalkEntry(childPath, null));
            else if (depth < maxDepth && child.LinkTarget is null) Visit((DirectoryInfo)child, childPath, depth + 1, maxDepth, entries);
        }
    }

    private static readonly string[] DocumentationNames = ["README", "LICENSE", "LICENCE", "CHANGELOG", "COPYING"];

    internal static bool IsFolderDocumentation(FileSystemInfo info) => info is FileInfo && IsDocumentationName(info.Name);

    internal static bool IsDocumentationName(string fileName) =>
        DocumentationNames.Contains(Path.GetFileNameWithoutExtension(fileName), StringComparer.OrdinalIgnoreCase);

    internal static bool IsHidden(FileSystemInfo info) =>
        info.Name.StartsWith('.') || info.Attributes.HasFlag(FileAttributes.Hidden);
}
