using System.Text.Json;
using Sitrep.Articles;
using Sitrep.News.Mentions;
using Sitrep.News.Pipeline;
using Sitrep.Store.Json;
using Sitrep.Store.Tests.Fixtures;
using Xunit;

namespace Sitrep.Store.Tests.Json;

public class AnalysisJsonTests
{
    [Fact]
    public void Round_trips_every_layer()
    {
        var analysis = Samples.Ferry();
        AssertAnalysis.Same(analysis, AnalysisJson.Deserialize(AnalysisJson.Serialize(analysis)));
    }

    [Fact]
    public void Round_trips_an_undated_article_with_empty_layers()
    {
        var analysis = new ArticleAnalysis { Article = Article.Create("Quiet day", "Nothing happened.") };
        AssertAnalysis.Same(analysis, AnalysisJson.Deserialize(AnalysisJson.Serialize(analysis)));
    }

    [Fact]
    public void Round_trips_the_declared_language_of_an_article_whose_text_overruled_it()
    {
        const string text = "Die Regierung hat am Dienstag angekündigt, dass die Verhandlungen über den Abzug der Truppen in der " +
            "kommenden Woche fortgesetzt werden. Nach Angaben des Ministeriums sollen zunächst die Fragen der Versorgung " +
            "und der Sicherheit an der Grenze geklärt werden.";
        var analysis = new ArticleAnalysis { Article = Article.Create("Verhandlungen", text, language: "en") with { Language = "de" } };
        Assert.Equal(("de", "en"), (analysis.Article.Language, analysis.Article.DeclaredLanguage));
        AssertAnalysis.Same(analysis, AnalysisJson.Deserialize(AnalysisJson.Serialize(analysis)));
    }

    [Fact]
    public void Round_trips_every_author_and_the_lead_image()
    {
        var analysis = new ArticleAnalysis
        {
            Article = Article.Create("Depot", "The board met.", authors: ["Jane Doe", "Sam Roe"], image: "https://img.example/depot.jpg"),
        };
        var back = AnalysisJson.Deserialize(AnalysisJson.Serialize(analysis));
        Assert.Equal(["Jane Doe", "Sam Roe"], back.Article.Authors);
        Assert.Equal(("Jane Doe", "https://img.example/depot.jpg"), (back.Article.Author, back.Article.Image));
        AssertAnalysis.Same(analysis, back);
    }

    [Fact]
    public void Writes_camel_case_names_enum_names_and_no_nulls() =>
        Assert.Equal("""{"start":4,"end":9,"text":"Kabul","type":"Place","key":"place:kabul","placeId":"gaz:7"}""",
            JsonSerializer.Serialize(new Mention(4, 9, "Kabul", MentionType.Place, "place:kabul", PlaceId: "gaz:7"), AnalysisJson.Options));

    [Theory]
    [InlineData(2021, null, null, "\"2021\"")]
    [InlineData(2021, 7, null, "\"2021-07\"")]
    [InlineData(2021, 7, 22, "\"2021-07-22\"")]
    public void Writes_partial_dates_as_iso_strings(int year, int? month, int? day, string json)
    {
        var date = new PartialDate(year, month, day);
        Assert.Equal(json, JsonSerializer.Serialize(date, AnalysisJson.Options));
        Assert.Equal(date, JsonSerializer.Deserialize<PartialDate>(json, AnalysisJson.Options));
        Assert.Equal(date, JsonSerializer.Deserialize<PartialDate?>(json, AnalysisJson.Options));
    }

    [Theory]
    [InlineData("\"2021-13\"")]
    [InlineData("\"soon\"")]
    [InlineData("2021")]
    public void Rejects_what_is_not_an_iso_partial_date(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<PartialDate>(json, AnalysisJson.Options));

    [Fact]
    public void Options_are_read_only() =>
        Assert.Throws<InvalidOperationException>(() => AnalysisJson.Options.WriteIndented = true);
}
