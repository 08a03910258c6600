using System.IO.Compression;
using System.Text;

namespace Sitrep.News.Resources;

/// <summary>
/// Finds and reads Sitrep's own resource files (resources/*.tsv.gz): next to the program first,
/// then in a resources/ folder up the tree from it (a build run from the repository).
/// Nothing is ever downloaded.
/// </summary>
public static class ResourceFiles
{
    public static string Find(string name)
    {
        var local = Path.Combine(AppContext.BaseDirectory, "resources", name);
        if (File.Exists(local)) return local;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "resources", name);
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException($"Sitrep resource '{name}' is missing: it ships in resources/ (rebuild it with 'sitrep resources build').", name);
    }

    /// <summary>The data lines of a gzipped TSV resource (lines starting with '#' are comments).</summary>
    public static IEnumerable<string[]> ReadTsv(string path)
    {
        using var stream = File.OpenRead(path);
        using var gz = path.EndsWith(".gz", StringComparison.Ordinal) ? (Stream)new GZipStream(stream, CompressionMode.Decompress) : stream;
        using var reader = new StreamReader(gz, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            yield return line.Split('\t');
        }
    }

    public static void WriteTsv(string path, string header, IEnumerable<string> lines)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var stream = File.Create(path);
        using var gz = new GZipStream(stream, CompressionLevel.SmallestSize);
        using var writer = new StreamWriter(gz, new UTF8Encoding(false)) { NewLine = "\n" };
        writer.WriteLine(header);
        foreach (var line in lines) writer.WriteLine(line);
    }
}
