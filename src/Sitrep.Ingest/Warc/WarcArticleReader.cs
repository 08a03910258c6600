using Sitrep.Articles;
using Sitrep.Ingest.Html;
using Sitrep.Ingest.Sources;

namespace Sitrep.Ingest.Warc;

/// <summary>
/// Reads the HTML pages of a web archive (WARC) as articles, lazily: a crawl segment is gigabytes. Only response
/// records holding a successful HTTP response with an HTML body are pages; request, metadata, warcinfo, revisit
/// and other records are counted and skipped. Each page goes to <see cref="HtmlArticleReader"/> with the record's
/// target URI and the charset the server declared. Results are named "crawl.warc.gz!URI". A record cut short ends
/// the reading with one error naming its byte offset; the pages before it stay.
/// </summary>
public static class WarcArticleReader
{
    /// <remarks>The stream (already decompressed for .warc.gz) stays open: it belongs to the caller.</remarks>
    /// <param name="maxRecordBytes">Largest record block held in memory, and largest decoded page; larger records are reported and skipped.</param>
    /// <param name="counts">Receives what was read and skipped, for callers that report it.</param>
    public static IEnumerable<IngestResult> Read(string path, Stream stream, long maxRecordBytes = ArticleSourceOptions.DefaultMaxDocumentBytes,
        WarcCounts? counts = null)
    {
        counts ??= new WarcCounts();
        var reader = new WarcRecordReader(stream, maxRecordBytes);
        bool any = false;
        while (true)
        {
            var record = Next(path, reader, out var failure);
            if (failure is not null)
            {
                any = true;
                yield return failure;
                break;
            }
            if (record is null) break;
            counts.Record();
            counts.Bytes += record.BlockLength;
            if (ReadRecord(path, record, maxRecordBytes, counts) is { } result)
            {
                any = true;
                yield return result;
            }
        }
        if (!any)
        {
            yield return IngestResult.Fail(path, counts.Records == 0
                ? "empty file"
                : $"no HTML pages among {counts.Records} WARC record{(counts.Records == 1 ? "" : "s")} ({counts.DescribeSkipped()})");
        }
    }

    private static WarcRecord? Next(string path, WarcRecordReader reader, out IngestResult? failure)
    {
        failure = null;
        try
        {
            return reader.Next();
        }
        catch (WarcFormatException ex)
        {
            failure = IngestResult.Fail(path, ex.Message);
        }
        catch (InputRefusedException ex)
        {
            failure = IngestResult.Fail(path, $"{ex.Message}; the record at byte {reader.RecordStart} is cut short");
        }
        catch (Exception ex) when (SourceErrors.IsInputError(ex))
        {
            failure = IngestResult.Fail(path, $"{SourceErrors.Describe(ex)} (the WARC is cut short or corrupt)");
        }
        return null;
    }

    /// <summary>The record's article or error, or null when it is not an HTML page (counted as skipped).</summary>
    private static IngestResult? ReadRecord(string path, WarcRecord record, long maxBytes, WarcCounts counts)
    {
        if (record.Type != "response")
        {
            counts.Skip(record.Type.Length == 0 ? "untyped" : record.Type);
            return null;
        }
        // A response record may hold DNS answers or other protocols; only HTTP carries pages.
        if (record.ContentType is { } type && !type.StartsWith("application/http", StringComparison.OrdinalIgnoreCase))
        {
            counts.Skip("non-HTTP response");
            return null;
        }
        var name = record.TargetUri is { } uri ? $"{path}!{uri}" : $"{path}@{record.Offset}";
        if (record.Block is null)
            return IngestResult.Fail(name, $"record at byte {record.Offset} too large: {SourceErrors.FormatSize(record.BlockLength)} (limit {SourceErrors.FormatSize(maxBytes)})");
        if (HttpResponseParser.Parse(record.Block, maxBytes, out var error) is not { } response)
            return IngestResult.Fail(name, $"record at byte {record.Offset}: {error}");
        if (response.Status is < 200 or > 299)
        {
            counts.Skip($"HTTP {response.Status / 100}xx response");
            return null;
        }
        if (!response.IsHtml)
        {
            counts.Skip("non-HTML response");
            return null;
        }
        counts.Page();
        var result = HtmlArticleReader.Read(name, response.Body, record.TargetUri, response.Charset);
        return result.Article is { Published: null } article && CaptureDate(record.Date) is { } captured
            ? IngestResult.Ok(name, article with { Published = captured })
            : result;
    }

    /// <summary>
    /// The capture day, for a page that states no date of its own: an upper bound on its publication, and for news
    /// crawls (which fetch from feeds within hours) usually the day itself. Article has no separate "retrieved"
    /// field, and the pipeline anchors relative times ("on Tuesday") on the publication date.
    /// </summary>
    private static PartialDate? CaptureDate(string? warcDate) =>
        warcDate is not null && DateTimeOffset.TryParse(warcDate, System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AssumeUniversal | System.Globalization.DateTimeStyles.AdjustToUniversal, out var d)
            && d.Year > 1
            ? PartialDate.FromDate(DateOnly.FromDateTime(d.UtcDateTime))
            : null;
}
