using Sitrep.News.Documents;
using Sitrep.News.Pipeline;
using Sitrep.Nlp.Parsing;
using Sitrep.Nlp.Tagging;

namespace Sitrep.News.Syntax;

/// <summary>
/// Tags and parses every sentence once (the EWT-trained tagger and arc-eager parser of Sitrep.Nlp) and
/// keeps the result as the syntax layer, for the annotators that walk from a verb to its arguments.
/// </summary>
public sealed class SyntaxAnnotator(PosTagger tagger, DependencyParser parser) : IArticleAnnotator
{
    public string Name => "syntax";

    public IReadOnlyList<Layer> Requires => [];

    public IReadOnlyList<Layer> Assigns => [Layers.Syntax];

    public ArticleAnalysis Annotate(ArticleAnalysis a)
    {
        var text = a.Text;
        var tokens = a.Tokens;
        int n = tokens.Length;
        var upos = new string[n];
        var xpos = new string[n];
        var heads = new int[n];
        var labels = new string[n];
        Array.Fill(heads, -1);
        foreach (var s in a.Sentences)
        {
            if (s.TokenCount == 0) continue;
            var tags = tagger.Tag(text, tokens.AsSpan(s.FirstToken, s.TokenCount));
            var words = new string[s.TokenCount];
            var sentenceUpos = new string[s.TokenCount];
            var sentenceXpos = new string[s.TokenCount];
            for (int k = 0; k < words.Length; k++)
            {
                words[k] = tokens[s.FirstToken + k].Text(text);
                upos[s.FirstToken + k] = sentenceUpos[k] = tags.Upos(k);
                xpos[s.FirstToken + k] = sentenceXpos[k] = tags.Xpos(k);
            }
            var tree = parser.Parse(words, sentenceUpos, sentenceXpos);
            for (int k = 0; k < words.Length; k++)
            {
                // The tree's heads are 1-based word ids within the sentence, 0 for its root.
                int head = tree.Heads[k];
                heads[s.FirstToken + k] = head == 0 ? -1 : s.FirstToken + head - 1;
                labels[s.FirstToken + k] = tree.Labels[k];
            }
        }
        // Tokens outside every sentence (none, as the splitter covers the text) keep no tags.
        for (int i = 0; i < n; i++)
        {
            upos[i] ??= "X";
            xpos[i] ??= "XX";
            labels[i] ??= "dep";
        }
        return a with { Syntax = new ArticleSyntax(upos, xpos, heads, labels) };
    }
}
