using Sitrep.Ingest.Sources;

namespace Sitrep.Ingest.Archives;

/// <summary>What one archive may cost: bytes per entry and in all, entries, compression ratio.</summary>
internal sealed record ArchiveLimits(long MaxEntryBytes, long MaxTotalBytes, int MaxEntries, int MaxRatio)
{
    public static ArchiveLimits From(ArticleSourceOptions options) =>
        new(options.MaxDocumentBytes, options.MaxArchiveBytes, options.MaxArchiveEntries, options.MaxCompressionRatio);

    /// <summary>Reads an entry's data into memory, or returns null when it is over <see cref="MaxEntryBytes"/> (one byte past is enough to know).</summary>
    public byte[]? ReadCapped(Stream data)
    {
        using var buffer = new MemoryStream();
        ArticleSource.CopyAtMost(data, buffer, MaxEntryBytes + 1);
        return buffer.Length > MaxEntryBytes ? null : buffer.ToArray();
    }

    public string TooLarge(string size) => $"entry too large: {size} decompressed (limit {SourceErrors.FormatSize(MaxEntryBytes)})";

    public string TooManyEntries => $"more than {MaxEntries:N0} entries; the rest are not read";
}
