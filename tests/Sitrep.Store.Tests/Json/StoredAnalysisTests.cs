using System.Text.Json;
using Sitrep.Articles;
using Sitrep.News.Mentions;
using Sitrep.News.Pipeline;
using Sitrep.Store.Json;
using Sitrep.Store.Tests.Fixtures;
using Xunit;
using Sitrep.News.Documents;

namespace Sitrep.Store.Tests.Json;

public class StoredAnalysisTests
{
    [Fact]
    public void Round_trips_every_layer()
    {
        var analysis = Samples.Ferry();
        AssertAnalysis.Same(analysis, StoredAnalysis.Deserialize(StoredAnalysis.Serialize(analysis)));
    }

    [Fact]
    public void Round_trips_an_undated_article_with_empty_layers()
    {
        var analysis = new ArticleAnalysis { Article = Article.Create("Quiet day", "Nothing happened.") };
        AssertAnalysis.Same(analysis, StoredAnalysis.Deserialize(StoredAnalysis.Serialize(analysis)));
    }

    [Fact]
    public void Round_trips_the_declared_language_of_an_article_whose_text_overruled_it()
    {
        const string text = "Die Regierung hat am Dienstag angekündigt, dass die Verhandlungen über den Abzug der Truppen in der " +
            "kommenden Woche fortgesetzt werden. Nach Angaben des Ministeriums sollen zunächst die Fragen der Versorgung " +
            "und der Sicherheit an der Grenze geklärt werden.";
        var analysis = new ArticleAnalysis { Article = Article.Create("Verhandlungen", text, language: "en") with { Language = "de" } };
        Assert.Equal(("de", "en"), (analysis.Article.Language, analysis.Article.DeclaredLanguage));
        AssertAnalysis.Same(analysis, StoredAnalysis.Deserialize(StoredAnalysis.Serialize(analysis)));
    }

    [Fact]
    public void Round_trips_every_author_and_the_lead_image()
    {
        var analysis = new ArticleAnalysis
        {
            Article = Article.Create("Depot", "The board met.", authors: ["Jane Doe", "Sam Roe"], image: "https://img.example/depot.jpg"),
        };
        var back = StoredAnalysis.Deserialize(StoredAnalysis.Serialize(analysis));
        Assert.Equal(["Jane Doe", "Sam Roe"], back.Article.Authors);
        Assert.Equal(("Jane Doe", "https://img.example/depot.jpg"), (back.Article.Author, back.Article.Image));
        AssertAnalysis.Same(analysis, back);
    }

    [Fact]
    public void Stores_the_contract_article_object_with_the_article_keys_as_entity_ids()
    {
        var analysis = new ArticleAnalysis
        {
            Article = Article.Create("Kabul", "Talks in Kabul."),
            Mentions = [Mention.Keyed(9, 14, "Kabul", MentionType.Place, "place:gaz:7")],
        };
        var json = StoredAnalysis.Serialize(analysis);
        Assert.Contains("""
            "mentions":[{"start":9,"end":14,"text":"Kabul","type":"PLACE","entity":"place:gaz:7"}]
            """, json);
        var mention = StoredAnalysis.Deserialize(json).Mentions.Single();
        Assert.Equal(("place:gaz:7", "gaz:7", null), (mention.Key, mention.PlaceId, mention.ActorId));
    }

    [Fact]
    public void Reads_rows_written_before_the_contract_form()
    {
        // As Sitrep 1.4 stored it: the record's properties in camelCase, enums by name, nulls left out.
        const string legacy = """
            {"article":{"id":"0123456789abcdef","title":"Kabul","published":"2021-07","authors":[],"language":"en","text":"Talks in Kabul."},
             "published":"2021-07","publishedInferred":false,"tokenCount":4,"sentences":[{"start":0,"end":15}],
             "mentions":[{"start":9,"end":14,"text":"Kabul","type":"Place","key":"place:gaz:7","placeId":"gaz:7"}],
             "times":[{"start":0,"end":5,"text":"Talks","type":"Date","value":"2021-07","bound":"Deadline"}],
             "quantities":[{"start":0,"end":5,"text":"Talks","value":"NaN"}],
             "quotes":[{"start":0,"end":5,"text":"Talks","speakerKey":"place:gaz:7","cue":"said"}],
             "claims":[{"start":0,"end":15,"topic":"t","value":"2021-08","text":"Talks in Kabul.","negated":true}],
             "agents":[{"start":0,"end":5,"text":"Talks","code":"AFGGOV","actorId":"x"}]}
            """;
        var a = StoredAnalysis.Deserialize(legacy);
        Assert.Equal(("0123456789abcdef", "2021-07", "Talks in Kabul."), (a.Article.Id, a.Article.Published.ToString(), a.Text));
        Assert.Equal(new Mention(9, 14, "Kabul", MentionType.Place, "place:gaz:7", PlaceId: "gaz:7"), a.Mentions.Single());
        Assert.Equal(new TimeExpression(0, 5, "Talks", TimeType.Date, "2021-07") { Bound = TimeBound.Deadline }, a.Times.Single());
        Assert.True(double.IsNaN(a.Quantities.Single().Value));
        Assert.Equal(new Quote(0, 5, "Talks", "place:gaz:7", null, "said"), a.Quotes.Single());
        Assert.Equal(new Claim(0, 15, "t", "2021-08", "Talks in Kabul.", true), a.Claims.Single());
        Assert.Equal(new Agent(0, 5, "Talks", "AFGGOV", "x"), a.Agents.Single());
    }

    [Theory]
    [InlineData("2021-13")]
    [InlineData("soon")]
    public void Rejects_a_stored_date_that_is_not_an_iso_partial_date(string date) =>
        Assert.Throws<JsonException>(() => StoredAnalysis.Deserialize($$"""{"id":"0123456789abcdef","title":"t","published":"{{date}}","text":"x"}"""));
}
