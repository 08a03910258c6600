using System.CommandLine;
using Sitrep.Cli.Running;
using Sitrep.Corpus.Situations;
using Sitrep.News.Documents;
using Sitrep.Reports.Exports;
using Sitrep.Store.Articles;
using Sitrep.Store.Sqlite;

namespace Sitrep.Cli.Commands;

/// <summary>
/// `sitrep export events --format gdelt|acled|geojson|csv [PATH|URL...]`: the situation's happenings as a dataset, one
/// row (or feature) per happening with the number of reports and sources, never one per report. With paths the articles
/// are analysed first, as `analyze` does, and nothing is stored; without, the stored articles of --db are read, as
/// `report` does (narrowed by --since/--until). docs/exports.md describes each format.
/// </summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Articles to analyse (as for 'analyze': files, folders, globs, URLs); without them the stored articles of --db are read",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "gdelt (the GDELT 2.0 event table: 61 tab-separated columns, no header), acled (an ACLED-style CSV of the "
                + "violent, protest and strategic events), geojson (a FeatureCollection of the located events) or csv (every event, every field)",
            Required = true,
        }.AcceptOnlyFromAmong(EventExports.Formats);
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write the export to this file instead of standard output" };
        var header = new Option<bool>("--header") { Description = "gdelt: start with a line naming the 61 columns (GDELT's own files have none)" };
        var db = CommonOptions.Database();
        var since = CommonOptions.Date("--since", "Without paths: only stored articles published on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)");
        var until = CommonOptions.Date("--until", "Without paths: only stored articles published on or before this date (YYYY, YYYY-MM or YYYY-MM-DD)");
        var maxMb = CommonOptions.MaxMegabytes();
        var map = CommonOptions.FieldMap();
        var fetch = new FetchCommandOptions();
        var events = new Command("events",
            "Export the events (who did what to whom, when, where) as a dataset: one row per happening with its number of reports "
            + "and distinct sources, not one per report")
        { paths, format, output, header, db, since, until, maxMb, map };
        fetch.AddTo(events);
        events.SetAction(parse =>
        {
            var inputs = parse.GetValue(paths) ?? [];
            var chosen = parse.GetValue(format)!;
            if (!CommonOptions.TryParseFieldMap(parse.GetValue(map), out var fields)) return 2;
            if (!CommonOptions.TryParseDate(parse.GetValue(since), "--since", out var from) || !CommonOptions.TryParseDate(parse.GetValue(until), "--until", out var to))
                return 2;
            if (inputs.Length > 0 && (from is not null || to is not null))
            {
                Console.Error.WriteLine("error: --since and --until choose stored articles: give them without paths (the database is read then)");
                return 2;
            }
            if (parse.GetValue(header) && chosen != "gdelt")
            {
                Console.Error.WriteLine($"error: --header is for --format gdelt ({chosen} always has its header)");
                return 2;
            }
            if (!ReportWriter.CanWrite(parse.GetValue(output), "export")) return 2;

            IReadOnlyList<ArticleAnalysis> analyses;
            int failed = 0;
            if (inputs.Length > 0)
            {
                using var stop = new StopSignal();
                long maxBytes = parse.GetValue(maxMb) * 1024L * 1024L;
                analyses = AnalysedInputs.Read(parse, fetch, inputs, maxBytes, fields, stop, out failed);
                if (stop.Requested)
                {
                    Console.Error.WriteLine($"stopped by {stop.Name}: {analyses.Count} article(s) analysed, {failed} error(s); nothing exported");
                    return stop.ExitCode;
                }
                if (analyses.Count == 0)
                {
                    Console.Error.WriteLine("error: no article could be read");
                    return 1;
                }
            }
            else
            {
                var file = parse.GetValue(db)!;
                if (!file.Exists)
                {
                    Console.Error.WriteLine($"error: {file.FullName}: no such database (give article paths, or create it with 'sitrep ingest')");
                    return 1;
                }
                using var store = SqliteArticleStore.OpenExisting(file.FullName);
                analyses = store.Load(new ArticleQuery(from, to));
                if (analyses.Count == 0)
                {
                    Console.Error.WriteLine("error: no stored article matches");
                    return 1;
                }
            }

            var situation = SituationBuilder.CreateDefault().Build(analyses);
            var result = EventExports.Render(chosen, situation, new ExportOptions { Header = parse.GetValue(header) });
            foreach (var note in result.Notes) Console.Error.WriteLine($"note: {note}");
            int reports = situation.Events.Sum(e => e.Reports.Count);
            Console.Error.WriteLine($"exported {result.Rows} event(s) as {chosen}: {situation.Events.Count} happening(s) from {reports} report(s) in {analyses.Count} article(s)");
            var outputFile = parse.GetValue(output);
            // Nothing to write to a pipe is nothing: not an empty line that a reader would take for a row.
            if (outputFile is null && result.Text.Length == 0) return failed == 0 ? 0 : 1;
            if (!ReportWriter.WriteText(result.Text, outputFile, "export")) return 1;
            return failed == 0 ? 0 : 1;
        });
        return new Command("export", "Export what the articles say as data for other tools") { events };
    }
}
