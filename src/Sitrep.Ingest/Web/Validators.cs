namespace Sitrep.Ingest.Web;

/// <summary>What a server said identifies the version of a URL it sent (RFC 9110 §8.8): sent back as If-None-Match and If-Modified-Since.</summary>
public sealed record Validators(string? ETag, string? LastModified)
{
    public bool IsEmpty => ETag is null && LastModified is null;
}
