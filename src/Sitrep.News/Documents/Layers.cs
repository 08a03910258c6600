namespace Sitrep.News.Documents;

/// <summary>
/// The layers of <see cref="ArticleAnalysis"/>, one for each group of its properties that one annotator
/// assigns. A new layer is a property of the record plus a line here; the annotator that fills it declares
/// it in <c>Assigns</c>, those that read it in <c>Requires</c> or <c>Reads</c>.
/// </summary>
public static class Layers
{
    /// <summary>Part-of-speech tags and dependency trees (<see cref="ArticleAnalysis.Syntax"/>).</summary>
    public static readonly Layer Syntax = new("syntax", a => a.Syntax);

    /// <summary>People and organisations named in the text (<see cref="ArticleAnalysis.Names"/>).</summary>
    public static readonly Layer Names = new("names", a => a.Names);

    /// <summary>Place names and their candidate gazetteer entries (<see cref="ArticleAnalysis.Toponyms"/>).</summary>
    public static readonly Layer Toponyms = new("toponyms", a => a.Toponyms);

    /// <summary>Toponyms resolved to one entry each (<see cref="ArticleAnalysis.Places"/>).</summary>
    public static readonly Layer Places = new("places", a => a.Places);

    /// <summary>The publication date, stated or inferred, with its evidence and window.</summary>
    public static readonly Layer Published = new("published",
        a => (a.Published, a.PublishedInferred, a.PublishedEvidence, a.PublishedWindow));

    /// <summary>Time expressions (<see cref="ArticleAnalysis.Times"/>).</summary>
    public static readonly Layer Times = new("times", a => a.Times);

    /// <summary>Groups and offices named without a name (<see cref="ArticleAnalysis.Agents"/>).</summary>
    public static readonly Layer Agents = new("agents", a => a.Agents);

    /// <summary>Every mention of an entity (<see cref="ArticleAnalysis.Mentions"/>).</summary>
    public static readonly Layer Mentions = new("mentions", a => a.Mentions);

    /// <summary>Numbers and what they count (<see cref="ArticleAnalysis.Quantities"/>).</summary>
    public static readonly Layer Quantities = new("quantities", a => a.Quantities);

    /// <summary>Direct quotes and their speakers (<see cref="ArticleAnalysis.Quotes"/>).</summary>
    public static readonly Layer Quotes = new("quotes", a => a.Quotes);

    /// <summary>Dated claims (<see cref="ArticleAnalysis.Claims"/>).</summary>
    public static readonly Layer Claims = new("claims", a => a.Claims);

    /// <summary>Who did what to whom: coded events (<see cref="ArticleAnalysis.Events"/>).</summary>
    public static readonly Layer Events = new("events", a => a.Events);

    /// <summary>Every layer, in the order the default pipeline assigns them.</summary>
    public static IReadOnlyList<Layer> All { get; } = [Syntax, Names, Toponyms, Places, Published, Times, Agents, Mentions, Quantities, Quotes, Claims, Events];
}
