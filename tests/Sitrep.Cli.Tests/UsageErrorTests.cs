using System.Text.Json;
using Xunit;

namespace Sitrep.Cli.Tests;

/// <summary>
/// Small faults on the command line end in one clear line and exit 2 before any work: a mistyped option is not an
/// input path, an impossible --limit or --max-mb is refused, -o into a missing folder is caught before the analysis.
/// No stack trace in any of them.
/// </summary>
public sealed class UsageErrorTests
{
    private static void AssertOneCleanError(SitrepProcess.Result run, string expected)
    {
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal([expected], run.ErrorLines);
        Assert.DoesNotContain("   at ", run.Stderr);
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public async Task A_mistyped_option_is_refused_with_the_nearest_one_and_no_report_is_printed()
    {
        var run = await SitrepProcess.RunAsync("analyze", RepositoryPaths.Samples, "--frmat", "md");

        AssertOneCleanError(run, "error: unknown option --frmat (did you mean --format?)");
    }

    [Fact]
    public async Task An_input_that_starts_with_a_dash_is_read_after_a_double_dash()
    {
        using var temp = new TempDirectory();
        var story = temp.File("-story.txt");
        File.Copy(RepositoryPaths.SampleArticles[0], story);

        var run = await SitrepProcess.RunAsync("analyze", "--format", "json", "--", "-story.txt");

        Assert.Contains("error: -story.txt: no such file or directory", run.Stderr); // relative to the test folder: not found, but read as a path
        Assert.DoesNotContain("unknown option", run.Stderr);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("0")]
    public async Task An_impossible_search_limit_is_refused(string limit)
    {
        using var temp = new TempDirectory();

        var run = await SitrepProcess.RunAsync("search", "kabul", "--db", temp.File("none.db"), "-n", limit);

        AssertOneCleanError(run, $"error: --limit {limit}: must be from 1 to 10,000");
    }

    [Fact]
    public async Task A_max_mb_beyond_what_memory_can_hold_is_refused()
    {
        var run = await SitrepProcess.RunAsync("analyze", RepositoryPaths.Samples, "--max-mb", "2000");

        AssertOneCleanError(run, "error: --max-mb 2000: must be from 1 to 256 (a single document is held in memory whole)");
    }

    [Fact]
    public async Task A_report_into_a_missing_folder_is_refused_before_the_analysis()
    {
        using var temp = new TempDirectory();
        var target = Path.Combine(temp.Path, "missing", "report.md");

        var run = await SitrepProcess.RunAsync("analyze", RepositoryPaths.Samples, "-o", target);

        AssertOneCleanError(run, $"error: {target}: cannot write the report: no such folder {Path.GetDirectoryName(target)}");
    }

    [Fact]
    public async Task Version_names_the_release_and_the_json_contract()
    {
        var run = await SitrepProcess.RunAsync("--version");

        Assert.True(run.ExitCode == 0, run.ToString());
        var contract = Sitrep.Reports.JsonReport.Version;
        Assert.Matches($@"^sitrep (\d+\.\d+\.\d+) \(JSON contract {contract.Replace(".", "\\.")}, store schema \d+\)\s*$", run.Stdout);
        var release = Version.Parse(System.Text.RegularExpressions.Regex.Match(run.Stdout, @"^sitrep (\S+)").Groups[1].Value);
        Assert.True(release >= Version.Parse(contract), $"the release {release} is behind the contract {contract}");
    }

    [Fact]
    public async Task Analyze_counts_a_story_read_twice_once_as_ingest_does()
    {
        using var temp = new TempDirectory();
        var copy = temp.File("copy.txt");
        File.Copy(RepositoryPaths.SampleArticles[0], copy);

        var once = await SitrepProcess.RunAsync(["analyze", .. RepositoryPaths.SampleArticles, "--format", "json"]);
        var run = await SitrepProcess.RunAsync(["analyze", .. RepositoryPaths.SampleArticles, copy, "--format", "json"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var expected = JsonDocument.Parse(once.Stdout);
        using var report = JsonDocument.Parse(run.Stdout);
        Assert.Equal(expected.RootElement.GetProperty("articles").GetArrayLength(), report.RootElement.GetProperty("articles").GetArrayLength());
        Assert.Contains("note: 1 duplicate article(s) skipped", run.Stderr);
    }
}
