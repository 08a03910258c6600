using Sitrep.Articles;

namespace Sitrep.Store.Articles;

/// <summary>
/// Which stored articles to load. <see cref="Since"/> and <see cref="Until"/> select articles whose
/// publication date overlaps [Since.FirstDay, Until.LastDay] (undated articles only when neither is
/// given); <see cref="Entity"/> selects articles that mention a name (case-insensitive, substring of
/// the mention text or of its entity key); <see cref="Limit"/> caps the count.
/// </summary>
public sealed record ArticleQuery(PartialDate? Since = null, PartialDate? Until = null, string? Entity = null, int? Limit = null)
{
    /// <summary>Every stored article.</summary>
    public static ArticleQuery All { get; } = new();
}
