using Sitrep.News.Documents;
using Sitrep.Nlp.Parsing;
using Sitrep.Nlp.Tagging;
using Sitrep.Nlp.Tokens;

namespace Sitrep.News.Syntax;

/// <summary>
/// One sentence through the POS tagger, then the dependency parser on the predicted tags (as the parser was
/// trained). The models are asked for on the first sentence: a pipeline whose syntax nobody reads loads neither.
/// </summary>
public sealed class TaggerParser(Func<PosTagger> tagger, Func<DependencyParser> parser) : ISentenceParser
{
    private readonly Lazy<PosTagger> _tagger = new(tagger);
    private readonly Lazy<DependencyParser> _parser = new(parser);

    /// <summary>The shipped models (<see cref="PosTagger.Default"/>, <see cref="DependencyParser.Default"/>).</summary>
    public TaggerParser() : this(() => PosTagger.Default, () => DependencyParser.Default) { }

    public void Parse(string text, ReadOnlySpan<Token> sentence, Span<string> upos, Span<string> xpos, Span<int> heads, Span<string> labels)
    {
        var tags = _tagger.Value.Tag(text, sentence);
        var words = new string[sentence.Length];
        var sentenceUpos = new string[sentence.Length];
        var sentenceXpos = new string[sentence.Length];
        for (int k = 0; k < words.Length; k++)
        {
            words[k] = sentence[k].Text(text);
            upos[k] = sentenceUpos[k] = tags.Upos(k);
            xpos[k] = sentenceXpos[k] = tags.Xpos(k);
        }
        var tree = _parser.Value.Parse(words, sentenceUpos, sentenceXpos);
        for (int k = 0; k < words.Length; k++)
        {
            // The tree's heads are 1-based word ids within the sentence, 0 for its root.
            heads[k] = tree.Heads[k] - 1;
            labels[k] = tree.Labels[k];
        }
    }
}
