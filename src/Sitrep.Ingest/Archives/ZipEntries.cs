using System.IO.Compression;
using Sitrep.Ingest.Sources;

namespace Sitrep.Ingest.Archives;

/// <summary>
/// The files of a zip archive, from its central directory. An entry whose declared size is over the limit, or
/// whose declared sizes show a bomb's ratio, is refused before it is decompressed; the actual bytes are capped too,
/// as the declared sizes can lie. A corrupt entry is one error and the others are read; a zip without a readable
/// central directory (truncated) is one error for the archive.
/// </summary>
internal sealed class ZipEntries(string path, Func<Stream> open, ArchiveLimits limits) : IArchiveEntries
{
    // Below this the ratio is not judged: a small file of spaces compresses 1,000:1 and harms nobody.
    private const long RatioFloor = 1024 * 1024;

    private ZipArchive? _zip;
    private int _index;
    private int _files;
    private long _total;
    private bool _done;

    public ArchiveEntry? Next()
    {
        if (_done) return null;
        if (_zip is null && Open() is { } failure) return failure;
        while (_index < _zip!.Entries.Count)
        {
            var entry = _zip.Entries[_index++];
            if (entry.FullName.EndsWith('/') || entry.FullName.EndsWith('\\')) continue; // a folder
            if (ArchiveEntryName.Clean(entry.FullName) is not { } name) continue;
            if (++_files > limits.MaxEntries) return Fatal(path, limits.TooManyEntries);
            return Read(entry, $"{path}!/{name}");
        }
        _done = true;
        return null;
    }

    private ArchiveEntry? Open()
    {
        try
        {
            _zip = new ZipArchive(open(), ZipArchiveMode.Read, leaveOpen: false);
            // The central directory is read on first use of Entries, where its errors would escape: read it here.
            _ = _zip.Entries.Count;
            return null;
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or FileNotFoundException or DirectoryNotFoundException)
        {
            return Fatal(path, SourceErrors.Describe(ex));
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or ArgumentException)
        {
            return Fatal(path, $"not a readable zip archive (truncated or corrupt): {ex.Message}");
        }
    }

    private ArchiveEntry Read(ZipArchiveEntry entry, string name)
    {
        if (entry.Length > limits.MaxEntryBytes) return new(name, null, limits.TooLarge(SourceErrors.FormatSize(entry.Length)));
        if (entry.Length > RatioFloor && entry.Length > (double)limits.MaxRatio * Math.Max(1, entry.CompressedLength))
            return new(name, null, $"compression ratio {entry.Length / Math.Max(1, entry.CompressedLength):N0}:1 is over {limits.MaxRatio}:1 (a zip bomb?)");
        if (_total + entry.Length > limits.MaxTotalBytes)
            return Fatal(name, $"archive decompresses to over {SourceErrors.FormatSize(limits.MaxTotalBytes)} (limit); the rest is not read");
        try
        {
            using var data = entry.Open();
            if (limits.ReadCapped(data) is not { } bytes) return new(name, null, limits.TooLarge("over " + SourceErrors.FormatSize(limits.MaxEntryBytes)));
            _total += bytes.Length;
            return new(name, bytes, null);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException)
        {
            return new(name, null, $"corrupt zip entry: {ex.Message}");
        }
    }

    private ArchiveEntry Fatal(string name, string error)
    {
        _done = true;
        return new(name, null, error, Fatal: true);
    }

    public void Dispose() => _zip?.Dispose();
}
