using System.Globalization;

namespace Sitrep.Bench.Tasks;

/// <summary>
/// The harness's shared options: --gold PATH, --limit N, --repeat N, --peer NAME; --load (geo: measure resource
/// loading); --disable NAME[,NAME] (the pipeline without these annotators); --no-linking (the pipeline without the
/// names an article teaches and without agents); --compare NAME (speed: with and without annotator NAME, back to
/// back in one run); --resolution-only (geo: gold toponyms given, no end-to-end recognition); --sizes, --shape, --write (scale);
/// --errors N, --examples K (events: the N most frequent kinds of error, with K examples each). A bare argument is the gold path (`events FILE`).
/// </summary>
public sealed record BenchOptions(string Gold, int? Limit, int Repeat, string? Peer, bool NoLinking = false)
{
    public bool Load { get; init; }
    public bool ResolutionOnly { get; init; }
    /// <summary>Annotators left out of the pipeline, by name.</summary>
    public IReadOnlyList<string> Disable { get; init; } = [];
    /// <summary>An annotator the speed task times with and without, alternating.</summary>
    public string? Compare { get; init; }
    /// <summary>Speed: the time spent in each annotator, summed over threads.</summary>
    public bool Profile { get; init; }
    /// <summary>The syntax step parses every sentence up front instead of those a later step reads.</summary>
    public bool EagerSyntax { get; init; }
    /// <summary>Scale: the sizes of the plain-text documents, in MB (10⁶ bytes).</summary>
    public IReadOnlyList<double> Sizes { get; init; } = [1, 4, 16];
    /// <summary>Scale: how the articles are joined — paragraphs, line (one paragraph) or runon (one sentence).</summary>
    public string Shape { get; init; } = "paragraphs";
    /// <summary>Scale: a folder to write the documents to, for timing the CLI on the same files.</summary>
    public string? Write { get; init; }
    /// <summary>Events: how many kinds of error to print, most frequent first, each with examples (0: none).</summary>
    public int Errors { get; init; }
    /// <summary>Events: examples per kind of error (default 3).</summary>
    public int Examples { get; init; } = 3;

    public static BenchOptions? Parse(string[] args)
    {
        string? gold = null, peer = null;
        int? limit = null;
        int repeat = 1;
        bool load = false;
        bool noLinking = false, resolutionOnly = false;
        var disable = new List<string>();
        string? compare = null;
        bool profile = false, eagerSyntax = false;
        IReadOnlyList<double> sizes = [1, 4, 16];
        string shape = "paragraphs";
        string? write = null;
        int errors = 0, examples = 3;
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
                case "--disable": disable.AddRange((Next() ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)); break;
                case "--compare": compare = Next(); break;
                case "--profile": profile = true; break;
                case "--eager-syntax": eagerSyntax = true; break;
                case "--sizes":
                    sizes = (Next() ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                        .Select(x => double.Parse(x, CultureInfo.InvariantCulture)).Where(x => x > 0).ToList();
                    break;
                case "--shape": shape = Next() ?? shape; break;
                case "--write": write = Next(); break;
                case "--errors": errors = int.Parse(Next() ?? "10", CultureInfo.InvariantCulture); break;
                case "--examples": examples = int.Parse(Next() ?? "3", CultureInfo.InvariantCulture); break;
                case var bare when gold is null && !bare.StartsWith('-'): gold = bare; break;
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
        return new BenchOptions(gold, limit, Math.Max(1, repeat), peer, noLinking) { Load = load, ResolutionOnly = resolutionOnly, Disable = disable, Compare = compare, Profile = profile, EagerSyntax = eagerSyntax,
            Sizes = sizes, Shape = shape, Write = write, Errors = Math.Max(0, errors), Examples = Math.Max(0, examples) };
    }
}
