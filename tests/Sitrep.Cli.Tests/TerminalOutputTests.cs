using System.Diagnostics;
using System.Text;
using Xunit;

namespace Sitrep.Cli.Tests;

/// <summary>
/// Article text that carries terminal controls (clear screen, window title, OSC 52 clipboard writes, bidi overrides)
/// reaches a terminal only as visible stand-ins, through every command that prints stored text; the same text written
/// to a file or a pipe stays exact. The terminal is a real pseudo-terminal from script(1).
/// </summary>
public sealed class TerminalOutputTests
{
    private const string ClearScreen = "\u001b[2J";
    private const string SetTitle = "\u001b]0;pwned\u0007";
    private const string Clipboard = "\u001b]52;c;ZXZpbA==\u0007";

    private static readonly string Story =
        $"Port strike {ClearScreen}ends{SetTitle} today\n\nDock workers in Varna ended their strike on Monday, the union said. "
        + $"{Clipboard}The port reopened to ferries, and dockers went back to work.\n";

    private static bool HaveScript => File.Exists("/usr/bin/script");

    /// <summary>Runs sitrep under a pseudo-terminal: stdout and stderr are both a terminal, and come back as one stream.</summary>
    private static async Task<string> RunOnTerminal(params string[] args)
    {
        var command = string.Join(' ', new[] { SitrepProcess.DotnetHost(), Path.Combine(AppContext.BaseDirectory, "sitrep.dll") }.Concat(args).Select(Quote));
        var start = new ProcessStartInfo("/usr/bin/script", ["-qec", command, "/dev/null"])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true,
            StandardOutputEncoding = Encoding.UTF8, UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await process.WaitForExitAsync(timeout.Token);
        return await output;
    }

    private static string Quote(string arg) => "'" + arg.Replace("'", "'\\''") + "'";

    private static void AssertNoInjectedControls(string terminal)
    {
        var shown = terminal.Replace("\u001b", "<ESC>");
        Assert.False(terminal.Contains(ClearScreen, StringComparison.Ordinal), shown);
        Assert.False(terminal.Contains("\u001b]0;", StringComparison.Ordinal), shown);
        Assert.False(terminal.Contains("\u001b]52;", StringComparison.Ordinal), shown);
    }

    [Fact]
    public async Task Analyze_shows_controls_as_visible_stand_ins_on_a_terminal_and_keeps_them_in_a_file()
    {
        if (!HaveScript) return;
        using var temp = new TempDirectory();
        var story = temp.File("story.txt");
        File.WriteAllText(story, Story);
        var report = temp.File("report.md");

        var terminal = await RunOnTerminal("analyze", story);
        var written = await SitrepProcess.RunAsync("analyze", story, "-o", report);

        AssertNoInjectedControls(terminal);
        Assert.Contains("Port strike ␛\\[2J", terminal);
        Assert.True(written.ExitCode == 0, written.ToString());
        Assert.Contains("Port strike " + ClearScreen.Replace("[", "\\["), File.ReadAllText(report));
    }

    [Fact]
    public async Task Search_and_entity_show_controls_as_visible_stand_ins_on_a_terminal()
    {
        if (!HaveScript) return;
        using var temp = new TempDirectory();
        var story = temp.File("story.txt");
        File.WriteAllText(story, Story);
        var db = temp.File("sitrep.db");
        var ingest = await SitrepProcess.RunAsync("ingest", story, "--db", db);
        Assert.True(ingest.ExitCode == 0, ingest.ToString());

        var search = await RunOnTerminal("search", "dockers", "--db", db);
        var entity = await RunOnTerminal("entity", "Varna", "--db", db);

        AssertNoInjectedControls(search);
        Assert.Contains("␛]52;c;ZXZpbA==␇", search);
        AssertNoInjectedControls(entity);
    }

    [Fact]
    public async Task An_input_name_with_controls_is_shown_safely_in_its_error_line()
    {
        if (!HaveScript) return;
        using var temp = new TempDirectory();
        var missing = Path.Combine(temp.Path, $"gone{ClearScreen}.txt");

        var terminal = await RunOnTerminal("analyze", missing);

        AssertNoInjectedControls(terminal);
        Assert.Contains("gone␛[2J.txt: no such file or directory", terminal);
    }
}
