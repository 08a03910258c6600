using System.Text.Json;
using Sitrep.Nlp.Corpora;
using Sitrep.Nlp.Tokens;

namespace Sitrep.Nlp.Tagging;

/// <summary>
/// Unlabeled text for <see cref="WordClusters"/>, as token sequences (one per paragraph, tokenized
/// by <see cref="Tokenizer"/>, so clusters see words as the tagger will at run time). Reads a file or
/// every file under a folder: CoNLL-U (the word forms), JSON Lines (each line's "text", else "body"),
/// anything else as plain text; gzipped or not.
/// </summary>
internal static class RawText
{
    public static IEnumerable<IReadOnlyList<string>> Read(string path)
    {
        if (Directory.Exists(path))
        {
            foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                foreach (var s in Read(file)) yield return s;
            yield break;
        }
        var name = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        if (name.EndsWith(".conllu", StringComparison.OrdinalIgnoreCase))
        {
            foreach (var s in ConlluReader.Read(path)) yield return s.Tokens.Select(t => t.Form).ToArray();
        }
        else if (name.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase))
        {
            foreach (var line in TextFiles.ReadLines(path))
            {
                if (string.IsNullOrWhiteSpace(line)) continue;
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                if (root.ValueKind != JsonValueKind.Object) continue;
                string? text = root.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()
                    : root.TryGetProperty("body", out var b) && b.ValueKind == JsonValueKind.String ? b.GetString() : null;
                if (text is null) continue;
                foreach (var s in Paragraphs(text)) yield return s;
            }
        }
        else
        {
            foreach (var s in Paragraphs(string.Join('\n', TextFiles.ReadLines(path)))) yield return s;
        }
    }

    /// <summary>Paragraphs are split at blank lines or indented lines; other line breaks (hard wraps) are spaces.</summary>
    private static IEnumerable<IReadOnlyList<string>> Paragraphs(string text)
    {
        var paragraph = new List<string>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd();
            bool breaks = line.Length == 0 || line[0] is ' ' or '\t';
            if (breaks && paragraph.Count > 0)
            {
                yield return paragraph.ToArray();
                paragraph.Clear();
            }
            foreach (var token in Tokenizer.Tokenize(line)) paragraph.Add(token.Text(line));
        }
        if (paragraph.Count > 0) yield return paragraph.ToArray();
    }
}
