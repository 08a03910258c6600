using System.Buffers.Binary;

namespace Sitrep.Store.Sqlite;

/// <summary>
/// The fields of an SQLite file's 100-byte header that never change once the file is made
/// (https://sqlite.org/fileformat2.html#the_database_header). SQLite rejects most damage to them itself, but a write
/// version above 2 only makes it open the file read-only, which would be reported as a read-only file; checked here
/// first, a damaged header is reported as one.
/// </summary>
internal static class DatabaseHeader
{
    private static ReadOnlySpan<byte> Magic => "SQLite format 3\0"u8;

    /// <summary>What is wrong with the header, or null when it is sound, or the file too short to have one (an empty file is a new database).</summary>
    public static string? Problem(string path)
    {
        Span<byte> header = stackalloc byte[100];
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            if (file.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) < header.Length) return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Unreadable: SQLite will say so when it opens the file.
            return null;
        }

        if (!header[..16].SequenceEqual(Magic)) return "no SQLite header";
        int pageSize = BinaryPrimitives.ReadUInt16BigEndian(header[16..]);
        if (pageSize == 1) pageSize = 65536;
        if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0) return $"the header's page size is {pageSize}";
        if (header[18] is not (1 or 2) || header[19] is not (1 or 2)) return $"the header's file format versions are {header[18]} and {header[19]} (1 or 2 expected)";
        if (header[21] != 64 || header[22] != 32 || header[23] != 32) return "the header's payload fractions are not 64, 32, 32";
        return null;
    }
}
