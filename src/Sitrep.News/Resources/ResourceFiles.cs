using Sitrep.Nlp.Corpora;
using Sitrep.Nlp.Models;

namespace Sitrep.News.Resources;

/// <summary>
/// Sitrep's own resource files (resources/*.tsv.gz), found where <see cref="ShippedFiles"/> looks
/// and read as gzipped tab-separated tables with '#' comment lines. Nothing is ever downloaded.
/// </summary>
public static class ResourceFiles
{
    /// <summary>Words written mostly in lower case mid-sentence (built from UD English EWT train).</summary>
    public const string CommonWordsFileName = "common-words.txt.gz";

    public static string Find(string name) => ShippedFiles.Find("resources", name, "rebuild it with 'sitrep resources build'");

    public static IEnumerable<string> ReadLines(string path) => TextFiles.ReadLines(path);

    public static IEnumerable<string[]> ReadTsv(string path) => TextFiles.ReadTsv(path);

    public static void WriteTsv(string path, string header, IEnumerable<string> lines) => TextFiles.WriteLines(path, header, lines);
}
