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
        using var running = Start(args);
        return await running.WaitAsync(Timeout);
    }

    /// <summary>Starts <c>sitrep ARGS</c> and returns at once, for tests that act on the process while it runs (signals).</summary>
    public static Running Start(params string[] args)
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

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        return new Running(process, args);
    }

    /// <summary>A sitrep process still running, its output drained as it comes.</summary>
    public sealed class Running : IDisposable
    {
        private readonly Process _process;
        private readonly string[] _args;
        private readonly Task<string> _stdout;
        private readonly StringBuilder _stderr = new();
        private readonly Task _stderrDone;

        internal Running(Process process, string[] args)
        {
            _process = process;
            _args = args;
            // Both streams are drained while the process runs: a full pipe would otherwise block it.
            _stdout = process.StandardOutput.ReadToEndAsync();
            _stderrDone = Task.Run(async () =>
            {
                var chunk = new char[4096];
                int n;
                while ((n = await process.StandardError.ReadAsync(chunk)) > 0)
                    lock (_stderr) _stderr.Append(chunk, 0, n);
            });
        }

        public int Id => _process.Id;

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

        /// <summary>Standard error so far.</summary>
        public string Stderr
        {
            get { lock (_stderr) return _stderr.ToString(); }
        }

        /// <summary>Sends a POSIX signal (INT, TERM, KILL) with kill(1).</summary>
        public void Signal(string name)
        {
            using var kill = Process.Start(new ProcessStartInfo("kill", ["-s", name, _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { UseShellExecute = false })!;
            kill.WaitForExit();
        }

        public async Task<Result> WaitAsync(TimeSpan limit)
        {
            using var timeout = new CancellationTokenSource(limit);
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                throw new TimeoutException($"sitrep {string.Join(' ', _args)} did not finish within {limit.TotalSeconds} s");
            }
            var stdout = await _stdout;
            await _stderrDone;
            return new Result(_process.ExitCode, stdout, Stderr);
        }

        public void Dispose()
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            _process.Dispose();
        }
    }

    /// <summary>The dotnet host running the tests (the SDK exports it), else the one on the PATH.</summary>
    internal static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
