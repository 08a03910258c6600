using Sitrep.Articles;
using Sitrep.News.Documents;
using Sitrep.News.Pipeline;
using Sitrep.News.Syntax;
using Sitrep.Nlp.Parsing;
using Sitrep.Nlp.Tagging;
using Xunit;

namespace Sitrep.News.Tests.Syntax;

public class SyntaxLayerTests
{
    private static readonly Lazy<ArticlePipeline> Pipeline =
        new(() => new ArticlePipelineBuilder([new SyntaxAnnotator()]).Build());

    private static (ArticleAnalysis Analysis, Func<string, int> Token) Parse(string text)
    {
        var a = Pipeline.Value.Analyze(Article.Create("Test", text));
        return (a, word => Array.FindIndex(a.Tokens, t => t.Text(text) == word));
    }

    [Fact]
    public void A_layer_walks_from_a_verb_to_its_subject_and_objects()
    {
        // Built by hand: "Rebels took the town" — took is the root, Rebels its subject, town its object.
        var syntax = new ArticleSyntax(["NOUN", "VERB", "DET", "NOUN"], ["NNS", "VBD", "DT", "NN"], [1, -1, 3, 1], ["nsubj", "root", "det", "obj"]);
        Assert.Equal([0], syntax.Subjects(1));
        Assert.Equal([3], syntax.Objects(1));
        Assert.Equal([0, 3], syntax.Dependents(1));
        Assert.Equal([2], syntax.Dependents(3, "det"));
        Assert.True(syntax.IsVerb(1));
        Assert.Equal(-1, syntax.Head(1));
    }

    [Fact]
    public void A_passive_subject_counts_as_a_subject() =>
        Assert.Equal([0], new ArticleSyntax(["PROPN", "AUX", "VERB"], ["NNP", "VBD", "VBN"], [2, 2, -1], ["nsubj:pass", "aux:pass", "root"]).Subjects(2));

    [Theory]
    [InlineData("The Taliban captured Garmsir district on Sunday.", "captured", "Taliban", "district")]
    [InlineData("Moscow rejected the allegations.", "rejected", "Moscow", "allegations")]
    [InlineData("The president announced a complete withdrawal of troops.", "announced", "president", "withdrawal")]
    public void The_annotator_parses_every_sentence(string text, string verb, string subject, string obj)
    {
        var (a, token) = Parse(text);
        var syntax = a.Syntax!;
        Assert.Equal(a.Tokens.Length, syntax.Count);
        Assert.Equal("VERB", syntax.Upos(token(verb)));
        Assert.Equal([token(subject)], syntax.Subjects(token(verb)));
        Assert.Equal([token(obj)], syntax.Objects(token(verb)));
    }

    [Fact]
    public void A_sentence_is_parsed_when_first_read_and_once()
    {
        const string text = "Talks resumed in Doha on Monday. Both sides said little. The mediators asked for patience.";
        var (a, token) = Parse(text);
        var syntax = a.Syntax!;
        Assert.Equal(0, syntax.ParsedSentences);
        Assert.Equal([token("sides")], syntax.Subjects(token("said")));
        Assert.Equal(1, syntax.ParsedSentences);
        _ = syntax.Upos(token("little"));
        Assert.Equal(1, syntax.ParsedSentences);
        Assert.Equal(3, syntax.ParseAll().ParsedSentences);
    }

    [Fact]
    public void An_eager_annotator_parses_every_sentence_and_the_trees_are_the_same()
    {
        const string text = "Talks resumed in Doha on Monday. Both sides said little, and the mediators asked for patience.";
        var eager = new ArticlePipelineBuilder([new SyntaxAnnotator(eager: true)]).Build()
            .Analyze(Article.Create("Test", text));
        Assert.Equal(2, eager.Syntax!.ParsedSentences);
        var (lazy, _) = Parse(text);
        for (int i = 0; i < lazy.Tokens.Length; i++)
            Assert.Equal((eager.Syntax.Head(i), eager.Syntax.Label(i), eager.Syntax.Xpos(i)), (lazy.Syntax!.Head(i), lazy.Syntax.Label(i), lazy.Syntax.Xpos(i)));
    }

    [Fact]
    public void Heads_stay_inside_their_sentence_and_each_sentence_has_one_root()
    {
        const string text = "Talks resumed in Doha on Monday. Both sides said little, and the mediators asked for patience.";
        var (a, _) = Parse(text);
        foreach (var s in a.Sentences)
        {
            int roots = 0;
            for (int i = s.FirstToken; i < s.EndToken; i++)
            {
                int head = a.Syntax!.Head(i);
                if (head < 0) roots++;
                else Assert.InRange(head, s.FirstToken, s.EndToken - 1);
            }
            Assert.Equal(1, roots);
        }
    }
}
