using System.Text;
using System.Text.Json;
using Sitrep.Ingest.Articles;
using Sitrep.Ingest.Language;
using Sitrep.Ingest.PlainText;
using Sitrep.Ingest.Sources;

namespace Sitrep.Ingest.JsonLines;

/// <summary>
/// Reads a JSON Lines file of articles, one object per line, lazily: a corpus dump can be far larger
/// than memory. A bad line gives an error result naming "path:line" and reading goes on.
/// </summary>
public static class JsonLinesArticleReader
{
    /// <remarks>The stream stays open: it belongs to the caller, who must keep it open until enumeration ends.</remarks>
    public static IEnumerable<IngestResult> Read(string path, Stream stream)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        int lineNumber = 0;
        bool anyLine = false;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            anyLine = true;
            yield return ReadLine($"{path}:{lineNumber}", line);
        }
        if (!anyLine) yield return IngestResult.Fail(path, "empty file");
    }

    private static IngestResult ReadLine(string input, string line)
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
        using (doc) return ReadObject(input, doc.RootElement);
    }

    private static IngestResult ReadObject(string input, JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object) return IngestResult.Fail(input, "invalid JSON: a line must hold one object");
        if (FirstString(root, TextFields) is not { } rawText) return IngestResult.Fail(input, "no \"text\" field");
        var body = PlainTextCleaner.CleanBody(rawText);
        if (body.Text.Length == 0) return IngestResult.Fail(input, "empty \"text\" field");
        var title = FirstString(root, TitleFields)?.Trim() is { Length: > 0 } t ? t : DerivedTitle.FromText(body.Text);
        var article = Article.Create(title, body.Text, Published(root), path: input, url: String(root, "url"),
            site: String(root, "site"), author: String(root, "author") ?? body.Author, language: Language(root));
        return IngestResult.Ok(input, article);
    }

    /// <summary>A reason a person can act on: where the line broke, not the parser's internal state.</summary>
    private static string ShortReason(JsonException ex, string line)
    {
        long at = ex.BytePositionInLine ?? 0;
        return at >= Encoding.UTF8.GetByteCount(line.TrimEnd())
            ? "line ends before the JSON value is complete (truncated?)"
            : $"unexpected character at byte {at + 1} of the line";
    }

    private static string? String(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString())
            ? v.GetString() : null;

    // Datasets name the same fields differently (Reuters-21578: "body", "date"; NELA: "content"); the first present wins.
    private static readonly string[] TextFields = ["text", "body", "content"];
    private static readonly string[] TitleFields = ["title", "headline"];
    private static readonly string[] DateFields = ["published", "date", "datePublished", "pubDate"];

    private static string? FirstString(JsonElement obj, string[] names)
    {
        foreach (var name in names)
            if (String(obj, name) is { } value) return value;
        return null;
    }

    private static PartialDate? Published(JsonElement obj)
    {
        foreach (var name in DateFields)
        {
            if (!obj.TryGetProperty(name, out var v)) continue;
            // A bare year is sometimes written as a number.
            if (v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out int year) && year is >= 1 and <= 9999) return new PartialDate(year);
            if (PartialDate.TryParse(String(obj, name), out var date)) return date;
        }
        return null;
    }

    private static string? Language(JsonElement obj) => ArticleLanguage.Normalize(String(obj, "language"));
}
