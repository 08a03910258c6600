using Sitrep.News.Documents;
using Sitrep.News.Pipeline;

namespace Sitrep.News.Syntax;

/// <summary>
/// The syntax layer: part-of-speech tags and dependency trees from the EWT-trained tagger and arc-eager parser of
/// Sitrep.Nlp (<see cref="TaggerParser"/>). By default a sentence is parsed when a later annotator first reads it,
/// once; <c>eager</c> parses every sentence here, for readers that want the whole article parsed.
/// </summary>
public sealed class SyntaxAnnotator(ISentenceParser parser, bool eager = false) : IArticleAnnotator
{
    /// <summary>The shipped tagger and parser, loaded when the first sentence is read.</summary>
    public SyntaxAnnotator(bool eager = false) : this(new TaggerParser(), eager) { }

    public string Name => "syntax";

    public IReadOnlyList<Layer> Requires => [];

    public IReadOnlyList<Layer> Assigns => [Layers.Syntax];

    public ArticleAnalysis Annotate(ArticleAnalysis a)
    {
        var syntax = new ArticleSyntax(a.Text, a.Tokens, a.Sentences, parser);
        return a with { Syntax = eager ? syntax.ParseAll() : syntax };
    }
}
