using Sitrep.News;
using System.CommandLine;
using Sitrep.Cli.Running;
using Sitrep.Corpus.Situations;
using Sitrep.Ingest.Sources;
using Sitrep.Ingest.Web;
using Sitrep.News.Actors;
using Sitrep.News.Pipeline;
using Sitrep.News.Places;
using Sitrep.Reports;
using Sitrep.Store.Articles;
using Sitrep.Store.Sqlite;
using Sitrep.News.Documents;

namespace Sitrep.Cli.Commands;

/// <summary>`sitrep entity NAME [PATHS…]`: one entity's names, codes, roles and places, and the articles and quotes that mention it.</summary>
public static class EntityCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("name") { Description = "The entity: a name or alias as the articles write it (\"Biden\", \"the Taliban\"), an entity id, or an actor-base alias" };
        var paths = new Argument<string[]>("paths")
        {
            Description = "Articles to analyse (as for 'analyze'); without them the stored articles of --db that mention the name are read",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var db = CommonOptions.Database();
        var maxMb = CommonOptions.MaxMegabytes();
        var fetch = new FetchCommandOptions();
        var command = new Command("entity", "Print what the articles say about one entity: aliases, actor codes, dated roles, places, articles and quotes") { name, paths, db, maxMb };
        fetch.AddTo(command);
        command.SetAction(parse =>
        {
            var query = parse.GetValue(name)!;
            var inputs = parse.GetValue(paths) ?? [];
            List<ArticleAnalysis> analyses;
            if (inputs.Length > 0)
            {
                analyses = [];
                var progress = new ProgressReporter();
                var runner = new ArticleRunner(DefaultPipeline.Create());
                long maxBytes = parse.GetValue(maxMb) * 1024L * 1024L;
                using var read = fetch.Inputs(parse, maxBytes);
                progress.Consume(runner.Run(read.Read(inputs)), o => analyses.Add(o.Analysis!));
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
                analyses = store.Load(new ArticleQuery(null, null, query)).ToList();
            }
            if (analyses.Count == 0)
            {
                Console.Error.WriteLine("error: no article could be read");
                return 1;
            }
            var situation = SituationBuilder.CreateDefault().Build(analyses);
            var found = EntityReport.Find(situation, query, ActorBase.Default);
            if (found.Count == 0)
            {
                Console.Error.WriteLine($"error: no entity named '{query}' in {analyses.Count} article(s)");
                return 1;
            }
            var text = EntityReport.Render(situation, found[0], Gazetteer.Default);
            if (found.Count > 1)
                text += $"Also named '{query}': {string.Join(", ", found.Skip(1).Select(e => $"{e.Name} [{e.Id}]"))}\n";
            TerminalText.WriteDocument(text);
            return 0;
        });
        return command;
    }
}
