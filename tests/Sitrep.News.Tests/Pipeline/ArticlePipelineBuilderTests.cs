using Sitrep.Articles;
using Sitrep.News.Documents;
using Sitrep.News.Pipeline;
using Xunit;

namespace Sitrep.News.Tests.Pipeline;

public class ArticlePipelineBuilderTests
{
    /// <summary>An annotator that declares what it is told and fills its layers with a marker.</summary>
    private sealed class Step(string name, Layer[] requires, Layer[] assigns, Layer[]? reads = null, Func<ArticleAnalysis, ArticleAnalysis>? body = null) : IArticleAnnotator
    {
        public string Name => name;
        public IReadOnlyList<Layer> Requires => requires;
        public IReadOnlyList<Layer> Reads => reads ?? [];
        public IReadOnlyList<Layer> Assigns => assigns;
        public ArticleAnalysis Annotate(ArticleAnalysis a) => body?.Invoke(a) ?? a;
    }

    private static Step Names => new("names", [], [Layers.Names, Layers.Toponyms]);
    private static Step Places => new("places", [Layers.Names, Layers.Toponyms], [Layers.Places]);
    private static Step Dates => new("publication-date", [Layers.Names], [Layers.Published]);
    private static Step Times => new("times", [], [Layers.Times], reads: [Layers.Published]);
    private static Step Agents => new("agents", [Layers.Names, Layers.Places, Layers.Published], [Layers.Agents]);
    private static Step Mentions => new("mentions", [Layers.Names, Layers.Places], [Layers.Mentions], reads: [Layers.Agents]);
    private static Step Quotes => new("quotes", [Layers.Mentions], [Layers.Quotes]);

    private static ArticlePipelineBuilder Standard() => new([Names, Places, Dates, Times, Agents, Mentions, Quotes]);

    [Fact]
    public void A_pipeline_in_a_good_order_builds_and_reads_at_a_glance() =>
        Assert.Equal("names → places → publication-date → times → agents → mentions → quotes", Standard().Build().ToString());

    public static TheoryData<string[], string> WrongOrders => new()
    {
        // A required layer assigned later: both annotators are named.
        { ["places", "names"], "annotator 'places' reads layer 'names' before annotator 'names' assigns it: put 'names' before 'places'" },
        // An optional layer assigned later is as wrong as a required one.
        { ["names", "places", "mentions", "publication-date", "agents"], "annotator 'mentions' reads layer 'agents' before annotator 'agents' assigns it" },
        { ["times", "names", "publication-date"], "annotator 'times' reads layer 'published' before annotator 'publication-date' assigns it" },
        // A required layer nobody assigns.
        { ["quotes"], "annotator 'quotes' requires layer 'mentions', which no annotator before it assigns" },
    };

    [Theory]
    [MemberData(nameof(WrongOrders))]
    public void A_wrong_order_is_refused_with_the_annotators_named(string[] order, string message)
    {
        var all = new[] { Names, Places, Dates, Times, Agents, Mentions, Quotes }.ToDictionary(s => s.Name);
        var error = Assert.Throws<InvalidOperationException>(() => new ArticlePipelineBuilder(order.Select(n => all[n])).Build());
        Assert.StartsWith(message, error.Message);
    }

    [Fact]
    public void An_optional_layer_nobody_assigns_is_fine() =>
        Assert.Equal("names → places → mentions", new ArticlePipelineBuilder([Names, Places, Mentions]).Build().ToString());

    [Fact]
    public void Two_authors_of_one_layer_are_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            Standard().Add(new Step("more-quotes", [Layers.Mentions], [Layers.Quotes])).Build());
        Assert.Equal("annotators 'quotes' and 'more-quotes' both assign layer 'quotes': a layer has one author", error.Message);
    }

    [Fact]
    public void Annotators_are_inserted_replaced_and_removed_by_name_or_type()
    {
        var builder = Standard()
            .Remove("agents")
            .InsertBefore("quotes", new Step("claims", [Layers.Mentions, Layers.Times], [Layers.Claims]))
            .Replace("quotes", new Step("quotes", [Layers.Mentions], [Layers.Quotes]))
            .InsertAfter("names", new Step("syntax", [], [Layers.Syntax]));
        Assert.Equal("names → syntax → places → publication-date → times → mentions → claims → quotes", builder.Build().ToString());
        Assert.True(builder.Contains("claims"));
        Assert.False(builder.Contains("agents"));
        Assert.Throws<ArgumentException>(() => builder.Remove("agents"));
    }

    [Fact]
    public void Removing_what_a_later_step_requires_is_refused_when_built()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Standard().Remove("names").Build());
        Assert.StartsWith("annotator 'places' requires layer 'names'", error.Message);
    }

    [Fact]
    public void Serving_keeps_the_steps_a_layer_needs()
    {
        Assert.Equal("names → places → publication-date → agents → mentions → quotes", Standard().Serving(Layers.Quotes).Build().ToString());
        Assert.Equal("names → publication-date → times", Standard().Serving(Layers.Times).Build().ToString());
    }

    [Fact]
    public void A_substitute_annotator_fills_its_layer_in_a_custom_pipeline()
    {
        var quotes = new Step("quotes", [Layers.Mentions], [Layers.Quotes],
            body: a => a with { Quotes = [new Quote(0, 4, a.Text[..4], null, null, "wrote")] });
        var pipeline = Standard().Replace("quotes", quotes).Build();
        var analysis = pipeline.Analyze(Article.Create("Note", "Ships sail at dawn."));
        Assert.Equal(new Quote(0, 4, "Ship", null, null, "wrote"), analysis.Quotes.Single());
    }

    [Fact]
    public void An_annotator_that_changes_a_layer_it_does_not_assign_fails_the_article()
    {
        var rogue = new Step("quotes", [Layers.Mentions], [Layers.Quotes],
            body: a => a with { Times = [new TimeExpression(0, 5, "Ships", TimeType.Date, "2021")] });
        var pipeline = Standard().Replace("quotes", rogue).Build();
        var error = Assert.Throws<InvalidOperationException>(() => pipeline.Analyze(Article.Create("Note", "Ships sail at dawn.")));
        Assert.Equal("annotator 'quotes' changed layer 'times', which it does not assign", error.Message);
    }
}
