
namespace Sitrep.Nlp.Tests.Entities;

/// <summary>Finds the shared data folder (a sibling of the repository) by walking up from the test binaries.</summary>
internal static class SharedData
{
    public static string? ConllDev { get; } = Find(Path.Combine("nlp", "conll2003", "eng.testa"));

    private static string? Find(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var root in new[] { Path.Combine(dir.FullName, "shared", "data"), Path.Combine(dir.FullName, "..", "shared", "data") })
            {
                var candidate = Path.Combine(root, relative);
                if (File.Exists(candidate)) return Path.GetFullPath(candidate);
            }
        }
        return null;
    }
}
