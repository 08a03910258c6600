namespace Sitrep.Ingest.Feeds;

/// <summary>What a feed file held: a <see cref="Feeds.Feed"/> of articles, a <see cref="Feeds.Sitemap"/> of URLs, or the reason it could not be read.</summary>
public sealed record FeedDocument(Feed? Feed, Sitemap? Sitemap, string? Error);
