using System.Text;

namespace Sitrep.Cli.Running;

/// <summary>
/// Text from articles is untrusted, and a terminal obeys what it is sent: ESC [2J clears the screen, OSC 0 retitles
/// the window, OSC 52 writes the clipboard, a bidi override reorders what the reader sees. Whatever goes to a terminal
/// goes through <see cref="Safe"/>: C0 controls other than line feed and tab, DEL and C1 controls become their visible
/// Control Pictures (ESC shows as ␛), and bidi embeddings, overrides and isolates become U+FFFD. Output redirected to a
/// file or a pipe, and reports written with -o, keep the text exact.
/// </summary>
public static class TerminalText
{
    public static string Safe(string text)
    {
        int first = FirstUnsafe(text);
        if (first < 0) return text;
        var safe = new StringBuilder(text.Length + 8).Append(text, 0, first);
        for (int i = first; i < text.Length; i++) safe.Append(Shown(text[i]));
        return safe.ToString();
    }

    private static int FirstUnsafe(ReadOnlySpan<char> text)
    {
        for (int i = 0; i < text.Length; i++)
            if (IsUnsafe(text[i])) return i;
        return -1;
    }

    public static bool IsUnsafe(char c) =>
        c < 0x20 && c is not '\n' and not '\t'
        || c is >= '\u007F' and <= '\u009F'
        || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    /// <summary>How a character shows on a terminal: itself when safe, else a visible stand-in.</summary>
    public static char Shown(char c) => !IsUnsafe(c) ? c
        : c < 0x20 ? (char)(0x2400 + c)   // ␀ … ␟ (␛ for ESC, ␍ for CR)
        : c == '\u007F' ? '\u2421'        // ␡
        : '\uFFFD';

    /// <summary>
    /// Installs terminal-safe writers as <see cref="Console.Out"/> and <see cref="Console.Error"/> where they are
    /// terminals; the writers they replace stay available as <see cref="RawOut"/> and <see cref="RawError"/> for our
    /// own styling (progress, colours), which never carries article text unescaped.
    /// </summary>
    public static void Install()
    {
        RawOut = Console.Out;
        RawError = Console.Error;
        if (!Console.IsOutputRedirected) Console.SetOut(new SafeWriter(Console.Out));
        if (!Console.IsErrorRedirected) Console.SetError(new SafeWriter(Console.Error));
    }

    public static TextWriter RawOut { get; private set; } = Console.Out;

    public static TextWriter RawError { get; private set; } = Console.Error;

    /// <summary>
    /// Writes a whole document (a report) to standard output: as exact UTF-8 bytes when it goes to a file or a pipe,
    /// through the safe writer when it goes to a terminal.
    /// </summary>
    public static void WriteDocument(string text)
    {
        if (!text.EndsWith('\n')) text += "\n";
        if (!Console.IsOutputRedirected)
        {
            Console.Out.Write(text);
            Console.Out.Flush();
            return;
        }
        using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false));
        stdout.Write(text);
    }

    /// <summary>A writer that passes everything through <see cref="Shown"/> on its way to the terminal.</summary>
    private sealed class SafeWriter(TextWriter inner) : TextWriter
    {
        public override Encoding Encoding => inner.Encoding;

        public override IFormatProvider FormatProvider => inner.FormatProvider;

        public override string NewLine { get => inner.NewLine; set => inner.NewLine = value; }

        public override void Write(char value) => inner.Write(Shown(value));

        public override void Write(string? value)
        {
            if (value is not null) inner.Write(Safe(value));
        }

        public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

        public override void Write(ReadOnlySpan<char> buffer) => Write(new string(buffer));

        public override void WriteLine(string? value)
        {
            Write(value);
            inner.WriteLine();
        }

        public override void WriteLine() => inner.WriteLine();

        public override void Flush() => inner.Flush();
    }
}
