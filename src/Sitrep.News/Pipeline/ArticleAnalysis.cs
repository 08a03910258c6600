using Sitrep.Articles;
using Sitrep.News.Actors;
using Sitrep.News.Claims;
using Sitrep.News.Mentions;
using Sitrep.News.Quantities;
using Sitrep.News.Quotes;
using Sitrep.News.Times;

namespace Sitrep.News.Pipeline;

/// <summary>What Sitrep understood of one article: every layer as standoff spans into <see cref="Article"/>'s text.</summary>
public sealed record ArticleAnalysis
{
    public required Article Article { get; init; }
    public PartialDate? Published { get; init; }
    public bool PublishedInferred { get; init; }
    public string? PublishedEvidence { get; init; }
    /// <summary>For an inferred date, where the article's true date probably lies (earliest, and latest when bounded).</summary>
    public PublicationWindow? PublishedWindow { get; init; }
    public int TokenCount { get; init; }
    public IReadOnlyList<TextSpan> Sentences { get; init; } = [];
    public IReadOnlyList<Mention> Mentions { get; init; } = [];
    public IReadOnlyList<TimeExpression> Times { get; init; } = [];
    public IReadOnlyList<Quantity> Quantities { get; init; } = [];
    public IReadOnlyList<Quote> Quotes { get; init; } = [];
    public IReadOnlyList<Claim> Claims { get; init; } = [];
    /// <summary>Groups and offices named without a name, with their codes (Afghan security forces: AFGMIL).</summary>
    public IReadOnlyList<Agent> Agents { get; init; } = [];
}
