using System.CommandLine;
using Sitrep.Cli.Running;
using Sitrep.Corpus.Situations;
using Sitrep.Ingest.Sources;
using Sitrep.News.Pipeline;

namespace Sitrep.Cli.Commands;

/// <summary>`sitrep analyze PATH...`: reads articles, analyses them and prints the situation report.</summary>
public static class AnalyzeCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        var format = CommonOptions.Format();
        var output = CommonOptions.Output();
        var maxMb = CommonOptions.MaxMegabytes();
        var map = CommonOptions.FieldMap();
        var command = new Command("analyze", "Analyse articles and print a situation report (nothing is stored)") { paths, format, output, maxMb, map };
        command.SetAction(parse =>
        {
            if (!CommonOptions.TryParseFieldMap(parse.GetValue(map), out var fields)) return 2;
            var analyses = new List<ArticleAnalysis>();
            var progress = new ProgressReporter();
            var runner = new ArticleRunner(ArticlePipeline.CreateDefault());
            var options = new ArticleSourceOptions(parse.GetValue(maxMb) * 1024L * 1024L) { Fields = fields };
            progress.Consume(runner.Run(parse.GetValue(paths)!, options), o => analyses.Add(o.Analysis!));
            if (analyses.Count == 0)
            {
                Console.Error.WriteLine("error: no article could be read");
                return 1;
            }
            ReportWriter.Write(SituationBuilder.CreateDefault().Build(analyses), parse.GetValue(format)!, parse.GetValue(output));
            return progress.Failed == 0 ? 0 : 1;
        });
        return command;
    }
}
