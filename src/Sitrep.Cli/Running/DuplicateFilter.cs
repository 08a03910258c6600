using Sitrep.Ingest.Sources;

namespace Sitrep.Cli.Running;

/// <summary>
/// Lets each article through once: a story read twice (the same title and text, so the same content id — a wire
/// story syndicated to two sites, a file given twice) counts once, as the store keeps it once.
/// </summary>
public sealed class DuplicateFilter
{
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    public int Skipped { get; private set; }

    public IEnumerable<IngestResult> Filter(IEnumerable<IngestResult> results)
    {
        foreach (var result in results)
        {
            if (result.Article is { } article && !_seen.Add(article.Id))
            {
                Skipped++;
                continue;
            }
            yield return result;
        }
    }

    /// <summary>"; 3 duplicate article(s) skipped", or "" when there were none.</summary>
    public string Describe() => Skipped == 0 ? "" : $"{Skipped} duplicate article(s) skipped (the same title and text as one read before)";
}
