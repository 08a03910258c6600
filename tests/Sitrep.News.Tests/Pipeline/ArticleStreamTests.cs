using Sitrep.Articles;
using Sitrep.News.Documents;
using Sitrep.News.Pipeline;
using Xunit;

namespace Sitrep.News.Tests.Pipeline;

public class ArticleStreamTests
{
    /// <summary>Fills the quotes layer with the article's title as the text, slowly for some articles.</summary>
    private sealed class Echo : IArticleAnnotator
    {
        public string Name => "echo";
        public IReadOnlyList<Layer> Requires => [];
        public IReadOnlyList<Layer> Assigns => [Layers.Quotes];

        public ArticleAnalysis Annotate(ArticleAnalysis a)
        {
            if (a.Article.Title.EndsWith('7')) Thread.Sleep(30);
            if (a.Article.Title == "fails") throw new FormatException("cannot read it");
            return a with { Quotes = [new Quote(0, 1, a.Article.Title, null, null, null)] };
        }
    }

    private static ArticlePipeline Pipeline => new ArticlePipelineBuilder([new Echo()]).Build();

    private static Article Numbered(int i) => Article.Create(i.ToString(System.Globalization.CultureInfo.InvariantCulture), "x");

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void Results_come_in_input_order(int parallelism)
    {
        var titles = Pipeline.AnalyzeMany(Enumerable.Range(0, 200).Select(Numbered), parallelism).Select(a => a.Quotes.Single().Text);
        Assert.Equal(Enumerable.Range(0, 200).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), titles);
    }

    [Fact]
    public void The_source_is_read_only_a_bounded_window_ahead_of_the_reader()
    {
        int read = 0;
        IEnumerable<Article> Source()
        {
            for (int i = 0; ; i++)
            {
                Interlocked.Increment(ref read);
                yield return Numbered(i);
            }
        }
        var first = Pipeline.AnalyzeMany(Source(), parallelism: 2).Take(10).ToList();
        Assert.Equal(10, first.Count);
        // Two workers, eight articles in flight each: an endless source is never drained.
        Assert.InRange(read, 10, 10 + 2 * 8 + 2);
    }

    [Fact]
    public void One_bad_article_is_reported_and_the_stream_goes_on()
    {
        var items = new[] { "a", "fails", "c" }.Select(t => (Name: t, Article: (Article?)Article.Create(t, "x")))
            .Append((Name: "unreadable", Article: null));
        var results = Pipeline.AnalyzeMany(items, i => i.Article, parallelism: 2).ToList();
        Assert.Equal(["a", "fails", "c", "unreadable"], results.Select(r => r.Item.Name));
        Assert.Equal("a", results[0].Analysis!.Quotes.Single().Text);
        Assert.IsType<FormatException>(results[1].Error);
        Assert.Null(results[1].Analysis);
        Assert.Equal("c", results[2].Analysis!.Quotes.Single().Text);
        Assert.Equal((null, null), (results[3].Analysis, results[3].Error));
    }
}
