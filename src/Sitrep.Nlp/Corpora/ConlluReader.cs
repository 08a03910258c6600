using System.Globalization;
using System.Text;

namespace Sitrep.Nlp.Corpora;

/// <summary>
/// Reads and writes CoNLL-U (universaldependencies.org/format.html): ten tab-separated columns per
/// word, sentences separated by blank lines, "#" comments. Multiword-token ranges (1-2) and empty
/// nodes (1.1) are skipped, so the words of a sentence are numbered 1..n as the heads refer to them.
/// </summary>
public static class ConlluReader
{
    public static IEnumerable<ConlluSentence> Read(string path)
    {
        var tokens = new List<ConlluToken>();
        string? id = null, text = null;
        int lineNumber = 0;
        foreach (var line in TextFiles.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0)
            {
                if (tokens.Count > 0) yield return new ConlluSentence(id, text, tokens);
                tokens = [];
                id = text = null;
                continue;
            }
            if (line[0] == '#')
            {
                if (line.StartsWith("# sent_id = ", StringComparison.Ordinal)) id = line[12..];
                else if (line.StartsWith("# text = ", StringComparison.Ordinal)) text = line[9..];
                continue;
            }
            var c = line.Split('\t');
            if (c.Length != 10) throw new FormatException($"{path}:{lineNumber}: expected 10 columns, found {c.Length}");
            if (c[0].Contains('-') || c[0].Contains('.')) continue;
            int head = c[6] == "_" ? -1 : int.Parse(c[6], CultureInfo.InvariantCulture);
            tokens.Add(new ConlluToken(int.Parse(c[0], CultureInfo.InvariantCulture), c[1], c[2], c[3], c[4], head, c[7]));
        }
        if (tokens.Count > 0) yield return new ConlluSentence(id, text, tokens);
    }

    /// <summary>Writes sentences back as CoNLL-U (unused columns as "_"), for scoring with reference scorers.</summary>
    public static void Write(TextWriter writer, IEnumerable<ConlluSentence> sentences)
    {
        var sb = new StringBuilder();
        foreach (var s in sentences)
        {
            if (s.Id is not null) writer.WriteLine("# sent_id = " + s.Id);
            if (s.Text is not null) writer.WriteLine("# text = " + s.Text);
            foreach (var t in s.Tokens)
            {
                sb.Clear();
                sb.Append(t.Id.ToString(CultureInfo.InvariantCulture)).Append('\t').Append(t.Form).Append('\t').Append(Or(t.Lemma)).Append('\t')
                  .Append(Or(t.Upos)).Append('\t').Append(Or(t.Xpos)).Append("\t_\t")
                  .Append(t.Head < 0 ? "_" : t.Head.ToString(CultureInfo.InvariantCulture)).Append('\t').Append(Or(t.Deprel)).Append("\t_\t_");
                writer.WriteLine(sb.ToString());
            }
            writer.WriteLine();
        }
    }

    private static string Or(string? s) => string.IsNullOrEmpty(s) ? "_" : s;
}
