namespace Sitrep.Ingest.Archives;

/// <summary>The files of one archive, one at a time; never throws: failures come back as entries with an error.</summary>
internal interface IArchiveEntries : IDisposable
{
    /// <summary>The next file, or null at the end (and after a fatal entry).</summary>
    ArchiveEntry? Next();
}
