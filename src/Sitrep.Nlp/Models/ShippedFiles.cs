namespace Sitrep.Nlp.Models;

/// <summary>
/// Finds a file Sitrep ships in a folder of its own (models/, resources/): next to the program
/// first (the build copies it there), then in that folder up the tree from it (a build run from the
/// repository). Nothing is ever downloaded; a missing file says how to make it.
/// </summary>
public static class ShippedFiles
{
    public static string Find(string folder, string name, string remedy)
    {
        var local = Path.Combine(AppContext.BaseDirectory, folder, name);
        if (File.Exists(local)) return local;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, folder, name);
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException($"Sitrep file '{name}' is missing: it ships in {folder}/ ({remedy}).", name);
    }
}
