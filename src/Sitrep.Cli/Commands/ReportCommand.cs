using System.CommandLine;
using Sitrep.Corpus.Situations;
using Sitrep.Store.Articles;
using Sitrep.Store.Sqlite;

namespace Sitrep.Cli.Commands;

/// <summary>`sitrep report`: renders the situation for the articles stored in the database, optionally narrowed by date and entity.</summary>
public static class ReportCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Database();
        var format = CommonOptions.Format();
        var output = CommonOptions.Output();
        var since = CommonOptions.Date("--since", "Only articles published on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)");
        var until = CommonOptions.Date("--until", "Only articles published on or before this date (YYYY, YYYY-MM or YYYY-MM-DD)");
        var entity = new Option<string?>("--entity") { Description = "Only articles that mention this name (case-insensitive)" };
        var command = new Command("report", "Render the situation report for the stored articles") { db, format, output, since, until, entity };
        command.SetAction(parse =>
        {
            var file = parse.GetValue(db)!;
            if (!file.Exists)
            {
                Console.Error.WriteLine($"error: {file.FullName}: no such database (create it with 'sitrep ingest')");
                return 1;
            }
            if (!CommonOptions.TryParseDate(parse.GetValue(since), "--since", out var from) || !CommonOptions.TryParseDate(parse.GetValue(until), "--until", out var to))
                return 2;
            if (!ReportWriter.CanWrite(parse.GetValue(output))) return 2;
            using var store = SqliteArticleStore.OpenExisting(file.FullName);
            var analyses = store.Load(new ArticleQuery(from, to, parse.GetValue(entity)));
            if (analyses.Count == 0)
            {
                Console.Error.WriteLine("error: no stored article matches");
                return 1;
            }
            return ReportWriter.Write(SituationBuilder.CreateDefault().Build(analyses), parse.GetValue(format)!, parse.GetValue(output)) ? 0 : 1;
        });
        return command;
    }
}
