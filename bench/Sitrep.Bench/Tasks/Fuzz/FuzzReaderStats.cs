namespace Sitrep.Bench.Tasks.Fuzz;

/// <summary>What one reader's campaign met: inputs, failures by kind, the costliest input, and the time it took.</summary>
public sealed class FuzzReaderStats(string reader)
{
    public string Reader => reader;
    public long Inputs;
    public long Crashes;
    public long ContractViolations;
    public long Hangs;
    public long OverMemory;
    public long MaxAllocatedBytes;
    public int MaxAllocatedIndex = -1;
    public double SlowestSeconds;
    public int SlowestIndex = -1;
    public long PeakWorkingSetBytes;
    public double Seconds;
    public string? StoppedEarly;

    /// <summary>Distinct crash signatures (exception type and throwing frame) and how often each came up.</summary>
    public Dictionary<string, int> Signatures { get; } = new(StringComparer.Ordinal);

    public double InputsPerSecond => Seconds > 0 ? Inputs / Seconds : 0;
}
