using Sitrep.News.Documents;
using Sitrep.News.Pipeline;
using Sitrep.Nlp.Parsing;
using Sitrep.Nlp.Tagging;

namespace Sitrep.News.Syntax;

/// <summary>
/// The syntax layer: part-of-speech tags and dependency trees from the EWT-trained tagger and arc-eager parser of
/// Sitrep.Nlp (<see cref="TaggerParser"/>). By default a sentence is parsed when a later annotator first reads it,
/// once; <paramref name="eager"/> parses every sentence here, for readers that want the whole article parsed.
/// </summary>
public sealed class SyntaxAnnotator(PosTagger tagger, DependencyParser parser, bool eager = false) : IArticleAnnotator
{
    private readonly TaggerParser _parser = new(tagger, parser);

    public string Name => "syntax";

    public IReadOnlyList<Layer> Requires => [];

    public IReadOnlyList<Layer> Assigns => [Layers.Syntax];

    public ArticleAnalysis Annotate(ArticleAnalysis a)
    {
        var syntax = new ArticleSyntax(a.Text, a.Tokens, a.Sentences, _parser);
        return a with { Syntax = eager ? syntax.ParseAll() : syntax };
    }
}
