using System.Formats.Tar;
using Sitrep.Ingest.Sources;

namespace Sitrep.Ingest.Archives;

/// <summary>
/// The regular files of a tar archive (gzipped or not), streamed: a tar has no index, so it is read front to back
/// once. Links and devices are skipped (nothing is written to disk, so they could only point elsewhere). The
/// decompressed stream is guarded for total size and ratio; a truncated or corrupt archive ends with one error
/// naming the entry being read, and the entries before it stay read.
/// </summary>
internal sealed class TarEntries(string path, Func<Stream> open, bool gzipped, ArchiveLimits limits) : IArchiveEntries
{
    private TarReader? _reader;
    private Stream? _stream;
    private int _files;
    private bool _done;

    public ArchiveEntry? Next()
    {
        if (_done) return null;
        string current = path;
        try
        {
            _reader ??= new TarReader(_stream = Decompressed(), leaveOpen: false);
            while (_reader.GetNextEntry(copyData: false) is { } entry)
            {
                if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile or TarEntryType.ContiguousFile)) continue;
                if (ArchiveEntryName.Clean(entry.Name) is not { } name) continue;
                if (++_files > limits.MaxEntries) return Fatal(path, limits.TooManyEntries);
                current = $"{path}!/{name}";
                // The reader skips a refused entry's data on the next call, through the guard.
                if (entry.Length > limits.MaxEntryBytes) return new(current, null, limits.TooLarge(SourceErrors.FormatSize(entry.Length)));
                if (entry.DataStream is null) return new(current, [], null);
                if (limits.ReadCapped(entry.DataStream) is not { } bytes) return new(current, null, limits.TooLarge("over " + SourceErrors.FormatSize(limits.MaxEntryBytes)));
                if (bytes.Length < entry.Length) return Fatal(current, $"truncated archive: the entry ends after {bytes.Length:N0} of {entry.Length:N0} bytes");
                return new(current, bytes, null);
            }
            // The reader stops at the end-of-archive blocks; what follows is padding, read to the end so that a gzip cut short is caught.
            _stream!.CopyTo(Stream.Null);
            _done = true;
            return null;
        }
        catch (InputRefusedException ex)
        {
            return Fatal(current, ex.Message);
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or FileNotFoundException or DirectoryNotFoundException)
        {
            return Fatal(path, SourceErrors.Describe(ex));
        }
        // TarReader reports some malformed headers with InvalidOperationException (a pax size field past the block) or
        // OverflowException (a base-256 size field over 2^63).
        catch (Exception ex) when (ex is InvalidDataException or IOException or FormatException or ArgumentException or InvalidOperationException
            or OverflowException)
        {
            var what = ex is EndOfStreamException ? "truncated archive" : gzipped ? "truncated or corrupt archive (gzip or tar)" : "truncated or corrupt tar archive";
            return Fatal(current, $"{what}: {ex.Message}");
        }
    }

    private Stream Decompressed()
    {
        if (gzipped) return new TarHeaderGuard(GzipInput.Open(open(), limits.MaxRatio, limits.MaxTotalBytes, "archive"));
        var raw = new CountingStream(open());
        return new TarHeaderGuard(new DecompressionGuard(raw, raw, limits.MaxTotalBytes, int.MaxValue));
    }

    private ArchiveEntry Fatal(string name, string error)
    {
        _done = true;
        return new(name, null, error, Fatal: true);
    }

    public void Dispose()
    {
        _reader?.Dispose();
        _stream?.Dispose();
    }
}
