using Sitrep.News.Documents;

namespace Sitrep.News.Pipeline;

/// <summary>One item of a stream analysed by <see cref="ArticlePipeline.AnalyzeMany{T}"/>: the item, and its analysis or the error that stopped it (neither when the item held no article).</summary>
public sealed record ArticleResult<T>(T Item, ArticleAnalysis? Analysis, Exception? Error);
