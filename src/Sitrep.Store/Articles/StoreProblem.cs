namespace Sitrep.Store.Articles;

/// <summary>What kind of failure a <see cref="StoreException"/> reports, so a caller can choose what to do without reading the message.</summary>
public enum StoreProblem
{
    /// <summary>The database file does not exist (and the caller asked not to create it).</summary>
    Missing,

    /// <summary>The file is not an SQLite database, or an SQLite database without Sitrep's tables.</summary>
    NotADatabase,

    /// <summary>The file is an SQLite database whose pages or rows are damaged.</summary>
    Corrupt,

    /// <summary>The database was written by a newer Sitrep.</summary>
    NewerSchema,

    /// <summary>The file, or the folder that holds its -wal and -shm files, cannot be written.</summary>
    ReadOnly,

    /// <summary>The disk (or the file system's quota) has no room for the write.</summary>
    DiskFull,

    /// <summary>Another process held the write lock longer than the store waits.</summary>
    Busy,

    /// <summary>The file cannot be opened or read at all (permissions, a missing folder, an I/O error).</summary>
    Unavailable,
}
