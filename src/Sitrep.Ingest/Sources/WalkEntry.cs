namespace Sitrep.Ingest.Sources;

/// <summary>A file found by a directory walk, or a directory the walk could not enter and why.</summary>
internal readonly record struct WalkEntry(string Path, string? Error);
