using System.IO.Compression;
using System.Text;

namespace Sitrep.Nlp.Corpora;

/// <summary>Reads the lines of a corpus file, gunzipping it when its name ends in .gz.</summary>
public static class TextFiles
{
    public static IEnumerable<string> ReadLines(string path)
    {
        using var stream = File.OpenRead(path);
        using var decoded = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? (Stream)new GZipStream(stream, CompressionMode.Decompress) : stream;
        using var reader = new StreamReader(decoded, Encoding.UTF8);
        while (reader.ReadLine() is { } line) yield return line;
    }
}
