namespace Sitrep.Ingest.Archives;

/// <summary>
/// Watches the 512-byte blocks of a tar stream for the headers whose data TarReader reads whole into one buffer —
/// pax extended attributes ('x', 'g') and GNU long names ('L', 'K') — and stops the stream, with an
/// <see cref="ArchiveLimitException"/>, at one that declares more than <see cref="MaxMetadataBytes"/>: TarReader
/// allocates the declared size (up to 2 GB) before it reads a byte of it, so a 6 KB tar could cost a gigabyte.
/// A block counts as such a header only when its ustar magic and its checksum (POSIX ustar §10.1.1) hold.
/// </summary>
internal sealed class TarHeaderGuard(Stream tar) : Stream
{
    /// <summary>Real pax records and long names take a few hundred bytes.</summary>
    public const int MaxMetadataBytes = 1024 * 1024;

    private const int Block = 512;

    // A block cut across reads is gathered here before it is looked at.
    private readonly byte[] _partial = new byte[Block];
    private int _filled;
    private long _offset;

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int n = tar.Read(buffer);
        Watch(buffer[..n]);
        return n;
    }

    private void Watch(ReadOnlySpan<byte> bytes)
    {
        while (!bytes.IsEmpty)
        {
            if (_filled == 0 && bytes.Length >= Block)
            {
                Check(bytes[..Block]);
                bytes = bytes[Block..];
                _offset += Block;
                continue;
            }
            int take = Math.Min(Block - _filled, bytes.Length);
            bytes[..take].CopyTo(_partial.AsSpan(_filled));
            _filled += take;
            bytes = bytes[take..];
            if (_filled < Block) return;
            Check(_partial);
            _filled = 0;
            _offset += Block;
        }
    }

    private void Check(ReadOnlySpan<byte> block)
    {
        if (block[156] is not ((byte)'x' or (byte)'g' or (byte)'L' or (byte)'K') || !block[257..262].SequenceEqual("ustar"u8) || !ChecksumHolds(block))
            return;
        // A base-256 size (high bit set) is for sizes octal cannot write: far over the limit.
        long size = (block[124] & 0x80) != 0 ? long.MaxValue : Octal(block[124..136]);
        if (size > MaxMetadataBytes)
            throw new ArchiveLimitException($"tar header at byte {_offset} declares {(size == long.MaxValue ? "a huge" : Sources.SourceErrors.FormatSize(size) + " of")} metadata (limit {Sources.SourceErrors.FormatSize(MaxMetadataBytes)}); the rest is not read");
    }

    /// <summary>The header's checksum field against the sum of its bytes, the field itself read as spaces.</summary>
    private static bool ChecksumHolds(ReadOnlySpan<byte> block)
    {
        long sum = 8 * (byte)' ';
        for (int i = 0; i < Block; i++)
            if (i is < 148 or >= 156) sum += block[i];
        return Octal(block[148..156]) == sum;
    }

    /// <summary>An octal field: leading spaces, digits, then NUL or space; -1 when it holds no number.</summary>
    private static long Octal(ReadOnlySpan<byte> field)
    {
        field = field.TrimStart((byte)' ');
        int end = field.IndexOfAnyExcept("01234567"u8);
        if (end == 0 || end > 0 && field[end] is not (0 or (byte)' ')) return -1;
        long value = 0;
        foreach (byte b in end < 0 ? field : field[..end]) value = value * 8 + (b - '0');
        return value;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _offset + _filled; set => throw new NotSupportedException(); }
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
