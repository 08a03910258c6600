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
    DbCommand.Create(),
    ResourcesCommand.Create(),
    TrainCommand.Create(),
};
// Our own handler instead of System.CommandLine's, so a broken database is one "error:" line, not a stack trace.
try
{
    return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception e)
{
    return StoreErrors.Report(e);
}
