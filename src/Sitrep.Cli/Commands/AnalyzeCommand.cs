using System.CommandLine;
using Sitrep.Cli.Running;
using Sitrep.Corpus.Situations;

namespace Sitrep.Cli.Commands;

/// <summary>
/// `sitrep analyze PATH|URL...`: reads articles, analyses them and prints the situation report. A story read twice
/// counts once. Ctrl-C or SIGTERM stops it taking inputs; it says what was read and exits 130 or 143 without a report.
/// </summary>
public static class AnalyzeCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        var format = CommonOptions.Format();
        var output = CommonOptions.Output();
        var maxMb = CommonOptions.MaxMegabytes();
        var fetch = new FetchCommandOptions();
        var map = CommonOptions.FieldMap();
        var command = new Command("analyze", "Analyse articles (files or URLs) and print a situation report (nothing is stored)") { paths, format, output, maxMb, map };
        fetch.AddTo(command);
        command.SetAction(parse =>
        {
            if (!CommonOptions.TryParseFieldMap(parse.GetValue(map), out var fields)) return 2;
            if (!ReportWriter.CanWrite(parse.GetValue(output))) return 2;
            using var stop = new StopSignal();
            long maxBytes = parse.GetValue(maxMb) * 1024L * 1024L;
            var analyses = AnalysedInputs.Read(parse, fetch, parse.GetValue(paths)!, maxBytes, fields, stop, out int failed);
            if (stop.Requested)
            {
                Console.Error.WriteLine($"stopped by {stop.Name}: {analyses.Count} article(s) analysed, {failed} error(s); no report written");
                return stop.ExitCode;
            }
            if (analyses.Count == 0)
            {
                Console.Error.WriteLine("error: no article could be read");
                return 1;
            }
            if (!ReportWriter.Write(SituationBuilder.CreateDefault().Build(analyses), parse.GetValue(format)!, parse.GetValue(output))) return 1;
            return failed == 0 ? 0 : 1;
        });
        return command;
    }
}
