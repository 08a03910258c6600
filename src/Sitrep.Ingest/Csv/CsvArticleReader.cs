using CsvHelper;
using Sitrep.Ingest.Fields;
using Sitrep.Ingest.Sources;

namespace Sitrep.Ingest.Csv;

/// <summary>
/// Reads a CSV or TSV dataset of articles, one per row under a header row, lazily (a dump can be larger than
/// memory). The <see cref="FieldMapping"/> picks the columns. Quoted fields may hold separators and line breaks
/// (RFC 4180). A bad row (wrong number of fields, a quote never closed, no text) gives one error result named
/// "path:line", the line where the row starts, and reading goes on.
/// </summary>
public static class CsvArticleReader
{
    /// <remarks>The stream stays open: it belongs to the caller, who must keep it open until enumeration ends.</remarks>
    /// <param name="maxRowBytes">Largest row read into memory: a quote left open at the top of a big file would otherwise swallow it whole.</param>
    public static IEnumerable<IngestResult> Read(string path, Stream stream, char separator, FieldMapping? fields = null,
        long maxRowBytes = ArticleSourceOptions.DefaultMaxDocumentBytes)
    {
        fields ??= FieldMapping.Default;
        var malformed = new List<CsvMalformedRecord>();
        var options = new CsvReaderOptions
        {
            Separator = separator,
            HasHeader = true,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            FieldCountMismatch = CsvFieldCountHandling.Skip,
            MaxRecordSize = (int)Math.Min(maxRowBytes, int.MaxValue - 1),
            OnMalformedRecord = record => malformed.Add(record),
        };
        using var reader = CsvReader.Create(stream, options, leaveOpen: true);
        var step = ReadHeader(path, reader, fields, out var columns);
        if (step.Error is not null)
        {
            yield return step.Error;
            yield break;
        }
        bool anyRow = false;
        while (true)
        {
            step = Next(path, reader, columns!, fields, malformed);
            foreach (var bad in step.Skipped)
            {
                anyRow = true;
                yield return bad;
            }
            if (step.Error is { } error)
            {
                anyRow = true;
                yield return error;
            }
            if (!step.More) break;
        }
        if (!anyRow) yield return IngestResult.Fail(path, "no rows under the header");
    }

    private readonly record struct Outcome(bool More, IngestResult? Error, IReadOnlyList<IngestResult> Skipped);

    /// <summary>Reads the header: the column index of every name, matched ignoring case.</summary>
    private static Outcome ReadHeader(string path, CsvReader reader, FieldMapping fields, out Dictionary<string, int>? columns)
    {
        columns = null;
        try
        {
            var headers = reader.Headers;
            if (headers.Count == 0 || headers.All(string.IsNullOrWhiteSpace)) return new(false, IngestResult.Fail(path, "empty file"), []);
            columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            for (int i = 0; i < headers.Count; i++) columns.TryAdd(headers[i].Trim(), i);
            if (!fields.NamesOf(ArticleField.Text).Any(columns.ContainsKey))
                return new(false, IngestResult.Fail(path, $"no {fields.Describe(ArticleField.Text)} column in the header ({Shown(headers)})"), []);
            return new(true, null, []);
        }
        catch (CsvFormatException ex)
        {
            return new(false, IngestResult.Fail(path, $"bad CSV header: {ex.Message}"), []);
        }
    }

    /// <summary>
    /// The next row's result, with the rows the reader skipped before it (reported in line order); More is false at
    /// the end, or after a failure the reader cannot recover from (a row over the size limit).
    /// </summary>
    private static Outcome Next(string path, CsvReader reader, Dictionary<string, int> columns, FieldMapping fields,
        List<CsvMalformedRecord> malformed)
    {
        bool more;
        try
        {
            more = reader.Read();
        }
        catch (CsvFormatException ex)
        {
            var at = ex.LineNumber > 0 ? $"{path}:{ex.LineNumber}" : path;
            return new(false, IngestResult.Fail(at, $"bad CSV: {ex.Message.TrimEnd('.')}; the rest of the file is not read"), Drain(path, malformed, long.MaxValue, columns.Count));
        }
        if (!more) return new(false, null, Drain(path, malformed, long.MaxValue, columns.Count));
        long line = reader.LineNumber;
        var skipped = Drain(path, malformed, line, columns.Count);
        var input = $"{path}:{line}";
        // A quote never closed runs to the end of the input: the row is recovered as one field, which is not an article.
        if (malformed.FindIndex(m => m.LineNumber == line && m.Reason == CsvMalformedReason.UnterminatedQuote) is >= 0 and var i)
        {
            malformed.RemoveAt(i);
            return new(true, IngestResult.Fail(input, "a quoted field is never closed"), skipped);
        }
        malformed.RemoveAll(m => m.LineNumber == line);
        int fieldCount = reader.FieldCount;
        var result = ArticleRecord.Read(input, fields, name =>
            columns.TryGetValue(name, out int column) && column < fieldCount ? reader.GetString(column) : null);
        return new(true, result, skipped);
    }

    /// <summary>Error results for the skipped rows that start before <paramref name="beforeLine"/>, removed from the list.</summary>
    private static List<IngestResult> Drain(string path, List<CsvMalformedRecord> malformed, long beforeLine, int headerFields)
    {
        var due = malformed.Where(m => m.Skipped && m.LineNumber < beforeLine).OrderBy(m => m.LineNumber).ToList();
        malformed.RemoveAll(m => m.Skipped && m.LineNumber < beforeLine);
        // Recovered rows before this one were returned already; their reports are spent.
        malformed.RemoveAll(m => !m.Skipped && m.LineNumber < beforeLine);
        return due.Select(m => IngestResult.Fail($"{path}:{m.LineNumber}", Reason(m, headerFields))).ToList();
    }

    private static string Reason(CsvMalformedRecord record, int headerFields) => record.Reason switch
    {
        CsvMalformedReason.FieldCountMismatch => $"wrong number of fields (the header has {headerFields})",
        CsvMalformedReason.UnterminatedQuote => "a quoted field is never closed",
        CsvMalformedReason.StrayQuote => "a quote inside an unquoted field",
        CsvMalformedReason.TextAfterClosingQuote => "text after the closing quote of a field",
        _ => "malformed row",
    };

    private static string Shown(IReadOnlyList<string> headers)
    {
        var names = string.Join(", ", headers.Take(8).Select(h => h.Length > 30 ? h[..30] + "…" : h));
        return headers.Count > 8 ? names + ", …" : names;
    }
}
