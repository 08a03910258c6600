using Sitrep.Store.Articles;

namespace Sitrep.Cli.Commands;

/// <summary>
/// What the command line does with an exception no command handled. A failure of the database itself (missing,
/// not a Sitrep database, corrupt, read-only, disk full) is one line, "error: FILE: REASON", like every other
/// error, and exit code 1; anything else is reported as System.CommandLine's default handler reports it.
/// </summary>
public static class StoreErrors
{
    public static int Report(Exception exception)
    {
        if (Find(exception) is { } store)
        {
            Console.Error.WriteLine($"error: {store.DatabasePath}: {store.Reason}");
            return 1;
        }
        // As System.CommandLine's default exception handler: a cancellation is silent, the rest shown in full.
        if (exception is not OperationCanceledException)
            Console.Error.WriteLine("Unhandled exception: " + exception);
        return 1;
    }

    /// <summary>The store's exception, also when PLINQ or a task wrapped it.</summary>
    private static StoreException? Find(Exception? exception) => exception switch
    {
        null => null,
        StoreException store => store,
        AggregateException aggregate => aggregate.InnerExceptions.Select(Find).FirstOrDefault(e => e is not null),
        _ => Find(exception.InnerException),
    };
}
