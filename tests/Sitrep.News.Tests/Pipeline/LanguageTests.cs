using Sitrep.News.Documents;
using Sitrep.News;
using Sitrep.Articles;
using Sitrep.News.Pipeline;
using Xunit;

namespace Sitrep.News.Tests.Pipeline;

public class LanguageTests
{
    private static readonly ArticlePipeline Pipeline = DefaultPipeline.Builder().Serving(Layers.Mentions, Layers.Times).Build();

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

    [Fact]
    public void An_undeclared_article_Ingest_identified_as_another_language_is_kept_but_not_analysed()
    {
        const string text = "El lunes la ministra de Exteriores Ana Berger llegó a Kabul. En abril habrá nuevas conversaciones.";
        var analysis = Pipeline.Analyze(Article.Create("Visita", text, new PartialDate(2021, 7, 22)) with { Language = "es" });
        Assert.Equal("es", analysis.Article.Language);
        Assert.Null(analysis.Article.DeclaredLanguage);
        Assert.Empty(analysis.Mentions);
        Assert.Empty(analysis.Times);
        Assert.False(ArticlePipeline.IsAnalysed(analysis.Article));
    }

    [Fact]
    public void A_page_that_says_english_but_Ingest_found_german_is_not_analysed_as_english()
    {
        const string text = "Am Montag traf Außenministerin Anna Berger in Kabul ein, wo sie mit Vertretern der Regierung über " +
            "die Lage an der Grenze sprach. Ab April soll es neue Gespräche geben, an denen auch die Nachbarländer " +
            "teilnehmen werden, wie das Ministerium am Abend mitteilte.";
        var analysis = Pipeline.Analyze(Article.Create("Besuch in Kabul", text, new PartialDate(2021, 7, 22), language: "en") with { Language = "de" });
        Assert.Equal("de", analysis.Article.Language);
        Assert.Equal("en", analysis.Article.DeclaredLanguage);
        Assert.Empty(analysis.Mentions);
        Assert.False(ArticlePipeline.IsAnalysed(analysis.Article));
    }

    [Fact]
    public void An_article_too_short_to_identify_is_analysed_as_before()
    {
        var article = Article.Create("Kabul", "Kabul, 2021");
        Assert.Equal("und", article.Language);
        Assert.Null(article.DeclaredLanguage);
        Assert.True(ArticlePipeline.IsAnalysed(article));
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
