using System.Buffers.Binary;
using System.Text;
using System.Text.RegularExpressions;

namespace Sitrep.Ingest.Language;

/// <summary>
/// Reads the translated strings of a GNU gettext message catalogue (.mo), the form in which Debian
/// packages ship their translations under /usr/share/locale/LANG/LC_MESSAGES/. Used only to train the
/// language identifier: each translation is a short text known to be in the catalogue's language.
/// </summary>
public static partial class MessageCatalog
{
    private const uint Magic = 0x950412de;

    /// <summary>(original, translation) pairs, format directives and keyboard accelerators removed; untranslated and empty entries skipped.</summary>
    public static IEnumerable<(string Original, string Translation)> Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < 28) yield break;
        bool little = BinaryPrimitives.ReadUInt32LittleEndian(bytes) == Magic;
        if (!little && BinaryPrimitives.ReadUInt32BigEndian(bytes) != Magic) yield break;
        uint U32(int at) => little ? BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(at)) : BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(at));
        int count = (int)U32(8), originals = (int)U32(12), translations = (int)U32(16);
        for (int i = 0; i < count; i++)
        {
            string? original = Entry(bytes, U32, originals + 8 * i);
            string? translation = Entry(bytes, U32, translations + 8 * i);
            if (string.IsNullOrEmpty(original) || translation is null) continue;   // the header has an empty msgid
            // msgctxt is joined to msgid by EOT, plural forms by NUL.
            int context = original.IndexOf('\u0004');
            if (context >= 0) original = original[(context + 1)..];
            var text = Clean(translation.Replace('\0', '\n'));
            if (text.Length == 0 || text == Clean(original.Replace('\0', '\n'))) continue;
            yield return (original, text);
        }
    }

    private static string? Entry(byte[] bytes, Func<int, uint> u32, int at)
    {
        if (at + 8 > bytes.Length) return null;
        int length = (int)u32(at), offset = (int)u32(at + 4);
        if (offset < 0 || length < 0 || offset + length > bytes.Length) return null;
        return Encoding.UTF8.GetString(bytes, offset, length);
    }

    /// <summary>
    /// Removes printf directives (%s, %1$d, %(name)s), placeholders ({0}, ${x}), markup, accelerators
    /// (_File, &amp;File), and the words of command-line help that translators leave in English
    /// (options, paths, assignments: "--all", "/usr/bin", "ugoa=rwx").
    /// </summary>
    private static string Clean(string s)
    {
        s = Directive().Replace(s, " ");
        s = Code().Replace(s, " ");
        s = s.Replace("_", "").Replace("&", "");
        return s.Trim();
    }

    [GeneratedRegex(@"\S*[-/=$\[\]|\\<>*+@.:]\S*[-/=$\[\]|\\<>*+@][^\s]*|(^|\s)-\S+|\S*/\S*|\S*\d\S*")]
    private static partial Regex Code();

    [GeneratedRegex(@"%(\([^)]*\))?[-+ #0'I]*\d*(\$)?[\d.*]*(hh|ll|[hlLqjzt])?[a-zA-Z%]|\$?\{[^}]*\}|<[^>]*>|\\[ntr]")]
    private static partial Regex Directive();
}
