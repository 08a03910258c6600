using System.Text;
using Sitrep.Cli.Running;
using Sitrep.Corpus.Situations;
using Sitrep.Reports;

namespace Sitrep.Cli.Commands;

/// <summary>Renders a situation in the chosen format to a file or standard output.</summary>
public static class ReportWriter
{
    /// <summary>
    /// Writes the report; false (with one error line) when the file cannot be written. A file is written beside its
    /// final name and then renamed over it, so a failure (a full disk, a kill) never leaves half a report behind.
    /// </summary>
    public static bool Write(Situation situation, string format, FileInfo? output)
    {
        var text = format switch
        {
            "json" => JsonReport.Render(situation),
            "html" => HtmlReport.Render(situation),
            _ => MarkdownReport.Render(situation),
        };
        return WriteText(text, output);
    }

    /// <summary>
    /// Writes a document (a report, an export) to standard output or, atomically, to a file; false (with one error line
    /// naming <paramref name="what"/>) when the file cannot be written.
    /// </summary>
    public static bool WriteText(string text, FileInfo? output, string what = "report")
    {
        if (output is null)
        {
            TerminalText.WriteDocument(text);
            return true;
        }
        var folder = output.Directory;
        if (folder is { Exists: false })
        {
            Console.Error.WriteLine($"error: {output.FullName}: cannot write the {what}: no such folder {folder.FullName}");
            return false;
        }
        var partial = $"{output.FullName}.partial-{Environment.ProcessId}";
        try
        {
            File.WriteAllText(partial, text, new UTF8Encoding(false));
            File.Move(partial, output.FullName, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryDelete(partial);
            var reason = ex is UnauthorizedAccessException ? "permission denied" : ex.Message;
            Console.Error.WriteLine($"error: {output.FullName}: cannot write the {what}: {reason}");
            return false;
        }
        Console.Error.WriteLine($"wrote {output.FullName}");
        return true;
    }

    /// <summary>Whether the report can be written where -o says (its folder exists), checked before the work; false with one error line.</summary>
    public static bool CanWrite(FileInfo? output, string what = "report")
    {
        if (output?.Directory is not { Exists: false } folder) return true;
        Console.Error.WriteLine($"error: {output.FullName}: cannot write the {what}: no such folder {folder.FullName}");
        return false;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Nothing more to do: the error about the report is already on its way.
        }
    }
}
