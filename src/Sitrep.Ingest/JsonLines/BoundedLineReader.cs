using System.Text;

namespace Sitrep.Ingest.JsonLines;

/// <summary>
/// Reads lines like <see cref="TextReader.ReadLine"/>, but never holds more than <paramref name="maxChars"/> of one: a
/// longer line is skipped to its end and reported by its length, so a file that is one endless line costs a buffer, not
/// the memory of the line. Lines end at "\n" or "\r\n".
/// </summary>
internal sealed class BoundedLineReader(TextReader reader, long maxChars)
{
    private readonly char[] _buffer = new char[16 * 1024];
    private readonly StringBuilder _line = new();
    private int _position;
    private int _end;

    /// <summary>
    /// The next line, or null at the end. <paramref name="length"/> is its length in chars; when it is over the limit the
    /// line returned is empty and only the length tells what was skipped.
    /// </summary>
    public string? ReadLine(out long length)
    {
        _line.Clear();
        length = 0;
        bool any = false;
        while (true)
        {
            if (_position == _end)
            {
                _end = reader.Read(_buffer, 0, _buffer.Length);
                _position = 0;
                if (_end == 0) return any ? Finish(length) : null;
            }
            any = true;
            int newline = Array.IndexOf(_buffer, '\n', _position, _end - _position);
            int stop = newline < 0 ? _end : newline;
            int take = stop - _position;
            if (length + take <= maxChars) _line.Append(_buffer, _position, take);
            length += take;
            _position = newline < 0 ? _end : newline + 1;
            if (newline >= 0) return Finish(length);
        }
    }

    private string Finish(long length)
    {
        if (length > maxChars) return "";
        if (_line.Length > 0 && _line[^1] == '\r') _line.Length--;
        return _line.ToString();
    }
}
