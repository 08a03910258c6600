using System.Runtime.InteropServices;

namespace Sitrep.Cli.Running;

/// <summary>
/// A graceful stop for long runs. The first SIGINT (Ctrl-C) or SIGTERM stops the run taking new inputs: the articles
/// already in flight are finished and their batch committed, the command says what was done, and it exits 130 (SIGINT)
/// or 143 (SIGTERM), as a shell reports a process stopped by that signal. A second signal exits at once with the same
/// code; the database is safe either way, as each batch is one transaction.
/// </summary>
public sealed class StopSignal : IDisposable
{
    private readonly PosixSignalRegistration[] _registrations;
    private readonly CancellationTokenSource _stop = new();
    private int _signals;

    public StopSignal()
    {
        _registrations =
        [
            PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal),
        ];
    }

    /// <summary>The first signal received, or null while the run goes on.</summary>
    public PosixSignal? Received { get; private set; }

    public bool Requested => Received is not null;

    /// <summary>Cancelled at the first signal: waits (between watch rounds) and fetches in flight end early.</summary>
    public CancellationToken Token => _stop.Token;

    /// <summary>130 after SIGINT, 143 after SIGTERM (128 + the signal's number).</summary>
    public int ExitCode => Received == PosixSignal.SIGTERM ? 143 : 130;

    public string Name => Received == PosixSignal.SIGTERM ? "SIGTERM" : "SIGINT";

    /// <summary>The items until a stop is requested: nothing is taken after the first signal (an item being read then is dropped, and read again by a re-run).</summary>
    public IEnumerable<T> Until<T>(IEnumerable<T> items)
    {
        using var e = items.GetEnumerator();
        while (!Requested && e.MoveNext())
        {
            if (Requested) yield break;
            yield return e.Current;
        }
    }

    private void OnSignal(PosixSignalContext context)
    {
        context.Cancel = true;
        if (Interlocked.Increment(ref _signals) == 1)
        {
            Received = context.Signal;
            Console.Error.WriteLine($"{Name}: finishing the articles in flight, then stopping (send it again to stop at once)");
            _stop.Cancel();
            return;
        }
        Console.Error.WriteLine($"{(context.Signal == PosixSignal.SIGTERM ? "SIGTERM" : "SIGINT")} again: stopping now");
        Environment.Exit(ExitCode);
    }

    public void Dispose()
    {
        foreach (var registration in _registrations) registration.Dispose();
        _stop.Dispose();
    }
}
