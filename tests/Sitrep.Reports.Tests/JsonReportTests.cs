using System.Text;
using System.Text.Json;
using Xunit;
using Sitrep.News.Documents;

namespace Sitrep.Reports.Tests;

public class JsonReportTests
{
    private static readonly JsonElement Root = JsonDocument.Parse(JsonReport.Render(SampleSituation.Create())).RootElement;

    private const JsonValueKind Null = JsonValueKind.Null;

    /// <summary>
    /// Every object of the contract: where it is, its fields in order (contract first, additions
    /// after) and the JSON kind each has in the sample ("String|Null" for a field that is either).
    /// </summary>
    public static TheoryData<string, string> Shapes => new()
    {
        { "$", "version:String articles:Array entities:Array timeline:Array disagreements:Array events:Array" },
        { "articles[]", "id:String path:String|Null url:String|Null title:String published:String|Null publishedInferred:True|False " +
            "site:String|Null author:String|Null language:String text:String mentions:Array times:Array quotes:Array quantities:Array " +
            "publishedEvidence:String|Null claims:Array publishedWindow:Object|Null declaredLanguage:String|Null agents:Array authors:Array image:String|Null events:Array" },
        { "articles[].events[]", "start:Number end:Number trigger:Object source:Object|Null target:Object|Null cameo:String cameoName:String plover:String|Null " +
            "ploverMode:String|Null ploverContext:String|Null quadClass:Number goldstein:Number date:String|Null dateSource:String dateText:String|Null " +
            "place:Object|Null negated:True|False modality:String reportedBy:Object|Null rule:String" },
        { "articles[].events[].trigger", "start:Number end:Number text:String" },
        { "articles[].events[].source", "start:Number end:Number text:String entity:String|Null actor:String|Null" },
        { "articles[].events[].target", "start:Number end:Number text:String entity:String|Null actor:String|Null" },
        { "articles[].events[].place", "start:Number end:Number text:String place:String" },
        { "articles[].agents[]", "start:Number end:Number text:String actor:String entity:String|Null" },
        { "articles[].mentions[]", "start:Number end:Number text:String type:String entity:String|Null" },
        { "articles[].times[]", "start:Number end:Number text:String type:String value:String mod:String|Null bound:String|Null" },
        { "articles[].quotes[]", "start:Number end:Number text:String speaker:String|Null speakerText:String|Null cue:String|Null" },
        { "articles[].quantities[]", "start:Number end:Number text:String value:Number unit:String|Null qualifier:String|Null" },
        { "articles[].claims[]", "start:Number end:Number topic:String value:String negated:True|False" },
        { "entities[]", "id:String name:String type:String aliases:Array articles:Array place:Object|Null actor:String|Null mentions:Number roles:Array" },
        { "entities[].roles[]", "code:String from:String|Null until:String|Null office:String|Null" },
        { "entities[].place", "id:String lat:Number lon:Number country:String name:String featureClass:String admin1:String|Null coordinateSource:String|Null" },
        { "timeline[]", "date:String text:String article:String start:Number end:Number expression:String" },
        { "disagreements[]", "topic:String values:Array" },
        { "disagreements[].values[]", "value:String article:String text:String published:String|Null start:Number end:Number" },
        { "events[]", "id:String source:Object|Null target:Object|Null cameo:String cameoName:String plover:String|Null quadClass:Number goldstein:Number " +
            "date:String|Null dateSource:String place:Object|Null modality:String sourceCount:Number reports:Array differences:Array" },
        { "events[].source", "name:String entity:String|Null actor:String|Null" },
        { "events[].place", "text:String place:String" },
        { "events[].reports[]", "article:String start:Number end:Number sentence:String trigger:String cameo:String modality:String reportedBy:String|Null" },
        { "events[].differences[]", "field:String values:Array" },
        { "events[].differences[].values[]", "value:String reports:Array" },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Every_object_has_the_contract_fields_in_order_with_their_kinds(string path, string shape)
    {
        var expected = shape.Split(' ').Select(f => f.Split(':')).ToList();
        var objects = Select(Root, path).ToList();
        Assert.NotEmpty(objects);
        foreach (var o in objects)
        {
            Assert.Equal(expected.Select(f => f[0]), o.EnumerateObject().Select(p => p.Name));
            foreach (var f in expected)
                Assert.Contains(o.GetProperty(f[0]).ValueKind.ToString(), f[1].Split('|'));
        }
    }

    [Theory]
    [InlineData("articles[]", "path")]
    [InlineData("articles[]", "url")]
    [InlineData("articles[]", "site")]
    [InlineData("articles[]", "author")]
    [InlineData("articles[]", "image")]
    [InlineData("articles[]", "published")]
    [InlineData("articles[]", "publishedEvidence")]
    [InlineData("articles[].mentions[]", "entity")]
    [InlineData("articles[].times[]", "mod")]
    [InlineData("articles[].times[]", "bound")]
    [InlineData("articles[].quotes[]", "speaker")]
    [InlineData("articles[].quotes[]", "speakerText")]
    [InlineData("articles[].quotes[]", "cue")]
    [InlineData("entities[]", "place")]
    [InlineData("entities[]", "actor")]
    [InlineData("entities[].place", "admin1")]
    [InlineData("entities[].place", "coordinateSource")]
    public void Unknown_values_are_written_as_null_not_omitted(string path, string field)
    {
        var situation = SampleSituation.Build([SampleSituation.BridgeAnalysis with
        {
            Article = SampleSituation.Bridge with { Path = null, Url = null, Site = null, Author = null, Published = null },
            Published = null,
            Mentions = [new(0, 8, "LENDPORT", News.Documents.MentionType.Place, "place:unknown")],
            Quotes = [new(0, 8, "LENDPORT", null, null, null)],
        }], [SampleSituation.Quell, SampleSituation.Lendport with { Place = SampleSituation.Lendport.Place! with { Admin1 = null } }]);
        var root = JsonDocument.Parse(JsonReport.Render(situation)).RootElement;
        Assert.Contains(Select(root, path), o => o.GetProperty(field).ValueKind == Null);
    }

    [Fact]
    public void A_deadline_says_so()
    {
        var times = Select(Root, "articles[].times[]").ToList();
        Assert.Contains(times, t => t.GetProperty("text").GetString() == "12 May" && t.GetProperty("bound").GetString() == "deadline");
    }

    [Fact]
    public void Every_author_and_the_lead_image_are_written()
    {
        var situation = SampleSituation.Build([SampleSituation.BridgeAnalysis with
        {
            Article = SampleSituation.Bridge with { Author = "Jane Doe", Authors = ["Jane Doe", "Sam Roe"], Image = "https://img.example/bridge.jpg" },
        }], []);
        var article = JsonDocument.Parse(JsonReport.Render(situation)).RootElement.GetProperty("articles")[0];
        Assert.Equal("Jane Doe", article.GetProperty("author").GetString());
        Assert.Equal(["Jane Doe", "Sam Roe"], article.GetProperty("authors").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("https://img.example/bridge.jpg", article.GetProperty("image").GetString());
    }

    [Fact]
    public void Version_is_the_contract_version()
    {
        Assert.Equal("1.5.0", JsonReport.Version);
        Assert.Equal(JsonReport.Version, Root.GetProperty("version").GetString());
    }

    [Fact]
    public void Every_span_is_its_text_in_the_article()
    {
        int spans = 0;
        foreach (var article in Root.GetProperty("articles").EnumerateArray())
        {
            var text = article.GetProperty("text").GetString()!;
            foreach (var layer in new[] { "mentions", "times", "quotes", "quantities", "agents" })
                foreach (var span in article.GetProperty(layer).EnumerateArray())
                {
                    int start = span.GetProperty("start").GetInt32(), end = span.GetProperty("end").GetInt32();
                    Assert.Equal(span.GetProperty("text").GetString(), text[start..end]);
                    spans++;
                }
        }
        Assert.Equal(22, spans);
    }

    [Fact]
    public void Timeline_and_disagreement_spans_are_their_sentences()
    {
        var texts = Root.GetProperty("articles").EnumerateArray()
            .ToDictionary(a => a.GetProperty("id").GetString()!, a => a.GetProperty("text").GetString()!);
        var spans = Root.GetProperty("timeline").EnumerateArray()
            .Concat(Root.GetProperty("disagreements").EnumerateArray().SelectMany(d => d.GetProperty("values").EnumerateArray()));
        foreach (var s in spans)
        {
            var text = texts[s.GetProperty("article").GetString()!];
            Assert.Equal(s.GetProperty("text").GetString(), text[s.GetProperty("start").GetInt32()..s.GetProperty("end").GetInt32()]);
        }
    }

    [Theory]
    [InlineData(0, "LENDPORT", "PLACE", "lendport")]
    [InlineData(0, "Harbour Authority", "ORG", "harbour-authority")]
    [InlineData(0, "Mara Quell", "PERSON", "mara-quell")]
    [InlineData(0, "Quell", "PERSON", "mara-quell")]
    [InlineData(1, "Lendport", "PLACE", "lendport")]
    [InlineData(1, "Engineers", "ORG", null)]
    public void Mentions_carry_their_type_and_corpus_entity_id(int article, string text, string type, string? entity)
    {
        var mention = Root.GetProperty("articles")[article].GetProperty("mentions").EnumerateArray()
            .First(m => m.GetProperty("text").GetString() == text);
        Assert.Equal(type, mention.GetProperty("type").GetString());
        Assert.Equal(entity, mention.GetProperty("entity").GetString());
    }

    [Theory]
    [InlineData(0, 0, "mara-quell", "Mara Quell", "told")]
    [InlineData(0, 1, "mara-quell", "Quell", "added")]
    [InlineData(1, 0, null, "An unnamed engineer", "said")]
    [InlineData(1, 1, null, null, null)]
    public void Quote_speakers_are_corpus_entity_ids(int article, int quote, string? speaker, string? speakerText, string? cue)
    {
        var q = Root.GetProperty("articles")[article].GetProperty("quotes")[quote];
        Assert.Equal(speaker, q.GetProperty("speaker").GetString());
        Assert.Equal(speakerText, q.GetProperty("speakerText").GetString());
        Assert.Equal(cue, q.GetProperty("cue").GetString());
    }

    [Theory]
    [InlineData("12 May", "DATE", "2024-05-12", null)]
    [InlineData("each day", "SET", "P1D", null)]
    public void Times_carry_TIMEX3_type_and_value(string text, string type, string value, string? mod)
    {
        var t = Root.GetProperty("articles")[0].GetProperty("times").EnumerateArray().First(x => x.GetProperty("text").GetString() == text);
        Assert.Equal(type, t.GetProperty("type").GetString());
        Assert.Equal(value, t.GetProperty("value").GetString());
        Assert.Equal(mod, t.GetProperty("mod").GetString());
    }

    [Fact]
    public void Articles_show_stated_and_inferred_publication_dates()
    {
        var (bridge, delay) = (Root.GetProperty("articles")[0], Root.GetProperty("articles")[1]);
        Assert.Equal("2024-03-02", bridge.GetProperty("published").GetString());
        Assert.False(bridge.GetProperty("publishedInferred").GetBoolean());
        Assert.Equal("2024-03-05", delay.GetProperty("published").GetString());
        Assert.True(delay.GetProperty("publishedInferred").GetBoolean());
        Assert.Equal("the last date in the text", delay.GetProperty("publishedEvidence").GetString());
    }

    [Fact]
    public void Places_have_coordinates_rounded_to_five_decimals()
    {
        var place = Root.GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("id").GetString() == "lendport").GetProperty("place");
        Assert.Equal("51.12346", place.GetProperty("lat").GetRawText());
        Assert.Equal("-3.5", place.GetProperty("lon").GetRawText());
        Assert.Equal("P.PPL", place.GetProperty("featureClass").GetString());
    }

    [Fact]
    public void Write_gives_the_same_UTF8_without_a_byte_order_mark()
    {
        var situation = SampleSituation.Create();
        using var stream = new MemoryStream();
        JsonReport.Write(situation, stream);
        var bytes = stream.ToArray();
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Equal(JsonReport.Render(situation), Encoding.UTF8.GetString(bytes));
        Assert.Contains("LENDPORT — The", Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void Rendering_twice_gives_identical_output()
    {
        Assert.Equal(JsonReport.Render(SampleSituation.Create()), JsonReport.Render(SampleSituation.Create()));
    }

    /// <summary>The elements at a path like "articles[].mentions[]" or "entities[].place" (non-null objects only).</summary>
    private static IEnumerable<JsonElement> Select(JsonElement root, string path)
    {
        IEnumerable<JsonElement> current = [root];
        if (path == "$") return current;
        foreach (var step in path.Split('.'))
        {
            var name = step.TrimEnd('[', ']');
            current = current.Select(e => e.GetProperty(name)).Where(e => e.ValueKind != Null);
            if (step.EndsWith("[]", StringComparison.Ordinal)) current = current.SelectMany(e => e.EnumerateArray());
        }
        return current.ToList();
    }

    [Fact]
    public void Entities_carry_their_actor_code_and_dated_roles()
    {
        var quell = Select(Root, "entities[]").Single(e => e.GetProperty("id").GetString() == "mara-quell");
        Assert.Equal("XYZGOV", quell.GetProperty("actor").GetString());
        Assert.Equal(["XYZGOV|2020-01-01||harbour master", "XYZBUS||2019-12-31|"],
            quell.GetProperty("roles").EnumerateArray().Select(r => string.Join('|', new[] { "code", "from", "until", "office" }.Select(f => r.GetProperty(f).GetString()))));
        var authority = Select(Root, "entities[]").Single(e => e.GetProperty("id").GetString() == "harbour-authority");
        Assert.Equal(0, authority.GetProperty("roles").GetArrayLength());
    }

    [Fact]
    public void Agents_carry_their_code()
    {
        var agent = Assert.Single(Select(Root, "articles[].agents[]"));
        Assert.Equal("unnamed engineer|---BUS|", $"{agent.GetProperty("text").GetString()}|{agent.GetProperty("actor").GetString()}|{agent.GetProperty("entity").GetString()}");
    }
}
