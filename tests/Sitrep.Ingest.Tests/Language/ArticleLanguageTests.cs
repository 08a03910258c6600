using Sitrep.Articles;
using Sitrep.Ingest.Language;
using Xunit;

namespace Sitrep.Ingest.Tests.Language;

public class ArticleLanguageTests
{
    private const string LongGerman =
        "Die Regierung hat am Dienstag angekündigt, dass die Verhandlungen über den Abzug der Truppen in der " +
        "kommenden Woche fortgesetzt werden. Nach Angaben des Ministeriums sollen zunächst die Fragen der " +
        "Versorgung und der Sicherheit an der Grenze geklärt werden, bevor über einen Zeitplan gesprochen wird.";

    private const string LongDanish =
        "Regeringen meddelte tirsdag, at forhandlingerne om tilbagetrækningen af tropperne fortsætter i den " +
        "kommende uge. Ifølge ministeriet skal spørgsmålene om forsyninger og sikkerhed ved grænsen afklares " +
        "først, før man taler om en tidsplan for resten af året og de næste skridt.";

    [Fact]
    public void An_undeclared_article_gets_the_detected_language()
    {
        var article = ArticleLanguage.Settle(Article.Create("Verhandlungen gehen weiter", LongGerman));
        Assert.Equal("de", article.Language);
        Assert.Null(article.DeclaredLanguage);
    }

    [Fact]
    public void An_undeclared_english_article_is_english()
    {
        var article = ArticleLanguage.Settle(Article.Create("Talks resume", "The minister said on Tuesday that the talks would resume next week."));
        Assert.Equal("en", article.Language);
        Assert.Null(article.DeclaredLanguage);
    }

    [Theory]
    [InlineData("Report", "US President Joe Biden spoke about Kabul and Herat.")]
    [InlineData("NORTHWIND CORP 2ND QTR NET", "Shr 31 cts vs 27 cts Net 4.2 mln vs 3.6 mln Revs 88.1 mln vs 80.4 mln")]
    public void Terse_or_name_heavy_english_stays_english(string title, string text) =>
        Assert.Equal("en", ArticleLanguage.Settle(Article.Create(title, text)).Language);

    [Fact]
    public void An_undeclared_article_too_short_to_tell_is_undetermined()
    {
        var article = ArticleLanguage.Settle(Article.Create("1/2", "+++ 12:40 +++"));
        Assert.Equal("und", article.Language);
        Assert.Null(article.DeclaredLanguage);
    }

    [Fact]
    public void A_long_text_clearly_in_another_language_overrules_the_declaration()
    {
        var article = ArticleLanguage.Settle(Article.Create("Verhandlungen", LongGerman, language: "en"));
        Assert.Equal("de", article.Language);
        Assert.Equal("en", article.DeclaredLanguage);
    }

    [Fact]
    public void A_short_text_keeps_the_declared_language()
    {
        var article = ArticleLanguage.Settle(Article.Create("Verhandlungen", "Die Gespräche gehen weiter.", language: "en"));
        Assert.Equal("en", article.Language);
        Assert.Equal("en", article.DeclaredLanguage);
    }

    [Fact]
    public void A_declaration_between_close_languages_stands()
    {
        var article = ArticleLanguage.Settle(Article.Create("Forhandlinger", LongDanish, language: "nb"));
        Assert.Equal("nb", article.Language);
        Assert.Equal("nb", article.DeclaredLanguage);
    }

    [Fact]
    public void A_matching_declaration_is_kept_and_recorded()
    {
        var article = ArticleLanguage.Settle(Article.Create("Verhandlungen", LongGerman, language: "de-AT"));
        Assert.Equal("de", article.Language);
        Assert.Equal("de", article.DeclaredLanguage);
    }

    [Theory]
    [InlineData("pt-BR", "pt")]
    [InlineData("IT-it", "it")]
    [InlineData("en_US", "en")]
    [InlineData(" de ", "de")]
    [InlineData("english", null)]
    [InlineData("1x", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Declared_codes_are_normalized(string? code, string? expected) =>
        Assert.Equal(expected, ArticleLanguage.Normalize(code));
}
