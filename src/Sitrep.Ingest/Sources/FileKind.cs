using System.Runtime.InteropServices;

namespace Sitrep.Ingest.Sources;

/// <summary>
/// What a path is once its links are followed: only a regular file is read as an input. Opening a FIFO blocks until
/// someone writes to it, and a device such as /dev/zero never ends, so both are refused by type before they are opened;
/// .NET's <see cref="FileInfo"/> cannot tell them from files, so the kind comes from statx(2). Where statx is not
/// available (not Linux, an old C library) nothing is refused here, and the caps on bytes read still hold.
/// </summary>
internal static class FileKind
{
    private const int AtFdCwd = -100;
    private const uint StatxType = 0x1;
    private const int ModeOffset = 28; // stx_mode in struct statx, the same on every Linux architecture
    private const int StructSize = 256;

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int dirFd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);

    private static bool _unavailable = !OperatingSystem.IsLinux();

    /// <summary>Why <paramref name="path"/> is not read as a file (a FIFO, a device, a socket), or null when it may be.</summary>
    public static string? Refusal(string path)
    {
        if (_unavailable) return null;
        var buffer = new byte[StructSize];
        try
        {
            if (Statx(AtFdCwd, path, 0, StatxType, buffer) != 0) return null; // missing or unreadable: opening it says why
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            _unavailable = true;
            return null;
        }
        int type = BitConverter.ToUInt16(buffer, ModeOffset) & 0xF000;
        return type switch
        {
            0x8000 or 0x4000 => null, // a regular file, or a folder (read as one elsewhere)
            0x1000 => "a named pipe (FIFO), not a regular file: not read",
            0x2000 or 0x6000 => "a device, not a regular file: not read",
            0xC000 => "a socket, not a regular file: not read",
            _ => "not a regular file: not read",
        };
    }
}
