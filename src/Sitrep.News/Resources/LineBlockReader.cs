using System.IO.Compression;
using System.Text;

namespace Sitrep.News.Resources;

/// <summary>
/// Reads a UTF-8 text file (gunzipped when its name ends in .gz) as blocks of whole lines in fresh
/// character arrays, so that a large resource is parsed from spans without a string per line, and a
/// block can be handed to another thread while the next one is read.
/// </summary>
public sealed class LineBlockReader : IDisposable
{
    // Under the large-object threshold (85,000 bytes): blocks die young and cheaply.
    private const int BlockChars = 32 * 1024;

    private readonly StreamReader _reader;
    private char[] _carry = new char[BlockChars];
    private int _carried;
    private bool _ended;

    public LineBlockReader(string path)
    {
        Stream stream = File.OpenRead(path);
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)) stream = new GZipStream(stream, CompressionMode.Decompress);
        _reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024);
    }

    /// <summary>
    /// The next block: <paramref name="text"/>[0..<paramref name="length"/>) holds whole lines, each ended by '\n'
    /// except perhaps the file's last. False at the end of the file.
    /// </summary>
    public bool Next(out char[] text, out int length)
    {
        text = _carry;
        length = _carried;
        while (!_ended)
        {
            if (length == text.Length) Array.Resize(ref text, text.Length * 2); // one line longer than a block
            int read = _reader.Read(text, length, text.Length - length);
            if (read == 0) { _ended = true; break; }
            int lastEnd = text.AsSpan(length, read).LastIndexOf('\n');
            length += read;
            if (lastEnd < 0) continue;
            lastEnd += length - read;
            // Keep the partial last line for the next block.
            _carry = new char[Math.Max(BlockChars, length - lastEnd - 1)];
            _carried = length - lastEnd - 1;
            text.AsSpan(lastEnd + 1, _carried).CopyTo(_carry);
            length = lastEnd + 1;
            return true;
        }
        _carry = [];
        _carried = 0;
        return length > 0;
    }

    public void Dispose() => _reader.Dispose();
}
