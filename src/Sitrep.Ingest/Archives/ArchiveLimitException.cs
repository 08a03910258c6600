namespace Sitrep.Ingest.Archives;

/// <summary>An archive went over one of its limits (total size, compression ratio) while being read.</summary>
internal sealed class ArchiveLimitException(string message) : Exception(message);
