using System.Diagnostics;

namespace Sitrep.Cli.Tests.Faults;

/// <summary>
/// A small tmpfs mounted on a fresh folder, for the faults a real file system gives: a full disk, a read-only mount.
/// Only root (or a container with CAP_SYS_ADMIN) may mount; <see cref="WhyUnavailable"/> says why not, and the tests
/// that need one are skipped (<see cref="TmpfsFactAttribute"/>).
/// </summary>
public sealed class Tmpfs : IDisposable
{
    private static readonly Lazy<string?> Probe = new(ProbeMount);

    private Tmpfs(string path) => Path = path;

    public string Path { get; }

    /// <summary>Null when a tmpfs can be mounted here; else why not.</summary>
    public static string? WhyUnavailable => Probe.Value;

    public static Tmpfs Mount(string sizeOption)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sitrep-tmpfs-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        Run("mount", "-t", "tmpfs", "-o", $"size={sizeOption},mode=0777", "tmpfs", path);
        return new Tmpfs(path);
    }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Remounts it read-only: nothing on it can be written, by root either (EROFS).</summary>
    public void RemountReadOnly() => Run("mount", "-o", "remount,ro", Path);

    /// <summary>Remounts it with a new size, read-write: room again on a disk that was full.</summary>
    public void Resize(string sizeOption) => Run("mount", "-o", $"remount,rw,size={sizeOption}", Path);

    public void Dispose()
    {
        // -l: detach even if a killed child still holds a file open; the memory goes when the last one closes.
        Run("umount", "-l", Path);
        Directory.Delete(Path);
    }

    /// <summary>Runs a command and returns its output; fails the test when it fails.</summary>
    public static string Run(string file, params string[] args)
    {
        var (exit, output) = TryRun(file, args);
        return exit == 0 ? output : throw new InvalidOperationException($"{file} {string.Join(' ', args)}: exit {exit}: {output}");
    }

    public static (int Exit, string Output) TryRun(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        try
        {
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, (stdout.Result + stderr).Trim());
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, e.Message);
        }
    }

    private static string? ProbeMount()
    {
        if (!OperatingSystem.IsLinux()) return "tmpfs is a Linux file system";
        if (!Environment.IsPrivilegedProcess) return "mounting a tmpfs needs root";
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sitrep-tmpfs-probe-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        try
        {
            var (exit, output) = TryRun("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", path);
            if (exit != 0) return $"cannot mount a tmpfs here: {output}";
            TryRun("umount", path);
            return null;
        }
        finally
        {
            Directory.Delete(path);
        }
    }
}
