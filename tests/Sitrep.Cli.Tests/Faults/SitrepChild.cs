using System.Diagnostics;

namespace Sitrep.Cli.Tests.Faults;

/// <summary>
/// A <c>sitrep</c> process started and left running, for a test that kills it: started as <see cref="SitrepProcess"/>
/// starts it (the sitrep.dll beside the tests, the same dotnet host), its output drained and dropped.
/// </summary>
public sealed class SitrepChild : IDisposable
{
    private readonly Process _process;

    private SitrepChild(Process process) => _process = process;

    public static SitrepChild Start(params string[] args)
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } h && File.Exists(h) ? h : "dotnet";
        var start = new ProcessStartInfo(host)
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "sitrep.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        // Drained so that a full pipe never blocks it.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new SitrepChild(process);
    }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>SIGKILL, as <c>kill -9</c>: no handler runs, no finally block, no SQLite close.</summary>
    public async Task KillAsync()
    {
        try
        {
            _process.Kill(entireProcessTree: false);
        }
        catch (InvalidOperationException)
        {
            // It exited on its own between the check and the kill.
        }
        await _process.WaitForExitAsync();
    }

    public Task WaitForExitAsync(CancellationToken ct) => _process.WaitForExitAsync(ct);

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill();
        _process.Dispose();
    }
}
