namespace Sitrep.Ingest.Warc;

/// <summary>An HTTP response as a WARC response record holds it, with its body decoded (de-chunked and decompressed).</summary>
/// <param name="MediaType">The Content-Type's media type in lower case ("text/html"), or null when the header is missing.</param>
/// <param name="Charset">The Content-Type's charset parameter, or null.</param>
public sealed record HttpResponse(int Status, string? MediaType, string? Charset, byte[] Body)
{
    /// <summary>An HTML page: by its media type, or, when the server sent none, by how the body starts.</summary>
    public bool IsHtml => MediaType is "text/html" or "application/xhtml+xml"
        || (MediaType is null && HttpResponseParser.LooksLikeHtml(Body));
}
