using Sitrep.Nlp.Corpora;

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

    public static CommonWords Load(string path) => new(TextFiles.ReadLines(path).Where(l => l.Length > 0 && l[0] != '#'));

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
            foreach (var line in TextFiles.ReadLines(file))
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

    public static void Save(IEnumerable<string> words, string path, string header) => TextFiles.WriteLines(path, header, words);
}
