namespace Sitrep.Ingest.Sources;

/// <summary>Limits for <see cref="ArticleSource"/>.</summary>
/// <param name="MaxDocumentBytes">
/// Largest single document (plain text, HTML or a feed, after decompression) read into memory. JSON Lines files
/// are streamed and have no limit.
/// </param>
public sealed record ArticleSourceOptions(long MaxDocumentBytes = ArticleSourceOptions.DefaultMaxDocumentBytes)
{
    public const long DefaultMaxDocumentBytes = 16L * 1024 * 1024;
}
