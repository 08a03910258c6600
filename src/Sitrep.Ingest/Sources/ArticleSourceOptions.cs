using Sitrep.Ingest.Fields;

namespace Sitrep.Ingest.Sources;

/// <summary>Limits for <see cref="ArticleSource"/>.</summary>
/// <param name="MaxDocumentBytes">
/// Largest single document (plain text, HTML or a feed, after decompression; an archive entry; a WARC record; a CSV row; a JSON
/// Lines line) read into memory, counted on the bytes actually read. JSON Lines, CSV and WARC files are streamed and have no
/// total limit, but a gzipped one is held to <see cref="MaxCompressionRatio"/> and checked for truncation.
/// </param>
public sealed record ArticleSourceOptions(long MaxDocumentBytes = ArticleSourceOptions.DefaultMaxDocumentBytes)
{
    public const long DefaultMaxDocumentBytes = 16L * 1024 * 1024;

    /// <summary>Fetches the pages a sitemap file lists; without one, a sitemap is reported with its URL count.</summary>
    public Web.IUrlReader? UrlReader { get; init; }

    /// <summary>Most bytes one archive may decompress to in all; the entries after that are not read.</summary>
    public long MaxArchiveBytes { get; init; } = 4L * 1024 * 1024 * 1024;

    /// <summary>Most entries read from one archive (a tar of millions of empty files is work without articles).</summary>
    public int MaxArchiveEntries { get; init; } = 100_000;

    /// <summary>
    /// Largest decompressed-to-compressed ratio accepted for an archive entry, a gzipped tar or any .gz file (so far). News pages
    /// compress 5–15:1 and repetitive text under 100:1; a zip bomb is 1,000:1 and more.
    /// </summary>
    public int MaxCompressionRatio { get; init; } = 200;

    /// <summary>Which columns of a CSV file and which fields of a JSON Lines object hold the title, text, date, ….</summary>
    public FieldMapping Fields { get; init; } = FieldMapping.Default;
}
