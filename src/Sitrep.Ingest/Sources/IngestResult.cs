using Sitrep.Ingest.Articles;

namespace Sitrep.Ingest.Sources;

/// <summary>What reading one input gave: an article, or one clear error naming the input and the reason.</summary>
public sealed record IngestResult(string Input, Article? Article, string? Error)
{
    public bool Succeeded => Article is not null;

    public static IngestResult Ok(string input, Article article) => new(input, article, null);

    public static IngestResult Fail(string input, string reason) => new(input, null, reason);
}
