using System.Globalization;

namespace Sitrep.Bench.Tasks;

/// <summary>The harness's shared options: --gold PATH, --limit N, --repeat N, --peer NAME; --load (geo: measure resource loading); --no-linking (speed: the pipeline without mention linking and agents); --resolution-only (geo: gold toponyms given, no end-to-end recognition).</summary>
public sealed record BenchOptions(string Gold, int? Limit, int Repeat, string? Peer, bool NoLinking = false)
{
    public bool Load { get; init; }
    public bool ResolutionOnly { get; init; }

    public static BenchOptions? Parse(string[] args)
    {
        string? gold = null, peer = null;
        int? limit = null;
        int repeat = 1;
        bool load = false;
        bool noLinking = false, resolutionOnly = false;
        for (int i = 0; i < args.Length; i++)
        {
            string? Next() => i + 1 < args.Length ? args[++i] : null;
            switch (args[i])
            {
                case "--gold": gold = Next(); break;
                case "--limit": limit = int.Parse(Next() ?? "0", CultureInfo.InvariantCulture); break;
                case "--repeat": repeat = int.Parse(Next() ?? "1", CultureInfo.InvariantCulture); break;
                case "--peer": peer = Next(); break;
                case "--load": load = true; break;
                case "--no-linking": noLinking = true; break;
                case "--resolution-only": resolutionOnly = true; break;
                default:
                    Console.Error.WriteLine($"error: unknown option {args[i]}");
                    return null;
            }
        }
        if (gold is null && load) gold = "";
        if (gold is null)
        {
            Console.Error.WriteLine("error: --gold PATH is required");
            return null;
        }
        return new BenchOptions(gold, limit, Math.Max(1, repeat), peer, noLinking) { Load = load, ResolutionOnly = resolutionOnly };
    }
}
