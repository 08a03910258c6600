using System.Globalization;

namespace Sitrep.Bench.Tasks.Fuzz;

/// <summary>
/// The fuzz task's options (it takes no --gold: its inputs are generated). --limit N inputs per reader, --repeat N
/// rounds with seeds seed, seed+1, …, --seed S, --from I (first input index), --readers a,b, --timeout SECONDS per
/// input, --max-alloc-mb MB per input, --out DIR for failing inputs, --replay FILE to read one saved input again.
/// </summary>
public sealed record FuzzOptions
{
    public const int DefaultSeed = 20261207;

    public int Limit { get; init; } = 85_000;
    public int Repeat { get; init; } = 1;
    public int Seed { get; init; } = DefaultSeed;
    public int From { get; init; }
    public IReadOnlyList<string> Readers { get; init; } = [];
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(20);
    public long MaxAllocatedBytes { get; init; } = 256L << 20;
    /// <summary>Outside the repository by default: the campaign writes its progress there every 1,000 inputs.</summary>
    public string Out { get; init; } = Path.Combine(Path.GetTempPath(), "sitrep-fuzz");
    public string? Replay { get; init; }

    public static FuzzOptions? Parse(string[] args)
    {
        var o = new FuzzOptions();
        for (int i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new FormatException($"{args[i]} needs a value");
            int Int() => int.Parse(Next(), CultureInfo.InvariantCulture);
            try
            {
                o = args[i] switch
                {
                    "--limit" => o with { Limit = Int() },
                    "--repeat" => o with { Repeat = Math.Max(1, Int()) },
                    "--seed" => o with { Seed = Int() },
                    "--from" => o with { From = Int() },
                    "--readers" => o with { Readers = Next().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) },
                    "--timeout" => o with { Timeout = TimeSpan.FromSeconds(double.Parse(Next(), CultureInfo.InvariantCulture)) },
                    "--max-alloc-mb" => o with { MaxAllocatedBytes = (long)Int() << 20 },
                    "--out" => o with { Out = Next() },
                    "--replay" => o with { Replay = Next() },
                    _ => throw new FormatException($"unknown option {args[i]}"),
                };
            }
            catch (FormatException e)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return null;
            }
        }
        return o;
    }
}
