using System.CommandLine;
using Sitrep.Cli.Running;
using Sitrep.Ingest.Fields;
using Sitrep.Ingest.Web;

namespace Sitrep.Cli.Commands;

/// <summary>The options of the commands that fetch URLs (analyze, ingest, watch), defined once so their names and help agree.</summary>
public sealed class FetchCommandOptions
{
    private readonly Option<bool> _allowPrivate = new("--allow-private")
    {
        Description = "Let URLs reach loopback, private and link-local addresses (refused by default, so feeds cannot probe the local network)",
    };

    private readonly Option<double> _delay = new("--delay")
    {
        Description = "Least seconds between two requests to one host (robots.txt's Crawl-delay wins when larger)",
        DefaultValueFactory = _ => 1.0,
    };

    private readonly Option<double> _timeout = new("--timeout")
    {
        Description = "Seconds allowed for one request, body included",
        DefaultValueFactory = _ => 30.0,
    };

    private readonly Option<int> _retries = new("--retries")
    {
        Description = "Retries after timeouts, dropped connections, 5xx and 429 (with backoff; Retry-After honoured)",
        DefaultValueFactory = _ => 3,
    };

    private readonly Option<int> _concurrency = new("--concurrency")
    {
        Description = "Requests in flight at once (at most 2 per host)",
        DefaultValueFactory = _ => 8,
    };

    public void AddTo(Command command)
    {
        command.Options.Add(_allowPrivate);
        command.Options.Add(_delay);
        command.Options.Add(_timeout);
        command.Options.Add(_retries);
        command.Options.Add(_concurrency);
    }

    public FetchOptions Read(ParseResult parse, long maxDocumentBytes) => new()
    {
        AllowPrivate = parse.GetValue(_allowPrivate),
        MinHostDelay = TimeSpan.FromSeconds(Math.Max(0, parse.GetValue(_delay))),
        RequestTimeout = TimeSpan.FromSeconds(Math.Max(0.1, parse.GetValue(_timeout))),
        MaxRetries = Math.Max(0, parse.GetValue(_retries)),
        MaxConcurrency = Math.Max(1, parse.GetValue(_concurrency)),
        MaxDocumentBytes = maxDocumentBytes,
    };

    /// <summary>Where the commands that store keep what they fetched (validators and seen URLs): next to the database.</summary>
    /// <summary>The inputs of a command: file readers and fetcher set up from these options.</summary>
    public CommandInputs Inputs(ParseResult parse, long maxDocumentBytes, FieldMapping? fields = null, FileValidatorCache? cache = null) =>
        new(Read(parse, maxDocumentBytes), maxDocumentBytes, fields, cache);

    public static string ValidatorCachePath(FileInfo database) => database.FullName + ".fetch.json";
}
