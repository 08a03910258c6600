namespace Sitrep.Nlp.Corpora;

/// <summary>
/// Reads CoNLL-2003 files ("word POS chunk NER" per line, blank lines between sentences,
/// "-DOCSTART-" between documents) and converts tag sequences to entity spans the way conlleval
/// does: an entity starts at B-X, or at I-X after O or another type (IOB1 and IOB2 both read; the
/// E-/S- and L-/U- tags of BIOES and BILOU close entities too).
/// </summary>
public static class Conll2003Reader
{
    public static IEnumerable<Conll2003Sentence> Read(string path)
    {
        int document = -1;
        var words = new List<string>();
        var pos = new List<string>();
        var chunks = new List<string>();
        var tags = new List<string>();
        foreach (var line in TextFiles.ReadLines(path))
        {
            if (line.Length == 0 || line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                if (words.Count > 0) yield return new Conll2003Sentence(Math.Max(document, 0), words, pos, chunks, tags);
                words = []; pos = []; chunks = []; tags = [];
                if (line.Length > 0) document++;
                continue;
            }
            var c = line.Split(' ');
            words.Add(c[0]);
            pos.Add(c.Length > 1 ? c[1] : "_");
            chunks.Add(c.Length > 2 ? c[2] : "_");
            tags.Add(c[^1]);
        }
        if (words.Count > 0) yield return new Conll2003Sentence(Math.Max(document, 0), words, pos, chunks, tags);
    }

    /// <summary>Entity spans (start, end exclusive, type) of a tag sequence, conlleval's chunk rules.</summary>
    public static List<(int Start, int End, string Type)> Spans(IReadOnlyList<string> tags)
    {
        var spans = new List<(int, int, string)>();
        int start = -1;
        string? type = null;
        for (int i = 0; i <= tags.Count; i++)
        {
            string tag = i < tags.Count ? tags[i] : "O";
            // BILOU's L/U are BIOES's E/S: the last word of an entity, a one-word entity.
            string prefix = (tag.Length > 1 && tag[1] == '-' ? tag[..1] : tag) switch { "L" => "E", "U" => "S", var p => p };
            string? t = tag.Length > 2 && tag[1] == '-' ? tag[2..] : null;
            bool begins = t is not null && (prefix is "B" or "S" || t != type || start < 0);
            bool ends = start >= 0 && (t is null || begins);
            if (ends)
            {
                spans.Add((start, i, type!));
                start = -1;
                type = null;
            }
            if (begins)
            {
                start = i;
                type = t;
            }
            if (prefix is "E" or "S" && start >= 0)
            {
                spans.Add((start, i + 1, type!));
                start = -1;
                type = null;
            }
        }
        return spans;
    }
}
