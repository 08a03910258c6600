namespace Sitrep.Ingest.Sources;

/// <summary>
/// A file's format from its name: "x.html" is HTML, "x.jsonl.gz" is gzipped JSON Lines, "x.tgz" a gzipped tar.
/// An archive entry is an input file too: its path names the entry ("a.zip!/dir/page.html") and its bytes are in memory.
/// </summary>
internal readonly record struct InputFile(string Path, InputFormat Format, bool Gzipped)
{
    /// <summary>The bytes of an archive entry, already read (and capped) by the archive reader; null for a file on disk.</summary>
    public byte[]? Content { get; init; }

    public static InputFile FromPath(string path)
    {
        var name = System.IO.Path.GetFileName(path);
        if (name.EndsWith(".tgz", StringComparison.OrdinalIgnoreCase)) return new InputFile(path, InputFormat.Tar, Gzipped: true);
        bool gzipped = name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);
        var inner = gzipped ? name[..^3] : name;
        return new InputFile(path, FormatOf(System.IO.Path.GetExtension(inner)), gzipped);
    }

    /// <summary>An archive entry named <paramref name="path"/> whose (still possibly gzipped) bytes are <paramref name="content"/>.</summary>
    public static InputFile FromEntry(string path, byte[] content) => FromPath(path) with { Content = content };

    /// <summary>
    /// The bytes as stored (still gzipped for a .gz). A path that leads, through any links, to a FIFO, a device or a
    /// socket is refused before it is opened (<see cref="FileKind"/>): opening a FIFO blocks, and /dev/zero never ends.
    /// </summary>
    public Stream OpenRead()
    {
        if (Content is { } bytes) return new MemoryStream(bytes, writable: false);
        if (FileKind.Refusal(Path) is { } refusal) throw new InputRefusedException(refusal);
        return File.OpenRead(Path);
    }

    /// <summary>
    /// The content: decompressed for a .gz, with the compression-ratio guard and the truncation check of
    /// <see cref="Archives.GzipInput"/>; otherwise the stored bytes. Size limits are the reader's, counted on what it reads.
    /// </summary>
    public Stream OpenContent(int maxCompressionRatio) => Gzipped ? Archives.GzipInput.Open(OpenRead(), maxCompressionRatio) : OpenRead();

    private static InputFormat FormatOf(string extension) => extension.ToLowerInvariant() switch
    {
        ".txt" or ".text" or ".md" => InputFormat.PlainText,
        ".html" or ".htm" or ".xhtml" => InputFormat.Html,
        ".jsonl" or ".ndjson" => InputFormat.JsonLines,
        ".rss" or ".atom" => InputFormat.Feed,
        ".xml" or ".json" => InputFormat.XmlOrJson,
        ".csv" => InputFormat.Csv,
        ".tsv" => InputFormat.Tsv,
        ".warc" => InputFormat.Warc,
        ".zip" => InputFormat.Zip,
        ".tar" => InputFormat.Tar,
        _ => InputFormat.Unknown,
    };
}
