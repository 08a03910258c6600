using System.CommandLine;
using Sitrep.Store.Sqlite;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary>`sitrep search QUERY`: full-text search of the stored articles, best matches first, with highlighted snippets.</summary>
public static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string[]>("query") { Description = "Words to find (all must occur); \"quoted phrases\" match as phrases", Arity = ArgumentArity.OneOrMore };
        var db = CommonOptions.Database();
        var limit = new Option<int>("--limit", "-n") { Description = "How many articles to list", DefaultValueFactory = _ => 20 };
        var command = new Command("search", "Full-text search of the stored articles") { query, db, limit };
        command.SetAction(parse =>
        {
            var file = parse.GetValue(db)!;
            if (!file.Exists)
            {
                Console.Error.WriteLine($"error: {file.FullName}: no such database (create it with 'sitrep ingest')");
                return 1;
            }
            using var store = SqliteArticleStore.OpenExisting(file.FullName);
            var hits = store.Search(string.Join(' ', parse.GetValue(query)!), parse.GetValue(limit));
            bool color = !Console.IsOutputRedirected;
            int rank = 0;
            foreach (var hit in hits)
            {
                rank++;
                var where = hit.Url ?? hit.Path ?? hit.ArticleId;
                if (color)
                {
                    AnsiConsole.MarkupLine($"[bold]{rank}. {Markup.Escape(hit.Title)}[/] [grey]({hit.Published ?? "undated"}) {Markup.Escape(where)}[/]");
                    AnsiConsole.MarkupLine("   " + Markup.Escape(hit.Snippet).Replace("«", "[yellow bold]").Replace("»", "[/]"));
                }
                else
                {
                    Console.WriteLine($"{rank}. {hit.Title} ({hit.Published ?? "undated"}) {where}");
                    Console.WriteLine("   " + hit.Snippet);
                }
            }
            if (hits.Count == 0) Console.Error.WriteLine("no match");
            return 0;
        });
        return command;
    }
}
