using Sitrep.Ingest.Archives;
using Sitrep.Ingest.Csv;
using Sitrep.Ingest.Feeds;
using Sitrep.Ingest.Html;
using Sitrep.Ingest.JsonLines;
using Sitrep.Ingest.PlainText;
using Sitrep.Ingest.Warc;

namespace Sitrep.Ingest.Sources;

/// <summary>
/// Reads articles from files, folders and globs, choosing the reader by extension. Results stream lazily,
/// one per article or per failure, and bad input never throws: it becomes an error result naming the input.
/// </summary>
public static class ArticleSource
{
    // Enough to tell text from binary: binary formats put NUL bytes in their headers.
    private const int SniffBytes = 8192;

    public static IEnumerable<IngestResult> Read(IEnumerable<string> inputs, ArticleSourceOptions? options = null)
    {
        options ??= new ArticleSourceOptions();
        foreach (var input in inputs)
            foreach (var result in ReadInput(input, options))
                yield return result;
    }

    private static IEnumerable<IngestResult> ReadInput(string input, ArticleSourceOptions options)
    {
        if (File.Exists(input)) return ReadFile(InputFile.FromPath(input), explicitlyNamed: true, options);
        if (Directory.Exists(input)) return ReadDirectory(input, options);
        if (Glob.IsPattern(input)) return ReadGlob(input, options);
        return [IngestResult.Fail(input, "no such file or directory")];
    }

    private static IEnumerable<IngestResult> ReadDirectory(string dir, ArticleSourceOptions options)
    {
        bool any = false;
        foreach (var entry in FileWalker.Walk(dir))
        {
            if (entry.Error is not null)
            {
                any = true;
                yield return IngestResult.Fail(entry.Path, entry.Error);
            }
            // Folders hold stray files (images, indexes): only readable formats and text are articles there.
            else if (IsArticleFile(InputFile.FromPath(entry.Path)))
            {
                any = true;
                foreach (var result in ReadFile(InputFile.FromPath(entry.Path), explicitlyNamed: false, options)) yield return result;
            }
        }
        if (!any) yield return IngestResult.Fail(dir, "no article files in directory");
    }

    private static IEnumerable<IngestResult> ReadGlob(string pattern, ArticleSourceOptions options)
    {
        var entries = Glob.Expand(pattern);
        if (entries.Count == 0) return [IngestResult.Fail(pattern, "no files match")];
        // A file the user's pattern matched counts as named: if it is not an article, say so rather than skip it.
        return entries.SelectMany(e => e.Error is not null
            ? [IngestResult.Fail(e.Path, e.Error)]
            : ReadFile(InputFile.FromPath(e.Path), explicitlyNamed: true, options));
    }

    /// <summary>Whether a file found by a walk (or in an archive) is worth reading: a known format, or text.</summary>
    internal static bool IsArticleFile(InputFile file)
    {
        if (file.Format != InputFormat.Unknown) return true;
        try
        {
            return !file.Gzipped && LooksLikeText(file);
        }
        catch (Exception ex) when (SourceErrors.IsInputError(ex))
        {
            return true; // let reading the file report the error
        }
    }

    /// <summary>Reads one file, or one archive entry, with the reader its name calls for.</summary>
    internal static IEnumerable<IngestResult> ReadFile(InputFile file, bool explicitlyNamed, ArticleSourceOptions options)
    {
        if (file.Format == InputFormat.XmlOrJson) file = file with { Format = SniffFeed(file, options) };
        return file.Format switch
        {
            InputFormat.JsonLines => ReadStreamed(file, options, stream => JsonLinesArticleReader.Read(file.Path, stream, options.Fields, options.MaxDocumentBytes)),
            InputFormat.Csv or InputFormat.Tsv => ReadStreamed(file, options, stream =>
                CsvArticleReader.Read(file.Path, stream, file.Format == InputFormat.Tsv ? '\t' : ',', options.Fields, options.MaxDocumentBytes)),
            InputFormat.Warc => ReadStreamed(file, options, stream => WarcArticleReader.Read(file.Path, stream, options.MaxDocumentBytes)),
            InputFormat.Zip or InputFormat.Tar => ArchiveReader.Read(file, options),
            InputFormat.Feed => ReadFeed(file, options),
            _ => [Guarded(file.Path, () => ReadDocument(file, explicitlyNamed, options))],
        };
    }

    /// <summary>An .xml or .json file is a feed when its first bytes say so; otherwise it is read as any other file.</summary>
    private static InputFormat SniffFeed(InputFile file, ArticleSourceOptions options)
    {
        try
        {
            using var stream = file.OpenContent(options.MaxCompressionRatio);
            var head = new byte[SniffBytes];
            int n = stream.ReadAtLeast(head, SniffBytes, throwOnEndOfStream: false);
            return FeedSniffer.LooksLikeFeed(head.AsSpan(0, n)) ? InputFormat.Feed : InputFormat.Unknown;
        }
        catch (Exception ex) when (SourceErrors.IsInputError(ex))
        {
            return InputFormat.Feed; // let reading the file report the error
        }
    }

    private static IEnumerable<IngestResult> ReadFeed(InputFile file, ArticleSourceOptions options)
    {
        try
        {
            return TryReadCapped(file, options, out var bytes, out var error)
                ? FeedArticleReader.Read(file.Path, bytes, options.UrlReader)
                : [IngestResult.Fail(file.Path, error)];
        }
        catch (Exception ex) when (SourceErrors.IsInputError(ex))
        {
            return [IngestResult.Fail(file.Path, SourceErrors.Describe(ex))];
        }
    }

    private static IngestResult ReadDocument(InputFile file, bool explicitlyNamed, ArticleSourceOptions options)
    {
        var format = file.Format;
        if (format == InputFormat.Unknown)
        {
            if (file.Gzipped) return IngestResult.Fail(file.Path, "compressed file of unknown format");
            if (explicitlyNamed && !LooksLikeText(file))
                return IngestResult.Fail(file.Path, "binary file, not an article (unknown format)");
            format = InputFormat.PlainText;
        }
        if (!TryReadCapped(file, options, out var bytes, out var error)) return IngestResult.Fail(file.Path, error);
        return format == InputFormat.Html ? HtmlArticleReader.Read(file.Path, bytes) : PlainTextArticleReader.Read(file.Path, bytes);
    }

    /// <summary>
    /// Reads a whole document, or refuses it once more than <paramref name="limit"/> bytes have been read (decompressed,
    /// for a .gz): the limit is counted on what is read, so neither a symlink's size nor a device's claim can slip past it.
    /// </summary>
    private static bool TryReadCapped(InputFile file, ArticleSourceOptions options, out byte[] bytes, out string error)
    {
        long limit = options.MaxDocumentBytes;
        bytes = [];
        error = "";
        using var stream = file.OpenContent(options.MaxCompressionRatio);
        // The stored size (known for a plain file) sizes the buffer and names the size in the refusal; it is not trusted as the limit.
        long known = !file.Gzipped && stream.CanSeek ? stream.Length : -1;
        using var buffer = new MemoryStream((int)Math.Clamp(known + 1, 0, Math.Min(limit + 1, 64L * 1024 * 1024)));
        // One byte past the limit is enough to know: an oversized file or a zip bomb is never read in full.
        CopyAtMost(stream, buffer, limit + 1);
        if (buffer.Length > limit)
        {
            var size = known > limit ? SourceErrors.FormatSize(known) : $"over {SourceErrors.FormatSize(limit)}{(file.Gzipped ? " decompressed" : "")}";
            error = $"file too large: {size} (limit {SourceErrors.FormatSize(limit)})";
            return false;
        }
        bytes = buffer.ToArray();
        return true;
    }

    internal static void CopyAtMost(Stream source, Stream destination, long max)
    {
        var chunk = new byte[81920];
        long total = 0;
        int n;
        while (total < max && (n = source.Read(chunk, 0, (int)Math.Min(chunk.Length, max - total))) > 0)
        {
            destination.Write(chunk, 0, n);
            total += n;
        }
    }

    /// <summary>
    /// Streams a file that holds many articles (JSON Lines, CSV, WARC) through its reader; an I/O or gzip failure
    /// midway ends it with one error result.
    /// </summary>
    private static IEnumerable<IngestResult> ReadStreamed(InputFile file, ArticleSourceOptions options, Func<Stream, IEnumerable<IngestResult>> read)
    {
        Stream? stream = null;
        string? openError = null;
        try
        {
            stream = file.OpenContent(options.MaxCompressionRatio);
        }
        catch (Exception ex) when (SourceErrors.IsInputError(ex))
        {
            openError = SourceErrors.Describe(ex);
        }
        if (stream is null)
        {
            yield return IngestResult.Fail(file.Path, openError!);
            yield break;
        }
        using (stream)
        using (var lines = read(stream).GetEnumerator())
        {
            // After a stream failure the reader's iterator is finished, so the loop ends on its own.
            while (NextLine(file.Path, lines) is { } result) yield return result;
        }
    }

    /// <summary>The next line's result, an error result if the stream fails (then reading stops), or null at the end.</summary>
    private static IngestResult? NextLine(string path, IEnumerator<IngestResult> lines)
    {
        try
        {
            return lines.MoveNext() ? lines.Current : null;
        }
        catch (Exception ex) when (SourceErrors.IsInputError(ex))
        {
            return IngestResult.Fail(path, SourceErrors.Describe(ex));
        }
    }

    private static bool LooksLikeText(InputFile file)
    {
        Span<byte> head = stackalloc byte[SniffBytes];
        int n;
        using (var fs = file.OpenRead()) n = fs.ReadAtLeast(head, SniffBytes, throwOnEndOfStream: false);
        head = head[..n];
        // UTF-16 text is full of NULs; its byte-order mark vouches for it.
        bool utf16 = head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);
        return utf16 || !head.Contains((byte)0);
    }

    private static IngestResult Guarded(string path, Func<IngestResult> read)
    {
        try
        {
            return read();
        }
        catch (Exception ex) when (SourceErrors.IsInputError(ex))
        {
            return IngestResult.Fail(path, SourceErrors.Describe(ex));
        }
    }
}
