using Sitrep.Ingest.Sources;

namespace Sitrep.Ingest.Archives;

/// <summary>A compressed input (an archive, a .gz file) went over one of its limits (total size, compression ratio) while being read.</summary>
internal sealed class ArchiveLimitException(string message) : InputRefusedException(message);
