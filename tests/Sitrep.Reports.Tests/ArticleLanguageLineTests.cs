using Sitrep.Articles;
using Sitrep.News.Pipeline;
using Sitrep.Reports.Sections;
using Xunit;
using Sitrep.News.Documents;

namespace Sitrep.Reports.Tests;

public class ArticleLanguageLineTests
{
    private const string German =
        "Die Regierung hat am Dienstag angekündigt, dass die Verhandlungen über den Abzug der Truppen in der " +
        "kommenden Woche fortgesetzt werden. Nach Angaben des Ministeriums sollen zunächst die Fragen der Versorgung " +
        "und der Sicherheit an der Grenze geklärt werden.";

    [Fact]
    public void A_declaration_the_text_overruled_is_noted()
    {
        var analysis = new ArticleAnalysis { Article = Article.Create("Verhandlungen", German, language: "en") with { Language = "de" } };
        Assert.EndsWith(" · language de (declared en): not analysed", SituationSections.ArticleCounts(analysis));
    }

    [Fact]
    public void A_detected_language_is_given_alone()
    {
        var analysis = new ArticleAnalysis { Article = Article.Create("Verhandlungen", German) with { Language = "de" } };
        Assert.EndsWith(" · language de: not analysed", SituationSections.ArticleCounts(analysis));
    }
}
