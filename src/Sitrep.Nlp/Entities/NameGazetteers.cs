using Sitrep.Nlp.Corpora;
using Sitrep.Nlp.Matching;

namespace Sitrep.Nlp.Entities;

/// <summary>
/// Name lists as recognizer features: each list is a <see cref="PhraseMatcher{T}"/> over folded
/// tokens, and a word gets, per list, the BILOU position of the longest list phrase covering it —
/// the gazetteer features of Ratinov &amp; Roth 2009 (§5), who matched Wikipedia-derived lists the
/// same way. Lists are case-insensitive (folded), so ALL-CAPS headlines match too; capitalization is a
/// separate feature the model weighs against them. The phrases travel inside the model file.
/// </summary>
public sealed class NameGazetteers
{
    /// <summary>The lists, in the order of their feature ids.</summary>
    public static IReadOnlyList<string> Lists => ListNames;

    private static readonly string[] ListNames = ["given-name", "surname", "person", "organisation", "country", "region", "city", "demonym"];

    private readonly string[][] _phrases;
    private readonly PhraseMatcher<byte>[] _matchers;

    public NameGazetteers(IReadOnlyList<IEnumerable<string>> phrasesByList)
    {
        if (phrasesByList.Count != Lists.Count) throw new ArgumentException($"expected {Lists.Count} lists", nameof(phrasesByList));
        _phrases = phrasesByList.Select(p => p.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).Distinct(StringComparer.Ordinal).OrderBy(s => s, StringComparer.Ordinal).ToArray()).ToArray();
        _matchers = new PhraseMatcher<byte>[_phrases.Length];
        for (int list = 0; list < _phrases.Length; list++)
        {
            var matcher = new PhraseMatcher<byte>();
            foreach (var phrase in _phrases[list]) matcher.Add(phrase, (byte)list);
            _matchers[list] = matcher;
        }
    }

    public static NameGazetteers Empty { get; } = new(Lists.Select(_ => Enumerable.Empty<string>()).ToArray());

    public int PhraseCount => _phrases.Sum(p => p.Length);

    /// <summary>
    /// For each word, a bit set of (list, position) pairs: bit 4·list + {B=0, I=1, L=2, U=3}.
    /// <paramref name="keys"/> are the words folded by <see cref="TokenKey.Fold"/>.
    /// </summary>
    public void Mark(string[] keys, Span<uint> marks)
    {
        marks.Clear();
        for (int list = 0; list < _matchers.Length; list++)
        {
            foreach (var m in _matchers[list].FindAll(keys, 0, keys.Length))
            {
                int n = m.EndToken - m.StartToken;
                if (n == 1) { marks[m.StartToken] |= 1u << (4 * list + 3); continue; }
                marks[m.StartToken] |= 1u << (4 * list);
                for (int i = m.StartToken + 1; i < m.EndToken - 1; i++) marks[i] |= 1u << (4 * list + 1);
                marks[m.EndToken - 1] |= 1u << (4 * list + 2);
            }
        }
    }

    public void Write(BinaryWriter w)
    {
        w.Write(_phrases.Length);
        foreach (var list in _phrases)
        {
            w.Write(list.Length);
            foreach (var phrase in list) w.Write(phrase);
        }
    }

    public static NameGazetteers Read(BinaryReader r)
    {
        int lists = r.ReadInt32();
        var phrases = new string[lists][];
        for (int i = 0; i < lists; i++)
        {
            phrases[i] = new string[r.ReadInt32()];
            for (int j = 0; j < phrases[i].Length; j++) phrases[i][j] = r.ReadString();
        }
        return new NameGazetteers(phrases);
    }

    /// <summary>
    /// Builds the lists from Sitrep's converted resources (given-names, actors, places, demonyms) and
    /// the shared name lists (first names, surnames: MIT; countries.csv: ODbL). Either folder may be null.
    /// </summary>
    public static NameGazetteers Build(string? resourceFolder, string? nameListFolder)
    {
        var lists = Lists.Select(_ => new List<string>()).ToArray();
        List<string> L(string name) => lists[Array.IndexOf(ListNames, name)];
        if (resourceFolder is not null)
        {
            // Not resources/given-names.txt.gz: it is partly induced from eng.train's own person names,
            // and a list that covers every training name but only some unseen ones teaches the model
            // to trust it too much (dev F1 rose 0.7 without it).
            foreach (var row in Rows(Path.Combine(resourceFolder, "actors.tsv.gz")))
            {
                if (row.Length < 3) continue;
                var target = row[1] switch { "P" => L("person"), "O" => L("organisation"), _ => null };
                if (target is null) continue;
                target.Add(row[2]);
                if (row.Length > 4) target.AddRange(row[4].Split('|', StringSplitOptions.RemoveEmptyEntries));
            }
            foreach (var row in Rows(Path.Combine(resourceFolder, "places.tsv.gz")))
            {
                if (row.Length < 9) continue;
                string cls = row[2];
                var alternates = row.Length > 10 ? row[10].Split('|', StringSplitOptions.RemoveEmptyEntries) : [];
                if (cls.StartsWith("A.PCL", StringComparison.Ordinal)) { L("country").Add(row[1]); L("country").AddRange(alternates); }
                else if (cls is "A.ADM1" or "L.CONT" or "L.RGN") { L("region").Add(row[1]); }
                else if (cls.StartsWith("P.", StringComparison.Ordinal) && long.TryParse(row[8], out long population) && population >= 15_000)
                {
                    L("city").Add(row[1]);
                    // Alternate spellings only for capitals and big cities, where they are the spellings news uses.
                    if (cls == "P.PPLC" || population >= 1_000_000) L("city").AddRange(alternates);
                }
            }
            L("demonym").AddRange(Rows(Path.Combine(resourceFolder, "demonyms.tsv.gz")).Select(r => r[0]));
        }
        if (nameListFolder is not null)
        {
            L("given-name").AddRange(Rows(Path.Combine(nameListFolder, "names", "first-names.txt")).Select(r => r[0]));
            L("surname").AddRange(Rows(Path.Combine(nameListFolder, "names", "names.txt")).Select(r => r[0]));
            var countries = Path.Combine(nameListFolder, "countries", "countries.csv");
            if (File.Exists(countries))
            {
                foreach (var line in TextFiles.ReadLines(countries).Skip(1))
                {
                    var cells = TextFiles.CsvCells(line);
                    if (cells.Count < 15) continue;
                    L("country").Add(cells[0]);
                    L("country").Add(cells[1]);
                    L("country").AddRange(cells[14].Split(',', StringSplitOptions.RemoveEmptyEntries).Where(s => s.Length > 2));
                }
            }
        }
        return new NameGazetteers(lists);
    }

    private static IEnumerable<string[]> Rows(string path) => File.Exists(path) ? TextFiles.ReadTsv(path) : [];
}
