using System.Globalization;
using System.Text;

namespace Sitrep.Ingest.Warc;

/// <summary>
/// Reads WARC 1.0 and 1.1 records (ISO 28500) one at a time from a stream, without seeking: a version line, named
/// header fields up to a blank line, a block of Content-Length bytes, then CRLF CRLF. A .warc.gz is read through a
/// GZipStream, which decompresses the one-member-per-record layout Common Crawl writes as one stream. Memory is
/// bounded: header lines are capped, and a block over the record limit is skipped rather than held.
/// </summary>
public sealed class WarcRecordReader(Stream stream, long maxBlockBytes)
{
    // Real header sections are under 2 KB; these caps stop a stream of garbage without line breaks.
    private const int MaxLineBytes = 64 * 1024;
    private const int MaxHeaderFields = 512;
    private const int MaxHeaderBytes = 256 * 1024;

    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private long _offset;

    /// <summary>Where the record being read (or last read) starts, in bytes of the (decompressed) stream.</summary>
    public long RecordStart { get; private set; }

    /// <summary>The next record, or null at the end of the stream.</summary>
    /// <exception cref="WarcFormatException">The record is truncated or is not a WARC record; reading cannot go on.</exception>
    public WarcRecord? Next()
    {
        // Records end with CRLF CRLF; tolerate more or fewer line breaks between them.
        RecordStart = _offset;
        if (!SkipLineBreaks()) return null;
        long start = RecordStart = _offset;
        var version = ReadLine(start) ?? throw Truncated(start);
        if (!version.StartsWith("WARC/", StringComparison.Ordinal))
            throw new WarcFormatException($"no WARC record at byte {start} (found \"{Shown(version)}\")");
        var headers = ReadHeaders(start);
        if (!headers.TryGetValue("Content-Length", out var lengthText)
            || !long.TryParse(lengthText.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out long length))
            throw new WarcFormatException($"record at byte {start} has no valid Content-Length");
        if (length > maxBlockBytes)
        {
            if (!Skip(length)) throw Truncated(start);
            return new WarcRecord(start, headers, null, length);
        }
        var block = new byte[length];
        if (!ReadExactly(block)) throw Truncated(start);
        return new WarcRecord(start, headers, block, length);
    }

    private Dictionary<string, string> ReadHeaders(long start)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? last = null;
        // The last field's value, kept open for folded lines: adding each to a string copied the value every time
        // (10,000 folded lines in a 500 KB record allocated 2 GB).
        var value = new StringBuilder();
        long size = 0;
        while (true)
        {
            var line = ReadLine(start) ?? throw Truncated(start);
            if (line.Length > 0 && line[0] is ' ' or '\t' && last is not null)
            {
                if ((size += line.Length) > MaxHeaderBytes) throw new WarcFormatException($"record at byte {start} has a header section over {MaxHeaderBytes / 1024} KB");
                value.Append(' ').Append(line.AsSpan().Trim()); // a folded continuation line (WARC 1.0 §4)
                continue;
            }
            if (last is not null) headers[last] = value.ToString();
            if (line.Length == 0) return headers;
            if (headers.Count >= MaxHeaderFields) throw new WarcFormatException($"record at byte {start} has over {MaxHeaderFields} header fields");
            if ((size += line.Length) > MaxHeaderBytes) throw new WarcFormatException($"record at byte {start} has a header section over {MaxHeaderBytes / 1024} KB");
            int colon = line.IndexOf(':');
            if (colon <= 0) throw new WarcFormatException($"record at byte {start} has a header line without a name: \"{Shown(line)}\"");
            last = line[..colon].Trim();
            value.Clear().Append(line.AsSpan(colon + 1).Trim());
        }
    }

    private static WarcFormatException Truncated(long start) => new($"truncated record at byte {start}");

    private static string Shown(string line) => line.Length <= 40 ? line : line[..40] + "…";

    /// <summary>Skips CR and LF bytes; false at the end of the stream.</summary>
    private bool SkipLineBreaks()
    {
        while (true)
        {
            if (_start == _end && !Fill()) return false;
            if (_buffer[_start] is not ((byte)'\r' or (byte)'\n')) return true;
            _start++;
            _offset++;
        }
    }

    /// <summary>A line without its CRLF (or LF), decoded as UTF-8 (WARC 1.1 headers may hold UTF-8); null at the end of the stream.</summary>
    private string? ReadLine(long recordStart)
    {
        using var line = new MemoryStream();
        while (true)
        {
            if (_start == _end && !Fill()) return line.Length == 0 ? null : throw Truncated(recordStart);
            int newline = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
            int stop = newline < 0 ? _end : newline;
            line.Write(_buffer, _start, stop - _start);
            _offset += stop - _start + (newline < 0 ? 0 : 1);
            _start = newline < 0 ? _end : newline + 1;
            if (line.Length > MaxLineBytes) throw new WarcFormatException($"record at byte {recordStart} has a header line over {MaxLineBytes / 1024} KB");
            if (newline >= 0)
            {
                var bytes = line.GetBuffer().AsSpan(0, (int)line.Length);
                if (bytes.EndsWith((byte)'\r')) bytes = bytes[..^1];
                return Encoding.UTF8.GetString(bytes);
            }
        }
    }

    private bool ReadExactly(byte[] block)
    {
        int done = 0;
        while (done < block.Length)
        {
            if (_start == _end && !Fill()) return false;
            int n = Math.Min(block.Length - done, _end - _start);
            Buffer.BlockCopy(_buffer, _start, block, done, n);
            _start += n;
            _offset += n;
            done += n;
        }
        return true;
    }

    private bool Skip(long count)
    {
        while (count > 0)
        {
            if (_start == _end && !Fill()) return false;
            int n = (int)Math.Min(count, _end - _start);
            _start += n;
            _offset += n;
            count -= n;
        }
        return true;
    }

    private bool Fill()
    {
        _start = 0;
        _end = stream.Read(_buffer, 0, _buffer.Length);
        return _end > 0;
    }
}
