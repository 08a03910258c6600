using Sitrep.Ingest.Language;
using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Sitrep.Articles;
using Sitrep.Ingest.Sources;

namespace Sitrep.Ingest.PlainText;

/// <summary>Reads one plain-text article file: strict UTF-8 (or UTF-16 with a byte-order mark), then <see cref="PlainTextCleaner"/>.</summary>
public static class PlainTextArticleReader
{
    public static IngestResult Read(string path, byte[] bytes)
    {
        if (!TryDecode(bytes, out var raw, out var error)) return IngestResult.Fail(path, error);
        if (string.IsNullOrWhiteSpace(raw)) return IngestResult.Fail(path, "empty file");
        var cleaned = PlainTextCleaner.Clean(raw);
        if (cleaned.Title.Length == 0 || cleaned.Text.Length == 0) return IngestResult.Fail(path, "no article text after the title");
        var article = Article.Create(cleaned.Title, cleaned.Text, cleaned.Published, path: path, author: cleaned.Author);
        return IngestResult.Ok(path, ArticleLanguage.Settle(article));
    }

    /// <summary>
    /// Decodes without replacement characters: a file in a legacy code page would otherwise turn into
    /// text with silent holes, which is worse than a clear error naming the offset.
    /// </summary>
    internal static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out string error)
    {
        text = "";
        error = "";
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return TryDecodeUtf16(bytes[2..], bigEndian: false, out text, out error);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return TryDecodeUtf16(bytes[2..], bigEndian: true, out text, out error);
        int bom = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        return TryDecodeUtf8(bytes[bom..], bom, out text, out error);
    }

    private static bool TryDecodeUtf8(ReadOnlySpan<byte> bytes, int offset, out string text, out string error)
    {
        var chars = new char[bytes.Length];
        if (Utf8.ToUtf16(bytes, chars, out int read, out int written, replaceInvalidSequences: false) != OperationStatus.Done)
        {
            // A sequence cut off at the end of the file is reported at its first byte, like any other bad one.
            text = "";
            error = $"not valid UTF-8 (first bad byte at offset {offset + read})";
            return false;
        }
        text = new string(chars, 0, written);
        error = "";
        return true;
    }

    private static bool TryDecodeUtf16(ReadOnlySpan<byte> bytes, bool bigEndian, out string text, out string error)
    {
        text = "";
        error = "";
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: false, throwOnInvalidBytes: true);
        try
        {
            text = encoding.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            error = $"not valid UTF-16{(bigEndian ? "BE" : "LE")}";
            return false;
        }
    }
}
