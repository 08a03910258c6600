using System.Diagnostics;
using System.Text;

namespace Sitrep.Cli.Tests;

/// <summary>
/// Runs the real <c>sitrep</c> command as a child process: the sitrep.dll that the project reference
/// copies next to the tests, started with the same <c>dotnet</c> host that runs them. Standard output
/// and error are captured, so both are redirected, as in a pipe or a CI log.
/// </summary>
public static class SitrepProcess
{
    // Generous: a cold start plus analysing a folder takes a few seconds, a loaded CI machine much more.
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    public sealed record Result(int ExitCode, string Stdout, string Stderr)
    {
        /// <summary>The lines of standard error that report a failure ("error: INPUT: REASON").</summary>
        public IReadOnlyList<string> ErrorLines =>
            Stderr.ReplaceLineEndings("\n").Split('\n').Where(l => l.StartsWith("error: ", StringComparison.Ordinal)).ToList();

        public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
    }

    /// <summary>Runs <c>sitrep ARGS</c> in the test binaries' folder; tests pass absolute paths for every file.</summary>
    public static async Task<Result> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "sitrep.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        // Both streams are drained while the process runs: a full pipe would otherwise block it.
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"sitrep {string.Join(' ', args)} did not finish within {Timeout.TotalSeconds} s");
        }
        return new Result(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>The dotnet host running the tests (the SDK exports it), else the one on the PATH.</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
