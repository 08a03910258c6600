namespace Sitrep.Ingest.Sources;

/// <summary>Limits for <see cref="ArticleSource"/>.</summary>
/// <param name="MaxDocumentBytes">
/// Largest single document (plain text, HTML or a feed, after decompression) read into memory. JSON Lines files
/// are streamed and have no limit.
/// </param>
public sealed record ArticleSourceOptions(long MaxDocumentBytes = ArticleSourceOptions.DefaultMaxDocumentBytes)
{
    public const long DefaultMaxDocumentBytes = 16L * 1024 * 1024;

    /// <summary>Fetches the pages a sitemap file lists; without one, a sitemap is reported with its URL count.</summary>
    public Web.IUrlReader? UrlReader { get; init; }
}
