using System.Text.Json;
using Sitrep.Nlp.Corpora;
using Sitrep.Nlp.Tokens;

namespace Sitrep.Nlp.Entities;

/// <summary>
/// Documents of plain words for inducing word clusters: JSON-lines news corpora (the "body" or
/// "text" field of each line, tokenized by Sitrep's tokenizer; titles are skipped, being mostly
/// all caps) and CoNLL-2003 files (their words only, labels ignored).
/// </summary>
public static class UnlabeledText
{
    public static IEnumerable<IReadOnlyList<string>> Documents(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            var name = Path.GetFileName(path);
            if (name.Contains(".jsonl", StringComparison.OrdinalIgnoreCase))
            {
                foreach (var doc in JsonLines(path)) yield return doc;
            }
            else
            {
                foreach (var doc in ConllDocuments(path)) yield return doc;
            }
        }
    }

    private static IEnumerable<IReadOnlyList<string>> JsonLines(string path)
    {
        foreach (var line in TextFiles.ReadLines(path))
        {
            if (line.Length == 0) continue;
            using var json = JsonDocument.Parse(line);
            string? text = null;
            if (json.RootElement.TryGetProperty("body", out var body) && body.ValueKind == JsonValueKind.String) text = body.GetString();
            else if (json.RootElement.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String) text = t.GetString();
            if (string.IsNullOrWhiteSpace(text)) continue;
            var tokens = Tokenizer.Tokenize(text);
            var words = new string[tokens.Length];
            for (int i = 0; i < words.Length; i++) words[i] = tokens[i].Text(text);
            yield return words;
        }
    }

    private static IEnumerable<IReadOnlyList<string>> ConllDocuments(string path)
    {
        var words = new List<string>();
        int document = -1;
        foreach (var sentence in Conll2003Reader.Read(path))
        {
            if (sentence.Document != document && words.Count > 0) { yield return words; words = []; }
            document = sentence.Document;
            words.AddRange(sentence.Words);
            // A sentence boundary the casing statistics can see.
            words.Add(".");
        }
        if (words.Count > 0) yield return words;
    }
}
