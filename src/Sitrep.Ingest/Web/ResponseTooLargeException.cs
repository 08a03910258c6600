namespace Sitrep.Ingest.Web;

/// <summary>A body over the size limit (counted after decompression): never retried, as it would only be read again.</summary>
internal sealed class ResponseTooLargeException(string message) : Exception(message);
