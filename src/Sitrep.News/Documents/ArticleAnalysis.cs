using Sitrep.Articles;
using Sitrep.Nlp.Matching;
using Sitrep.Nlp.Tokens;

namespace Sitrep.News.Documents;

/// <summary>
/// One article and what Sitrep understood of it: the immutable text (with its tokens and sentences, computed
/// once from it) and one property per annotation layer, every layer a list of standoff spans into the text.
/// The pipeline's annotators each return a copy with the layers they declare (<see cref="Layers"/>) filled in;
/// Corpus, Store and Reports read the finished record. A layer no annotator assigned is empty.
/// </summary>
public sealed record ArticleAnalysis
{
    private readonly Article _article = null!;
    private TextLayer? _textLayer;

    public required Article Article
    {
        get => _article;
        init
        {
            _article = value;
            _textLayer = null;
        }
    }

    public string Text => Article.Text;

    /// <summary>The tokens of <see cref="Text"/>.</summary>
    public Token[] Tokens => TextLayer.Tokens;
    /// <summary>The sentences of <see cref="Text"/>, as character spans and token ranges.</summary>
    public Sentence[] Sentences => TextLayer.Sentences;
    /// <summary>Folded token keys, shared by every gazetteer lookup (<see cref="PhraseMatcher{T}"/>).</summary>
    public string[] Keys => TextLayer.Keys;
    public int TokenCount => TextLayer.TokenCount;

    // Computed on first use and kept: the pipeline reads it in every annotator; a stored analysis pays only if asked.
    private TextLayer TextLayer => _textLayer ??= new TextLayer(Article.Text);

    // --- layer "published" (PublicationDates/PublicationDateAnnotator)
    /// <summary>The document creation time: stated by the source, or inferred (then <see cref="PublishedInferred"/>).</summary>
    public PartialDate? Published { get; init; }
    public bool PublishedInferred { get; init; }
    /// <summary>For an inferred date: the text or office it was read from.</summary>
    public string? PublishedEvidence { get; init; }
    /// <summary>For an inferred date, where the article's true date probably lies (earliest, and latest when bounded).</summary>
    public PublicationWindow? PublishedWindow { get; init; }

    /// <summary>
    /// The article's date as readers see it: <see cref="Published"/>, or the date the source states when no step
    /// settled one (an article that was not analysed).
    /// </summary>
    public PartialDate? PublicationDate => Published ?? Article.Published;

    /// <summary>Whether <see cref="PublicationDate"/> was worked out by Sitrep rather than stated by the source.</summary>
    public bool IsDateInferred => PublishedInferred && PublicationDate is not null;

    /// <summary>The article's date as a day, for choosing roles that hold on it (the middle of a month or year when only those are known).</summary>
    public DateOnly? ReferenceDay => Published?.MiddleDay;

    // --- layers of names
    /// <summary>Layer "names": people and organisations named in the text, with their article-local entity keys.</summary>
    public IReadOnlyList<Mention> Names { get; init; } = [];
    /// <summary>Layer "toponyms": place names with the gazetteer entries each may name, not yet resolved.</summary>
    public IReadOnlyList<Toponym> Toponyms { get; init; } = [];
    /// <summary>Layer "places": each toponym resolved to one gazetteer entry, as a mention.</summary>
    public IReadOnlyList<Mention> Places { get; init; } = [];
    /// <summary>Layer "agents": groups and offices named without a name, with their codes (Afghan security forces: AFGMIL).</summary>
    public IReadOnlyList<Agent> Agents { get; init; } = [];
    /// <summary>Layer "mentions": every mention of an entity — names, places, and agents that stand for a known actor — in text order.</summary>
    public IReadOnlyList<Mention> Mentions { get; init; } = [];

    /// <summary>Layer "times": TIMEX3 expressions, normalized against <see cref="Published"/>.</summary>
    public IReadOnlyList<TimeExpression> Times { get; init; } = [];
    /// <summary>Layer "quantities": numbers with what they count.</summary>
    public IReadOnlyList<Quantity> Quantities { get; init; } = [];
    /// <summary>Layer "quotes": direct quotes and their speakers.</summary>
    public IReadOnlyList<Quote> Quotes { get; init; } = [];
    /// <summary>Layer "claims": dated claims several articles may answer differently.</summary>
    public IReadOnlyList<Claim> Claims { get; init; } = [];
    /// <summary>Layer "events": who did what to whom, coded in CAMEO and PLOVER, each with its evidence.</summary>
    public IReadOnlyList<Event> Events { get; init; } = [];
    /// <summary>Layer "syntax": part-of-speech tags and dependency trees of every sentence; null when not computed.</summary>
    public ArticleSyntax? Syntax { get; init; }

    /// <summary>A fresh analysis of an article: its text layer only.</summary>
    public static ArticleAnalysis Of(Article article) => new() { Article = article };

    /// <summary>
    /// The analysis as Corpus, Store and Reports read it: every layer of the JSON contract, without what the
    /// pipeline worked with on its way (syntax, names, toponyms and places before the merge, the tokens and their
    /// folded keys; the sentences and the token count stay). A corpus keeps one of these per article, so a run
    /// over many articles holds no per-token arrays; what was let go is computed again if asked for.
    /// </summary>
    public ArticleAnalysis Trimmed()
    {
        var trimmed = this with { Names = [], Toponyms = [], Places = [], Syntax = null };
        trimmed._textLayer = TextLayer.Trimmed();
        return trimmed;
    }
}
