using System.Text.RegularExpressions;
using Xunit;

namespace Sitrep.Cli.Tests;

/// <summary>The Markdown report (the default) and the self-contained HTML page for the sample articles.</summary>
public sealed partial class ReportFormatTests
{
    private static readonly string[] Sections =
        // The bundled samples (a flood at a border crossing) name no event the coder keeps: no "Who did what to whom" section.
        ["## Where the sources disagree", "## Timeline", "## Who said what", "## Actors", "## Places", "## Numbers", "## Articles"];

    [Fact]
    public async Task Markdown_is_the_default_and_has_every_section()
    {
        var run = await SitrepProcess.RunAsync(["analyze", .. RepositoryPaths.SampleArticles]);

        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = run.Stdout.ReplaceLineEndings("\n").Split('\n');
        Assert.Equal("# Situation report", lines[0]);
        Assert.Equal(Sections, lines.Where(l => l.StartsWith("## ", StringComparison.Ordinal)));
        Assert.Contains("5 articles published 2024-03-05 to 2024-03-14", run.Stdout);
        Assert.Contains("### evacuation deadline: Uzbekistan", run.Stdout);
        Assert.Contains("### Dilshod Rakhmatullayev", run.Stdout);
    }

    [Fact]
    public async Task Html_written_to_a_file_is_one_page_without_external_assets()
    {
        using var temp = new TempDirectory();
        var page = temp.File("report.html");

        var run = await SitrepProcess.RunAsync(["analyze", .. RepositoryPaths.SampleArticles, "--format", "html", "-o", page]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("", run.Stdout);
        Assert.Contains($"wrote {page}", run.Stderr);
        var html = File.ReadAllText(page);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">", html);
        Assert.Contains("evacuation deadline: Uzbekistan", html);
        // Links to the articles' own pages are fine; anything the page loads must be inline.
        Assert.DoesNotMatch(ExternalAsset(), html);
    }

    // A src= of any element, a stylesheet/icon <link href=>, a CSS url() or @import that fetches over the network.
    [GeneratedRegex(@"\bsrc\s*=\s*[""']?\s*(https?:)?//|<link\b[^>]*\bhref\s*=\s*[""']?\s*(https?:)?//|url\(\s*[""']?\s*(https?:)?//|@import", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalAsset();
}
