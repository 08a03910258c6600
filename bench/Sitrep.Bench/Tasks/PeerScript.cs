using System.Diagnostics;
using System.Globalization;

namespace Sitrep.Bench.Tasks;

/// <summary>
/// Runs a peer's script from bench/peers (Node or Python, installed by bench/peers/install.sh): finds
/// it above the working folder or the program, checks that its package is installed, feeds it JSON
/// Lines on stdin and returns its stdout. Every failure is one `error:` line and a null result, so a
/// missing peer never stops our own figures.
/// </summary>
internal static class PeerScript
{
    /// <param name="name">The peer's name, for messages.</param>
    /// <param name="program">"node" or "/usr/bin/python3".</param>
    /// <param name="script">The script, relative to the repository root.</param>
    /// <param name="installed">A folder that exists once the peer is installed: relative to the repository root, or absolute.</param>
    /// <param name="input">The JSON Lines written to the script's stdin.</param>
    /// <param name="passes">Timed passes the script makes after its warm-up pass (its first argument).</param>
    /// <param name="environment">Extra environment variables (e.g. TZ).</param>
    public static string? Run(string name, string program, string script, string installed, string input, int passes,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        if (FindRepoFile(script) is not { } path)
        {
            Console.Error.WriteLine($"error: {script} not found above the working folder or the program");
            return null;
        }
        var root = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", ".."));
        if (!Directory.Exists(Path.IsPathRooted(installed) ? installed : Path.Combine(root, installed)))
        {
            Console.Error.WriteLine($"error: the {name} peer is not installed (run bench/peers/install.sh)");
            return null;
        }
        var info = new ProcessStartInfo(program) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(path);
        info.ArgumentList.Add(passes.ToString(CultureInfo.InvariantCulture));
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) info.Environment[key] = value;
        try
        {
            using var process = Process.Start(info)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            process.StandardInput.Write(input);
            process.StandardInput.Close();
            process.WaitForExit();
            if (process.ExitCode == 0) return output.Result;
            Console.Error.WriteLine($"error: {name} peer failed: {errors.Result.Trim()}");
            return null;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Console.Error.WriteLine($"error: cannot run {program}: {e.Message} (run bench/peers/install.sh)");
            return null;
        }
    }

    private static string? FindRepoFile(string relative)
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, relative);
                if (File.Exists(candidate)) return candidate;
            }
        return null;
    }
}
