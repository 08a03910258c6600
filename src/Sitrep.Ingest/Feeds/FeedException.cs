namespace Sitrep.Ingest.Feeds;

/// <summary>A feed or sitemap that cannot be read; the message is the reason shown to the user.</summary>
internal sealed class FeedException(string reason) : Exception(reason);
