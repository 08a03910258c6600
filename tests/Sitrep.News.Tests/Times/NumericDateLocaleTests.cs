using Sitrep.News.Documents;
using Sitrep.News;
using Sitrep.Articles;
using Sitrep.News.Times;
using Sitrep.Nlp.Tokens;
using Xunit;

namespace Sitrep.News.Tests.Times;

public class NumericDateLocaleTests
{
    private static NumericDateOrder? Infer(string text, string? url = null) => NumericDateLocale.Infer(text, Tokenizer.Tokenize(text), url);

    [Theory]
    [InlineData("Signed on 22/07/2021 and amended on 3/4/2021.", null, NumericDateOrder.DayFirst)]
    [InlineData("Signed on 7/22/2021 and amended on 3/4/2021.", "https://www.example.co.uk/a", NumericDateOrder.MonthFirst)]
    [InlineData("Signed on 3/4/2021.", "https://www.example.co.uk/news/1", NumericDateOrder.DayFirst)]
    [InlineData("Signed on 3/4/2021.", "https://news.example.in/", NumericDateOrder.DayFirst)]
    [InlineData("Signed on 3/4/2021.", "https://www.example.us/", NumericDateOrder.MonthFirst)]
    [InlineData("Signed on 3/4/2021.", "https://www.example.com/", null)]
    [InlineData("Signed on 3/4/2021.", "not a url", null)]
    [InlineData("No dates here.", null, null)]
    public void Reads_the_order_from_the_articles_own_dates_then_its_site(string text, string? url, NumericDateOrder? expected) =>
        Assert.Equal(expected, Infer(text, url));

    [Fact]
    public void The_pipeline_reads_an_ambiguous_date_day_first_on_a_british_site()
    {
        var pipeline = DefaultPipeline.Builder().Serving(Layers.Times).Build();
        const string text = "The agreement was signed on 7/8/2021 in Doha.";
        var british = pipeline.Analyze(Article.Create("Deal", text, new PartialDate(2021, 9, 1), url: "https://www.example.co.uk/deal"));
        var american = pipeline.Analyze(Article.Create("Deal", text, new PartialDate(2021, 9, 1), url: "https://www.example.com/deal"));
        Assert.Contains(british.Times, t => t.Value == "2021-08-07");
        Assert.Contains(american.Times, t => t.Value == "2021-07-08");
    }
}
