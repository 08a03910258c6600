using Sitrep.News.Pipeline;
using Sitrep.Store.Json;
using Xunit;
using Sitrep.News.Documents;

namespace Sitrep.Store.Tests.Fixtures;

public static class AssertAnalysis
{
    /// <summary>
    /// Every layer equal, one by one (the record's own Equals compares its lists by reference), and
    /// the same JSON, which also covers a layer added to ArticleAnalysis later.
    /// </summary>
    public static void Same(ArticleAnalysis expected, ArticleAnalysis actual)
    {
        Assert.Equal(expected.Article, actual.Article);
        Assert.Equal(expected.Published, actual.Published);
        Assert.Equal(expected.PublishedInferred, actual.PublishedInferred);
        Assert.Equal(expected.PublishedEvidence, actual.PublishedEvidence);
        Assert.Equal(expected.PublishedWindow, actual.PublishedWindow);
        Assert.Equal(expected.TokenCount, actual.TokenCount);
        Assert.Equal(expected.Sentences, actual.Sentences);
        Assert.Equal(expected.Mentions, actual.Mentions);
        Assert.Equal(expected.Times, actual.Times);
        Assert.Equal(expected.Quantities, actual.Quantities);
        Assert.Equal(expected.Quotes, actual.Quotes);
        Assert.Equal(expected.Claims, actual.Claims);
        Assert.Equal(expected.Agents, actual.Agents);
        Assert.Equal(expected.Events, actual.Events);
        Assert.Equal(StoredAnalysis.Serialize(expected), StoredAnalysis.Serialize(actual));
    }
}
