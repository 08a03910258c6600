using Sitrep.Articles;

namespace Sitrep.Ingest.Sources;

/// <summary>
/// What reading one input gave: an article, one clear error naming the input and the reason, or a note
/// about something left out on purpose that is not an error ("3 feed items without text skipped").
/// Exactly one of <see cref="Article"/>, <see cref="Error"/> and <see cref="Note"/> is set.
/// </summary>
public sealed record IngestResult(string Input, Article? Article, string? Error)
{
    public bool Succeeded => Article is not null;

    public string? Note { get; private init; }

    /// <summary>True when exactly one of article, error and note is set, as every reader promises.</summary>
    public bool IsWellFormed => (Article is not null ? 1 : 0) + (Error is not null ? 1 : 0) + (Note is not null ? 1 : 0) == 1;

    public static IngestResult Ok(string input, Article article) => new(input, article, null);

    public static IngestResult Fail(string input, string reason) => new(input, null, reason);

    public static IngestResult Noted(string input, string note) => new(input, null, null) { Note = note };
}
