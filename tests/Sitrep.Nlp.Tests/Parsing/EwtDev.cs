namespace Sitrep.Nlp.Tests.Parsing;

/// <summary>
/// Locates the UD English EWT dev file (shared/data/nlp/ud-english-ewt beside the repository). It is
/// not part of the repository, so tests that use it skip when it is not there.
/// </summary>
public static class EwtDev
{
    private const string Relative = "shared/data/nlp/ud-english-ewt/en_ewt-ud-dev.conllu";

    public static string? Path { get; } = Find();

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { System.IO.Path.Combine(dir.FullName, Relative), System.IO.Path.Combine(dir.FullName, "..", Relative) })
                if (File.Exists(candidate)) return System.IO.Path.GetFullPath(candidate);
        }
        return null;
    }
}
