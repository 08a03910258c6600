using Sitrep.News;
using System.CommandLine;
using Sitrep.Cli.Running;
using Sitrep.Corpus.Situations;
using Sitrep.Ingest.Sources;
using Sitrep.Ingest.Web;
using Sitrep.News.Pipeline;
using Sitrep.News.Documents;

namespace Sitrep.Cli.Commands;

/// <summary>`sitrep analyze PATH|URL...`: reads articles, analyses them and prints the situation report.</summary>
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
        command.SetAction((parse, ct) =>
        {
            if (!CommonOptions.TryParseFieldMap(parse.GetValue(map), out var fields)) return Task.FromResult(2);
            var analyses = new List<ArticleAnalysis>();
            var progress = new ProgressReporter();
            var runner = new ArticleRunner(DefaultPipeline.Create());
            long maxBytes = parse.GetValue(maxMb) * 1024L * 1024L;
            // Nothing is stored, so nothing is remembered: every URL is fetched in full.
            using var inputs = fetch.Inputs(parse, maxBytes, fields);
            progress.Consume(runner.Run(inputs.Read(parse.GetValue(paths)!, ct)), o => analyses.Add(o.Analysis!));
            if (analyses.Count == 0)
            {
                Console.Error.WriteLine("error: no article could be read");
                return Task.FromResult(1);
            }
            ReportWriter.Write(SituationBuilder.CreateDefault().Build(analyses), parse.GetValue(format)!, parse.GetValue(output));
            return Task.FromResult(progress.Failed == 0 ? 0 : 1);
        });
        return command;
    }
}
