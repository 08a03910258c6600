using Sitrep.Articles;

namespace Sitrep.Ingest.Feeds;

/// <summary>One item of a feed as its format states it, before it becomes an article.</summary>
/// <param name="Text">Plain text of the item's content, "" when it has none.</param>
internal sealed record FeedEntry(string Title, string Text, string? Url, PartialDate? Published, string? Author);
