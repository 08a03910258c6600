namespace Sitrep.Ingest.Warc;

/// <summary>The WARC cannot be read past this point: a truncated record, or bytes that are not a record.</summary>
public sealed class WarcFormatException(string message) : Exception(message);
