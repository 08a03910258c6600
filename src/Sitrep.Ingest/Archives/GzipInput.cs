using System.IO.Compression;
using System.Reflection;
using Sitrep.Ingest.Sources;

namespace Sitrep.Ingest.Archives;

/// <summary>
/// Decompresses gzip input with every limit on the bytes it produces and with its end checked. .NET's
/// <see cref="GZipStream"/> ends quietly when the compressed data stops short — mid-block, or before a member's
/// CRC and size trailer — so a file cut by a failed copy would read as a shorter, whole one. At the end of the data
/// this stream asks the decompressor whether its last member was complete, and throws
/// <see cref="InputRefusedException"/> ("truncated gzip") when it was not.
/// </summary>
public static class GzipInput
{
    /// <summary>
    /// <paramref name="raw"/> decompressed, stopped past <paramref name="maxBytes"/> or past <paramref name="maxRatio"/>
    /// times the compressed bytes read so far (<see cref="DecompressionGuard"/>), and checked for truncation at its end.
    /// </summary>
    internal static Stream Open(Stream raw, int maxRatio, long maxBytes = long.MaxValue, string what = "file")
    {
        var counted = new CountingStream(raw);
        var gzip = new GZipStream(counted, CompressionMode.Decompress);
        return new DecompressionGuard(new EndChecked(gzip), counted, maxBytes, maxRatio, what);
    }

    // The decompressor's own record of whether it reached the end of a gzip member: GZipStream → DeflateStream → Inflater.
    private static readonly FieldInfo? DeflateField = typeof(GZipStream).GetField("_deflateStream", BindingFlags.NonPublic | BindingFlags.Instance);
    private static readonly FieldInfo? InflaterField = typeof(DeflateStream).GetField("_inflater", BindingFlags.NonPublic | BindingFlags.Instance);
    private static readonly MethodInfo? FinishedMethod = InflaterField?.FieldType.GetMethod("Finished", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance, Type.EmptyTypes);

    /// <summary>Whether truncation can be detected on this runtime (a test holds it true, so a runtime change cannot silently drop the check).</summary>
    public static bool CanDetectTruncation => DeflateField is not null && InflaterField is not null && FinishedMethod?.ReturnType == typeof(bool);

    /// <summary>True when the decompressor ended mid-member; false when complete or when the runtime does not tell.</summary>
    private static bool EndedMidMember(GZipStream gzip)
    {
        if (!CanDetectTruncation) return false;
        if (DeflateField!.GetValue(gzip) is not DeflateStream deflate) return false;
        // No inflater means no byte was ever read: an empty file, which is not a gzip stream either.
        if (InflaterField!.GetValue(deflate) is not { } inflater) return true;
        return !(bool)FinishedMethod!.Invoke(inflater, null)!;
    }

    private sealed class EndChecked(GZipStream gzip) : Stream
    {
        private bool _checked;

        public override int Read(byte[] buffer, int offset, int count) => Checked(gzip.Read(buffer, offset, count), count);

        public override int Read(Span<byte> buffer) => Checked(gzip.Read(buffer), buffer.Length);

        private int Checked(int n, int asked)
        {
            if (n == 0 && asked > 0 && !_checked)
            {
                _checked = true;
                if (EndedMidMember(gzip))
                    throw new InputRefusedException("truncated gzip: the compressed data ends before its end-of-stream marker (an incomplete copy or download?)");
            }
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) gzip.Dispose();
            base.Dispose(disposing);
        }
    }
}
