namespace Sitrep.Ingest.Archives;

/// <summary>One file read out of an archive: its shown name ("a.zip!/dir/page.html") and bytes, or why it could not be read.</summary>
/// <param name="Fatal">The archive cannot be read past this point (truncated, corrupt, over a limit).</param>
internal sealed record ArchiveEntry(string Name, byte[]? Content, string? Error, bool Fatal = false);
