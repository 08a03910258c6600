using System.IO.Compression;
using System.Text;

namespace Sitrep.Nlp.Lexicon;

/// <summary>
/// Words that English text writes in lower case more often than capitalized mid-sentence ("minister",
/// "reading", "mobile"), induced from a treebank. A capitalized single word that is common is weak
/// evidence of a name, so gazetteer matchers ask here before trusting one.
/// </summary>
public sealed class CommonWords
{
    private readonly HashSet<string> _words;

    public CommonWords(IEnumerable<string> words) => _words = new HashSet<string>(words, StringComparer.OrdinalIgnoreCase);

    public int Count => _words.Count;

    public bool IsCommon(ReadOnlySpan<char> word) => _words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    public bool IsCommon(string word) => _words.Contains(word);

    public static CommonWords Load(string path)
    {
        using var stream = File.OpenRead(path);
        using var gz = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gz, Encoding.UTF8);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
            if (line.Length > 0 && line[0] != '#') words.Add(line);
        return new CommonWords(words);
    }

    /// <summary>
    /// Counts each word's lower-case and capitalized uses in CoNLL-U files, skipping sentence-initial
    /// tokens, and keeps the words seen at least <paramref name="minCount"/> times mostly in lower case.
    /// </summary>
    public static IReadOnlyList<string> Induce(IEnumerable<string> conlluFiles, int minCount = 2)
    {
        var lower = new Dictionary<string, int>(StringComparer.Ordinal);
        var upper = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var file in conlluFiles)
        {
            bool first = true;
            foreach (var line in ReadLines(file))
            {
                if (line.Length == 0) { first = true; continue; }
                if (line[0] == '#') continue;
                var cols = line.Split('\t');
                if (cols.Length < 4 || cols[0].Contains('-') || cols[0].Contains('.')) continue;
                var form = cols[1];
                bool wasFirst = first;
                first = false;
                if (wasFirst || form.Length < 2 || !char.IsLetter(form[0])) continue;
                var key = form.ToLowerInvariant();
                var table = char.IsUpper(form[0]) ? upper : lower;
                table[key] = table.GetValueOrDefault(key) + 1;
            }
        }
        return lower.Where(kv => kv.Value >= minCount && kv.Value > upper.GetValueOrDefault(kv.Key))
            .Select(kv => kv.Key).OrderBy(w => w, StringComparer.Ordinal).ToList();
    }

    private static IEnumerable<string> ReadLines(string path)
    {
        using var stream = File.OpenRead(path);
        using var decoded = path.EndsWith(".gz", StringComparison.Ordinal) ? (Stream)new GZipStream(stream, CompressionMode.Decompress) : stream;
        using var reader = new StreamReader(decoded, Encoding.UTF8);
        while (reader.ReadLine() is { } line) yield return line;
    }

    public static void Save(IEnumerable<string> words, string path, string header)
    {
        using var stream = File.Create(path);
        using var gz = new GZipStream(stream, CompressionLevel.SmallestSize);
        using var writer = new StreamWriter(gz, new UTF8Encoding(false)) { NewLine = "\n" };
        writer.WriteLine(header);
        foreach (var w in words) writer.WriteLine(w);
    }
}
