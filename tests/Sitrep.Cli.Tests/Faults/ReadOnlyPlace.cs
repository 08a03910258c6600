namespace Sitrep.Cli.Tests.Faults;

/// <summary>
/// A copy of a database that cannot be written, made the honest way for the user running the tests. As root, chmod
/// stops nothing (root writes through mode 444), so root gets an immutable file (<c>chattr +i</c>: EPERM for root too)
/// or a read-only mount (EROFS), both on a tmpfs of its own; any other user gets chmod 444 on the file (and 555 on the
/// folder). <see cref="How"/> says which, for the test log.
/// </summary>
public sealed class ReadOnlyPlace : IDisposable
{
    private readonly Action _undo;

    private ReadOnlyPlace(string database, string how, Action undo)
    {
        Database = database;
        How = how;
        _undo = undo;
    }

    public string Database { get; }

    public string How { get; }

    /// <summary>Null when this user can make a read-only file (or folder) here; else why not.</summary>
    public static string? WhyUnavailable(bool folder)
    {
        if (OperatingSystem.IsWindows()) return "the read-only tests use POSIX file modes";
        if (!Environment.IsPrivilegedProcess) return null;
        return Tmpfs.WhyUnavailable ?? (folder ? null : Immutable.Value);
    }

    /// <summary>The database file is read-only; its folder is not, so SQLite may still create -wal and -shm files beside it.</summary>
    public static ReadOnlyPlace File(string source)
    {
        if (Environment.IsPrivilegedProcess)
        {
            var disk = Tmpfs.Mount("16m");
            var db = disk.File("sitrep.db");
            System.IO.File.Copy(source, db);
            Tmpfs.Run("chattr", "+i", db);
            return new ReadOnlyPlace(db, "chattr +i on the file, on a tmpfs (root writes through chmod 444)", () =>
            {
                Tmpfs.TryRun("chattr", "-i", db);
                disk.Dispose();
            });
        }
        var temp = new TempDirectory();
        var file = temp.File("sitrep.db");
        System.IO.File.Copy(source, file);
        Chmod(file, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        return new ReadOnlyPlace(file, "chmod 444 on the file", temp.Dispose);
    }

    /// <summary>
    /// The database and its folder are read-only: no -wal or -shm file can be created beside it. A -wal file beside
    /// <paramref name="source"/> is copied with it.
    /// </summary>
    public static ReadOnlyPlace Folder(string source)
    {
        if (Environment.IsPrivilegedProcess)
        {
            var disk = Tmpfs.Mount("16m");
            var db = disk.File("sitrep.db");
            System.IO.File.Copy(source, db);
            if (System.IO.File.Exists(source + "-wal")) System.IO.File.Copy(source + "-wal", db + "-wal");
            disk.RemountReadOnly();
            return new ReadOnlyPlace(db, "a tmpfs remounted read-only (mount -o remount,ro)", disk.Dispose);
        }
        var temp = new TempDirectory();
        var folder = Path.Combine(temp.Path, "ro");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "sitrep.db");
        System.IO.File.Copy(source, file);
        if (System.IO.File.Exists(source + "-wal")) System.IO.File.Copy(source + "-wal", file + "-wal");
        const UnixFileMode read = UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
        Chmod(file, read);
        Chmod(folder, read | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        return new ReadOnlyPlace(file, "chmod 555 on the folder and 444 on the file", () =>
        {
            Chmod(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            temp.Dispose();
        });
    }

    public void Dispose() => _undo();

    private static void Chmod(string path, UnixFileMode mode)
    {
        // The tests that use this are skipped on Windows (WhyUnavailable).
        if (OperatingSystem.IsWindows()) throw new PlatformNotSupportedException("chmod");
        System.IO.File.SetUnixFileMode(path, mode);
    }

    private static readonly Lazy<string?> Immutable = new(() =>
    {
        using var disk = Tmpfs.Mount("64k");
        var file = disk.File("probe");
        System.IO.File.WriteAllText(file, "");
        var (exit, output) = Tmpfs.TryRun("chattr", "+i", file);
        Tmpfs.TryRun("chattr", "-i", file);
        return exit == 0 ? null : $"cannot make a file immutable here (chattr +i): {output}";
    });
}
