namespace Sitrep.Cli.Tests;

/// <summary>Folders the end-to-end tests read, found from the test binaries up to the repository root.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The folder holding Sitrep.slnx.</summary>
    public static string Root => RootPath.Value;

    public static string Samples => Path.Combine(Root, "samples");

    public static string Sample(string fileName) => Path.Combine(Samples, fileName);

    /// <summary>
    /// The sample articles: every file in samples/ but its README. Named one by one because sitrep reads every
    /// text file of a folder as an article, README.md included (reported as a product bug).
    /// </summary>
    public static string[] SampleArticles =>
        Directory.GetFiles(Samples).Where(f => Path.GetFileName(f) != "README.md").Order(StringComparer.Ordinal).ToArray();

    /// <summary>The shared seed articles, kept beside the repository (&lt;repo&gt;/../shared/data/seeds); absent on most machines.</summary>
    public static string Seeds => Path.GetFullPath(Path.Combine(Root, "..", "shared", "data", "seeds"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Sitrep.slnx"))) return dir.FullName;
        throw new DirectoryNotFoundException($"no Sitrep.slnx above {AppContext.BaseDirectory}");
    }
}
