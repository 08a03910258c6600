using System.Text;
using Sitrep.Corpus.Situations;
using Sitrep.Reports;

namespace Sitrep.Cli.Commands;

/// <summary>Renders a situation in the chosen format to a file or standard output.</summary>
public static class ReportWriter
{
    public static void Write(Situation situation, string format, FileInfo? output)
    {
        var text = format switch
        {
            "json" => JsonReport.Render(situation),
            "html" => HtmlReport.Render(situation),
            _ => MarkdownReport.Render(situation),
        };
        if (output is null)
        {
            using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false));
            stdout.Write(text);
            if (!text.EndsWith('\n')) stdout.WriteLine();
            return;
        }
        File.WriteAllText(output.FullName, text, new UTF8Encoding(false));
        Console.Error.WriteLine($"wrote {output.FullName}");
    }
}
