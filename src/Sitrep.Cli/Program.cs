using System.CommandLine;
using Sitrep.Cli.Commands;
using Sitrep.Cli.Running;

TerminalText.Install();
var root = new RootCommand("Sitrep reads news articles and reports who did what to whom, where and when, who said so, and where the sources disagree.")
{
    AnalyzeCommand.Create(),
    IngestCommand.Create(),
    WatchCommand.Create(),
    ReportCommand.Create(),
    ExportCommand.Create(),
    EntityCommand.Create(),
    SearchCommand.Create(),
    DbCommand.Create(),
    ResourcesCommand.Create(),
    TrainCommand.Create(),
};
CommandLineChecks.ReplaceVersion(root);
var parse = root.Parse(args);
if (CommandLineChecks.UsageErrors(parse, args) is { Count: > 0 } errors)
{
    foreach (var error in errors) Console.Error.WriteLine($"error: {error}");
    Console.Error.WriteLine($"Run '{CommandLineChecks.CommandPath(parse)} --help' for usage.");
    return 2;
}
// The long-running commands handle SIGINT and SIGTERM themselves (StopSignal): finish the batch in flight, then stop.
// Our own exception handler instead of System.CommandLine's, so a broken database is one "error:" line, not a stack trace.
try
{
    return await parse.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false });
}
catch (Exception e)
{
    return StoreErrors.Report(e);
}
