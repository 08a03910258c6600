using System.IO.Compression;
using System.Text;

namespace Sitrep.Nlp.Corpora;

/// <summary>
/// Line-oriented text files as Sitrep keeps its data: UTF-8, gzipped when the name ends in .gz,
/// tab-separated tables with '#' comment lines, and CSV as the public data ships some of it.
/// </summary>
public static class TextFiles
{
    public static IEnumerable<string> ReadLines(string path)
    {
        using var stream = File.OpenRead(path);
        using var decoded = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? (Stream)new GZipStream(stream, CompressionMode.Decompress) : stream;
        using var reader = new StreamReader(decoded, Encoding.UTF8);
        while (reader.ReadLine() is { } line) yield return line;
    }

    /// <summary>The rows of a tab-separated table, skipping blank lines and '#' comments.</summary>
    public static IEnumerable<string[]> ReadTsv(string path)
    {
        foreach (var line in ReadLines(path))
            if (line.Length > 0 && line[0] != '#') yield return line.Split('\t');
    }

    /// <summary>Writes lines (a header comment first), gzipped when the name ends in .gz, with \n line ends.</summary>
    public static void WriteLines(string path, string header, IEnumerable<string> lines)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var stream = File.Create(path);
        using var encoded = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? (Stream)new GZipStream(stream, CompressionLevel.SmallestSize) : stream;
        using var writer = new StreamWriter(encoded, new UTF8Encoding(false)) { NewLine = "\n" };
        writer.WriteLine(header);
        foreach (var line in lines) writer.WriteLine(line);
    }

    /// <summary>The cells of one CSV line (RFC 4180: quoted cells may hold commas and doubled quotes; no line breaks inside cells).</summary>
    public static List<string> CsvCells(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { cells.Add(cell.ToString()); cell.Clear(); }
            else cell.Append(c);
        }
        cells.Add(cell.ToString());
        return cells;
    }
}
