namespace Sitrep.Ingest.Archives;

/// <summary>
/// Wraps a decompressing stream and stops it, with an <see cref="ArchiveLimitException"/>, once it has produced
/// more than its total limit or more than the ratio allows over the compressed bytes read so far. The
/// check runs on every read, so a bomb is stopped after at most one buffer, even inside an entry being skipped.
/// </summary>
internal sealed class DecompressionGuard(Stream decompressed, CountingStream compressed, long maxBytes, int maxRatio, string what = "archive") : Stream
{
    // Below this the ratio is not judged: a small file of spaces compresses 1,000:1 and harms nobody.
    private const long RatioFloor = 1024 * 1024;

    private long _produced;

    public override int Read(byte[] buffer, int offset, int count) => Checked(decompressed.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Checked(decompressed.Read(buffer));

    private int Checked(int n)
    {
        _produced += n;
        if (_produced > maxBytes)
            throw new ArchiveLimitException($"{what} decompresses to over {Sources.SourceErrors.FormatSize(maxBytes)} (limit); the rest is not read");
        if (_produced > RatioFloor && _produced > (double)maxRatio * Math.Max(1, compressed.BytesRead))
            throw new ArchiveLimitException($"compression ratio over {maxRatio}:1 (a decompression bomb?); the rest of the {what} is not read");
        return n;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _produced; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) decompressed.Dispose();
        base.Dispose(disposing);
    }
}
