using System.CommandLine;
using Sitrep.Cli.Commands;

var root = new RootCommand("Sitrep reads news articles and reports who did what to whom, where and when, who said so, and where the sources disagree.")
{
    AnalyzeCommand.Create(),
    IngestCommand.Create(),
    WatchCommand.Create(),
    ReportCommand.Create(),
    EntityCommand.Create(),
    SearchCommand.Create(),
    ResourcesCommand.Create(),
    TrainCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
