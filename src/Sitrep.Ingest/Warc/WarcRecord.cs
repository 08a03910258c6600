namespace Sitrep.Ingest.Warc;

/// <summary>One WARC record: where it starts, its named headers, and its content block (null when over the size limit).</summary>
/// <param name="Offset">The byte where the record starts in the (decompressed) WARC.</param>
/// <param name="BlockLength">The Content-Length the record declares, also when the block was skipped.</param>
public sealed record WarcRecord(long Offset, IReadOnlyDictionary<string, string> Headers, byte[]? Block, long BlockLength)
{
    /// <summary>WARC-Type: warcinfo, response, resource, request, metadata, revisit, conversion, continuation.</summary>
    public string Type => Headers.GetValueOrDefault("WARC-Type", "").Trim().ToLowerInvariant();

    /// <summary>WARC-Target-URI, without the angle brackets WARC 1.0's grammar put around it (and some writers keep).</summary>
    public string? TargetUri => Headers.GetValueOrDefault("WARC-Target-URI")?.Trim().Trim('<', '>') is { Length: > 0 } uri ? uri : null;

    /// <summary>WARC-Date: when the content was captured (ISO 8601, UTC).</summary>
    public string? Date => Headers.GetValueOrDefault("WARC-Date");

    /// <summary>The Content-Type of the block: "application/http; msgtype=response" for an HTTP response.</summary>
    public string? ContentType => Headers.GetValueOrDefault("Content-Type");
}
