using Sitrep.News.Pipeline;
using Sitrep.News.Documents;

namespace Sitrep.Reports.Sections;

/// <summary>An annotation together with the article it was found in, for sections that list items across articles.</summary>
internal sealed record Sourced<T>(T Item, ArticleAnalysis Article);
