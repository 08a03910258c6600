using System.Globalization;
using System.Text;

namespace Sitrep.Ingest.Archives;

/// <summary>
/// Follows a tar stream header by header, as TarReader reads it, and stops it with an <see cref="ArchiveLimitException"/>
/// at a pax extended-attributes ('x', 'g') or GNU long-name ('L', 'K') header that declares more than
/// <see cref="MaxMetadataBytes"/>: TarReader allocates a buffer of the declared size (up to 2 GB) before it reads a byte
/// of that data, and it checks no checksum, so a flipped bit in a 6 KB tar cost a gigabyte. Headers are found where
/// TarReader finds them: each after the previous one's data rounded up to 512 bytes, the data's size taken from a
/// preceding pax "size" record when there is one (POSIX pax, "size" keyword), and none after the end-of-archive block.
/// </summary>
internal sealed class TarHeaderGuard(Stream tar) : Stream
{
    /// <summary>Real pax records and long names take a few hundred bytes.</summary>
    public const int MaxMetadataBytes = 1024 * 1024;

    private const int Block = 512;

    private readonly byte[] _header = new byte[Block];
    private int _headerFilled;
    private long _offset;
    private long _nextHeader;
    // The data of a pax 'x' header, read to find the next entry's "size" record.
    private MemoryStream? _pax;
    private long _paxEnd;
    private long? _paxSize;
    // Past the end-of-archive block, or past a header TarReader itself will refuse: nothing more to follow.
    private bool _done;

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int n = tar.Read(buffer);
        Follow(buffer[..n]);
        return n;
    }

    private void Follow(ReadOnlySpan<byte> bytes)
    {
        while (!bytes.IsEmpty && !_done)
        {
            if (_offset < _nextHeader)
            {
                int take = (int)Math.Min(bytes.Length, _nextHeader - _offset);
                if (_pax is not null && _offset < _paxEnd) _pax.Write(bytes[..(int)Math.Min(take, _paxEnd - _offset)]);
                bytes = bytes[take..];
                _offset += take;
                if (_pax is not null && _offset >= _paxEnd) EndPax();
                continue;
            }
            int part = Math.Min(Block - _headerFilled, bytes.Length);
            bytes[..part].CopyTo(_header.AsSpan(_headerFilled));
            _headerFilled += part;
            bytes = bytes[part..];
            _offset += part;
            if (_headerFilled < Block) return;
            _headerFilled = 0;
            Header(_header, _offset - Block);
        }
    }

    private void Header(ReadOnlySpan<byte> header, long at)
    {
        // TarReader ends at a header whose checksum field is empty or zero.
        long checksum = Octal(header[148..156]);
        long size = (header[124] & 0x80) != 0 ? long.MaxValue : Octal(header[124..136]);
        if (checksum <= 0 || size < 0)
        {
            _done = true;
            return;
        }
        byte type = header[156];
        if (type is (byte)'x' or (byte)'g' or (byte)'L' or (byte)'K')
        {
            if (size > MaxMetadataBytes)
            {
                var declared = size == long.MaxValue ? "a huge size" : Sources.SourceErrors.FormatSize(size);
                throw new ArchiveLimitException($"tar header at byte {at} declares {declared} of metadata (limit {Sources.SourceErrors.FormatSize(MaxMetadataBytes)}); the rest is not read");
            }
            if (type == (byte)'x')
            {
                _pax = new MemoryStream((int)size);
                _paxEnd = at + Block + size;
                if (size == 0) EndPax();
            }
        }
        else
        {
            size = _paxSize ?? size;
            _paxSize = null;
        }
        _nextHeader = at + Block + (size + Block - 1) / Block * Block;
        if (_nextHeader < at) _done = true; // a size near long.MaxValue: TarReader fails on it
    }

    /// <summary>Reads the pax records ("LENGTH keyword=value\n") for the "size" that replaces the next header's.</summary>
    private void EndPax()
    {
        var records = Encoding.UTF8.GetString(_pax!.GetBuffer(), 0, (int)_pax.Length);
        _pax = null;
        foreach (var record in records.Split('\n'))
        {
            int space = record.IndexOf(' ');
            if (space < 0 || !record.AsSpan(space + 1).StartsWith("size=")) continue;
            if (long.TryParse(record.AsSpan(space + 6), NumberStyles.None, CultureInfo.InvariantCulture, out long size)) _paxSize = size;
        }
    }

    /// <summary>An octal field as TarReader reads it: digits, then NUL or space padding; -1 when it holds no number.</summary>
    private static long Octal(ReadOnlySpan<byte> field)
    {
        field = field.TrimEnd((ReadOnlySpan<byte>)[0, (byte)' ']).TrimStart((byte)' ');
        if (field.IsEmpty) return 0;
        long value = 0;
        foreach (byte b in field)
        {
            if (b is < (byte)'0' or > (byte)'7' || value > long.MaxValue / 8) return -1;
            value = value * 8 + (b - '0');
        }
        return value;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _offset; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) tar.Dispose();
        base.Dispose(disposing);
    }
}
