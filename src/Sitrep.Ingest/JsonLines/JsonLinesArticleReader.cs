using System.Text;
using System.Text.Json;
using Sitrep.Ingest.Fields;
using Sitrep.Ingest.Sources;

namespace Sitrep.Ingest.JsonLines;

/// <summary>
/// Reads a JSON Lines file of articles, one object per line, lazily: a corpus dump can be far larger
/// than memory. A bad line gives an error result naming "path:line" and reading goes on; so does a line over the
/// document limit, which is skipped without being held.
/// </summary>
public static class JsonLinesArticleReader
{
    /// <remarks>The stream stays open: it belongs to the caller, who must keep it open until enumeration ends.</remarks>
    /// <param name="fields">Which properties hold the title, text, date, …; the default mapping when null.</param>
    /// <param name="maxLineBytes">Longest line read (counted in chars, which are never more than the line's UTF-8 bytes).</param>
    public static IEnumerable<IngestResult> Read(string path, Stream stream, FieldMapping? fields = null,
        long maxLineBytes = ArticleSourceOptions.DefaultMaxDocumentBytes)
    {
        fields ??= FieldMapping.Default;
        using var text = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var reader = new BoundedLineReader(text, maxLineBytes);
        int lineNumber = 0;
        bool anyLine = false;
        while (reader.ReadLine(out long length) is { } line)
        {
            lineNumber++;
            if (length > maxLineBytes)
            {
                anyLine = true;
                yield return IngestResult.Fail($"{path}:{lineNumber}",
                    $"line too large: {SourceErrors.FormatSize(length)} (limit {SourceErrors.FormatSize(maxLineBytes)})");
                continue;
            }
            if (string.IsNullOrWhiteSpace(line)) continue;
            anyLine = true;
            yield return ReadLine($"{path}:{lineNumber}", line, fields);
        }
        if (!anyLine) yield return IngestResult.Fail(path, "empty file");
    }

    private static IngestResult ReadLine(string input, string line, FieldMapping fields)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            return IngestResult.Fail(input, $"invalid JSON: {ShortReason(ex, line)}");
        }
        using (doc)
        {
            try
            {
                return ReadObject(input, doc.RootElement, fields);
            }
            catch (InvalidOperationException)
            {
                // The parser accepts "\ud83d" alone; only reading the string as UTF-16 finds the pair incomplete.
                return IngestResult.Fail(input, "invalid JSON: a string holds half of a surrogate pair (a lone \\uD800–\\uDFFF escape)");
            }
        }
    }

    private static IngestResult ReadObject(string input, JsonElement root, FieldMapping fields)
    {
        if (root.ValueKind != JsonValueKind.Object) return IngestResult.Fail(input, "invalid JSON: a line must hold one object");
        var values = new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in root.EnumerateObject()) values.TryAdd(property.Name, property.Value);
        var dateNames = fields.NamesOf(ArticleField.Published);
        return ArticleRecord.Read(input, fields, name => values.TryGetValue(name, out var v) ? Value(v, dateNames.Contains(name, StringComparer.OrdinalIgnoreCase)) : null);
    }

    /// <summary>A string as it is; a number only for a date (datasets write a bare year as 2021); anything else is no value.</summary>
    private static string? Value(JsonElement v, bool isDate) => v.ValueKind switch
    {
        JsonValueKind.String => v.GetString(),
        JsonValueKind.Number when isDate && v.TryGetInt32(out int year) && year is >= 1 and <= 9999 => year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <summary>A reason a person can act on: where the line broke, not the parser's internal state.</summary>
    private static string ShortReason(JsonException ex, string line)
    {
        long at = ex.BytePositionInLine ?? 0;
        return at >= Encoding.UTF8.GetByteCount(line.TrimEnd())
            ? "line ends before the JSON value is complete (truncated?)"
            : $"unexpected character at byte {at + 1} of the line";
    }
}
