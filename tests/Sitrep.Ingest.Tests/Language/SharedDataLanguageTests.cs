using Sitrep.Ingest.Sources;
using Sitrep.Tests.Support;
using Xunit;

namespace Sitrep.Ingest.Tests.Language;

/// <summary>Real articles of ../shared/data: skipped when it is absent.</summary>
public class SharedDataLanguageTests
{
    [SharedDataFact("seeds")]
    public void The_seeds_are_english()
    {
        var articles = ArticleSource.Read([SharedData.Find("seeds")!]).Select(r => r.Article).OfType<Articles.Article>().ToList();
        Assert.Equal(5, articles.Count);
        Assert.All(articles, a => Assert.Equal("en", a.Language));
    }

    [SharedDataFact(SharedData.FeedRsFolder)]
    public void Feed_articles_keep_the_language_their_channel_declares()
    {
        var articles = ArticleSource.Read([SharedData.Find(SharedData.FeedRsFolder)!]).Select(r => r.Article).OfType<Articles.Article>().ToList();
        Assert.Contains(articles, a => a.Language == "de");
        Assert.Contains(articles, a => a.Language == "it");
        Assert.All(articles.Where(a => a.DeclaredLanguage is not null), a => Assert.Equal(a.DeclaredLanguage, a.Language));
    }

    [SharedDataFact("corpus/bbc-news/bbc-news.jsonl.gz")]
    public void Bbc_news_articles_are_english()
    {
        var articles = ArticleSource.Read([SharedData.Find("corpus/bbc-news/bbc-news.jsonl.gz")!]).Select(r => r.Article).OfType<Articles.Article>().Take(300).ToList();
        Assert.Equal(300, articles.Count);
        Assert.All(articles, a => Assert.Equal("en", a.Language));
    }
}
