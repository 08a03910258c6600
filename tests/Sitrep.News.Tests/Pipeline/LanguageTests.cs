using Sitrep.Ingest.Articles;
using Sitrep.News.Pipeline;
using Xunit;

namespace Sitrep.News.Tests.Pipeline;

public class LanguageTests
{
    private static readonly ArticlePipeline Pipeline = ArticlePipeline.CreateDefault();

    [Fact]
    public void An_article_declared_in_another_language_is_kept_but_not_analysed()
    {
        const string text = "Am Montag traf Außenministerin Anna Berger in Kabul ein. Ab April soll es neue Gespräche geben.";
        var analysis = Pipeline.Analyze(Article.Create("Besuch", text, new PartialDate(2021, 7, 22), language: "de"));
        Assert.Equal(text, analysis.Article.Text);
        Assert.Empty(analysis.Mentions);
        Assert.Empty(analysis.Times);
        Assert.False(ArticlePipeline.IsAnalysed(analysis.Article));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("en-GB")]
    [InlineData("")]
    public void English_or_undeclared_articles_are_analysed(string language)
    {
        var analysis = Pipeline.Analyze(Article.Create("Visit", "Foreign Minister Anna Berger arrived in Kabul on Monday.", new PartialDate(2021, 7, 22), language: language));
        Assert.NotEmpty(analysis.Mentions);
        Assert.NotEmpty(analysis.Times);
    }
}
