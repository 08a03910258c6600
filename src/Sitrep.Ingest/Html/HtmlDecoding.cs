using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace Sitrep.Ingest.Html;

/// <summary>
/// Picks a page's character encoding the way a browser does (WHATWG HTML §13.2.3.1), in order: byte-order mark,
/// the charset of the HTTP Content-Type header when the page came with one, a charset declared in a &lt;meta&gt;
/// near the top, else UTF-8 when the bytes are valid UTF-8, else windows-1252.
/// </summary>
internal static partial class HtmlDecoding
{
    // Browsers only look this far for a <meta charset>; a declaration later on is ignored by them too.
    private const int PrescanBytes = 4096;

    static HtmlDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <param name="transportCharset">The charset label of the HTTP Content-Type header, if any; an unknown label is ignored.</param>
    public static string Decode(ReadOnlySpan<byte> bytes, string? transportCharset = null)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return Encoding.UTF8.GetString(bytes[3..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Encoding.Unicode.GetString(bytes[2..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        var encoding = (transportCharset is null ? null : FromLabel(transportCharset)) ?? DeclaredEncoding(bytes[..Math.Min(bytes.Length, PrescanBytes)])
            ?? (Utf8.IsValid(bytes) ? Encoding.UTF8 : Encoding.GetEncoding(1252));
        return encoding.GetString(bytes);
    }

    private static Encoding? DeclaredEncoding(ReadOnlySpan<byte> head)
    {
        var m = MetaCharset().Match(Encoding.Latin1.GetString(head));
        return m.Success ? FromLabel(m.Groups["label"].Value) : null;
    }

    /// <summary>Maps a charset label to an encoding, with the WHATWG aliases that differ from .NET's.</summary>
    private static Encoding? FromLabel(string label)
    {
        var name = label.Trim().ToLowerInvariant();
        // The web treats Latin-1 and ASCII labels as windows-1252: pages so labelled use its curly quotes in 0x80–0x9F.
        if (name is "iso-8859-1" or "iso8859-1" or "latin1" or "l1" or "us-ascii" or "ascii" or "cp1252" or "windows-1252")
            return Encoding.GetEncoding(1252);
        // A UTF-16 label in a page that decodes as ASCII is wrong by construction; browsers read it as UTF-8.
        if (name.StartsWith("utf-16", StringComparison.Ordinal)) return Encoding.UTF8;
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    // Matches both <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html; charset=x">.
    [GeneratedRegex(@"<meta\b[^>]*?\bcharset\s*=\s*[""']?\s*(?<label>[A-Za-z0-9_:.\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();
}
