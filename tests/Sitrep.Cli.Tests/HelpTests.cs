using Xunit;

namespace Sitrep.Cli.Tests;

/// <summary><c>--help</c> for the root command and every subcommand: exit 0, usage and the command's own options.</summary>
public sealed class HelpTests
{
    [Theory]
    [InlineData("", new[] { "analyze", "ingest", "watch", "report", "export", "entity", "search", "db", "resources", "--version" })]
    [InlineData("analyze", new[] { "<paths>", "--format", "--output", "--max-mb", "--map", "md", "json", "html", "--allow-private" })]
    [InlineData("ingest", new[] { "<paths>", "--db", "--max-mb", "--map", "--allow-private", "--delay" })]
    [InlineData("watch", new[] { "<feeds>", "--every", "--once", "--db", "--allow-private", "--delay", "--timeout", "--retries" })]
    [InlineData("report", new[] { "--db", "--format", "--output", "--since", "--until", "--entity" })]
    [InlineData("export", new[] { "events" })]
    [InlineData("export events", new[] { "<paths>", "--format", "gdelt", "acled", "geojson", "csv", "--header", "--db", "--since", "--until", "--output", "--map", "--max-mb" })]
    [InlineData("search", new[] { "<query>", "--db", "--limit" })]
    [InlineData("entity", new[] { "<name>", "<paths>", "--db", "--max-mb" })]
    [InlineData("db", new[] { "check" })]
    [InlineData("db check", new[] { "--db", "quick_check", "integrity_check" })]
    [InlineData("resources", new[] { "build" })]
    [InlineData("resources build", new[] { "--data", "--out" })]
    public async Task Help_lists_the_command_and_its_options(string command, string[] mentions)
    {
        var args = command.Split(' ', StringSplitOptions.RemoveEmptyEntries).Append("--help").ToArray();

        var run = await SitrepProcess.RunAsync(args);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("", run.Stderr);
        Assert.Contains($"sitrep {command}".TrimEnd(), run.Stdout);
        Assert.Contains("Usage:", run.Stdout);
        Assert.All(mentions, m => Assert.Contains(m, run.Stdout));
    }
}
