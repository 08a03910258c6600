namespace Sitrep.Store.Articles;

/// <summary>
/// A failure of the database itself rather than of one article: the file is missing, not a Sitrep database,
/// corrupt, read-only, or the disk is full. <see cref="Reason"/> is one line meant for the user, and
/// <see cref="DatabasePath"/> the file it is about, so a command can print "error: FILE: REASON".
/// </summary>
public sealed class StoreException : Exception
{
    public StoreException(string databasePath, StoreProblem problem, string reason, Exception? inner = null)
        : base($"{databasePath}: {reason}", inner)
    {
        DatabasePath = databasePath;
        Problem = problem;
        Reason = reason;
    }

    public string DatabasePath { get; }

    public StoreProblem Problem { get; }

    public string Reason { get; }
}
