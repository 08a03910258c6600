using Sitrep.News;
using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using Sitrep.Cli.Running;
using Sitrep.Ingest.Web;
using Sitrep.News.Pipeline;
using Sitrep.Store.Sqlite;

namespace Sitrep.Cli.Commands;

/// <summary>
/// `sitrep watch FEED... [--every 15m] [--db FILE] [--once]`: polls feeds and sitemaps, fetches the pages of
/// items not fetched before, analyses and stores them, then waits and starts again, until Ctrl-C. Each round is
/// a fresh run (robots.txt read again); what was fetched is remembered beside the database, so an unchanged
/// feed costs one 304.
/// </summary>
public static partial class WatchCommand
{
    public static Command Create()
    {
        var feeds = new Argument<string[]>("feeds")
        {
            Description = "Feed or sitemap URLs (RSS, Atom, JSON Feed, news sitemaps, sitemap indexes)",
            Arity = ArgumentArity.OneOrMore,
        };
        var every = new Option<string>("--every")
        {
            Description = "Time between the starts of two rounds: 90s, 15m, 2h",
            DefaultValueFactory = _ => "15m",
        };
        var once = new Option<bool>("--once") { Description = "Run one round and exit (exit code 1 if anything failed)" };
        var db = CommonOptions.Database();
        var maxMb = CommonOptions.MaxMegabytes();
        var fetch = new FetchCommandOptions();
        var command = new Command("watch", "Poll feeds, fetch and store their new articles, until Ctrl-C") { feeds, every, once, db, maxMb };
        fetch.AddTo(command);
        command.SetAction(async parse =>
        {
            if (!TryParseInterval(parse.GetValue(every)!, out var interval))
            {
                Console.Error.WriteLine($"error: --every {parse.GetValue(every)}: not an interval (use a number and s, m or h: 90s, 15m, 2h)");
                return 2;
            }
            var dbFile = parse.GetValue(db)!;
            using var store = SqliteArticleStore.Open(dbFile.FullName);
            var cache = FileValidatorCache.Open(FetchCommandOptions.ValidatorCachePath(dbFile));
            var runner = new ArticleRunner(DefaultPipeline.Create());
            long maxBytes = parse.GetValue(maxMb) * 1024L * 1024L;
            var fetchOptions = fetch.Read(parse, maxBytes);
            using var stop = new StopSignal();
            var ct = stop.Token;
            int exit = 0;
            while (!ct.IsCancellationRequested)
            {
                var started = DateTimeOffset.Now;
                var round = new WatchRound(store, cache, runner, () => new CommandInputs(fetchOptions, maxBytes, cache: cache));
                exit = round.Run(parse.GetValue(feeds)!, ct);
                if (parse.GetValue(once)) break;
                var wait = interval - (DateTimeOffset.Now - started);
                if (wait > TimeSpan.Zero)
                {
                    try
                    {
                        await Task.Delay(wait, ct);
                    }
                    catch (OperationCanceledException)
                    {
                        break;
                    }
                }
            }
            return stop.Requested ? stop.ExitCode : exit;
        });
        return command;
    }

    internal static bool TryParseInterval(string text, out TimeSpan interval)
    {
        interval = default;
        var m = Interval().Match(text.Trim());
        if (!m.Success) return false;
        double n = double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        interval = m.Groups[2].Value switch { "s" => TimeSpan.FromSeconds(n), "m" => TimeSpan.FromMinutes(n), _ => TimeSpan.FromHours(n) };
        return interval >= TimeSpan.FromSeconds(1);
    }

    [GeneratedRegex(@"^(\d+(?:\.\d+)?)\s*(s|m|h)$")]
    private static partial Regex Interval();
}
