using System.CommandLine;
using Sitrep.Cli.Running;
using Sitrep.Store.Articles;
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
        var limit = new Option<int>("--limit", "-n") { Description = "How many articles to list (1 to 10,000)", DefaultValueFactory = _ => 20 };
        limit.Validators.Add(result =>
        {
            int value = result.GetValueOrDefault<int>();
            if (value is < 1 or > 10_000) result.AddError($"--limit {value}: must be from 1 to 10,000");
        });
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
            IReadOnlyList<SearchHit> hits;
            try
            {
                hits = store.Search(string.Join(' ', parse.GetValue(query)!), parse.GetValue(limit));
            }
            catch (ArgumentException ex)
            {
                Console.Error.WriteLine($"error: {ex.Message}");
                return 2;
            }
            bool color = !Console.IsOutputRedirected;
            // Colour goes to the raw terminal; every stored text in it is made terminal-safe first.
            var terminal = color ? AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(TerminalText.RawOut) }) : null;
            int rank = 0;
            foreach (var hit in hits)
            {
                rank++;
                var where = hit.Url ?? hit.Path ?? hit.ArticleId;
                if (terminal is not null)
                {
                    terminal.MarkupLine($"[bold]{rank}. {Shown(hit.Title)}[/] [grey]({Shown(hit.Published ?? "undated")}) {Shown(where)}[/]");
                    terminal.MarkupLine("   " + string.Concat(hit.Parts.Select(p => p.IsMatch ? $"[yellow bold]{Shown(p.Text)}[/]" : Shown(p.Text))));
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

    private static string Shown(string text) => Markup.Escape(TerminalText.Safe(text));
}
