using Sitrep.Articles;
using Sitrep.News.Documents;
using Xunit;

namespace Sitrep.News.Tests.Documents;

public class ArticleAnalysisTests
{
    private const string Text = "Ships left Varna on Monday. They came back at dawn.";

    [Fact]
    public void The_text_layer_is_computed_from_the_text_once()
    {
        var a = ArticleAnalysis.Of(Article.Create("Ships", Text));
        Assert.Same(a.Tokens, a.Tokens);
        Assert.Equal(12, a.TokenCount);
        Assert.Equal(["Ships left Varna on Monday.", "They came back at dawn."], a.Sentences.Select(s => Text[s.Start..s.End]));
        Assert.Equal("VARNA", a.Keys[2]);
    }

    [Fact]
    public void A_new_article_brings_a_new_text_layer()
    {
        var a = ArticleAnalysis.Of(Article.Create("Ships", Text));
        _ = a.Tokens;
        var b = a with { Article = Article.Create("Short", "Rain.") };
        Assert.Equal(2, b.TokenCount);
    }

    [Fact]
    public void A_trimmed_analysis_keeps_the_contract_layers_and_the_sentences()
    {
        var mention = Mention.Keyed(11, 16, "Varna", MentionType.Place, "place:gaz:1");
        var a = ArticleAnalysis.Of(Article.Create("Ships", Text)) with
        {
            Names = [], Places = [mention], Mentions = [mention],
            Syntax = new ArticleSyntax(new string[12], new string[12], new int[12], new string[12]),
        };
        var trimmed = a.Trimmed();
        Assert.Equal([mention], trimmed.Mentions);
        Assert.Empty(trimmed.Places);
        Assert.Null(trimmed.Syntax);
        Assert.Equal(a.Sentences, trimmed.Sentences);
        Assert.Equal(12, trimmed.TokenCount);
        // What was let go comes back the same when asked for.
        Assert.Equal(a.Tokens, trimmed.Tokens);
        Assert.Equal(a.Keys, trimmed.Keys);
    }
}
