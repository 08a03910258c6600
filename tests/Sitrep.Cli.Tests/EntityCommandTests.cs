using Xunit;

namespace Sitrep.Cli.Tests;

/// <summary><c>sitrep entity NAME</c> over article files and over a database.</summary>
public sealed class EntityCommandTests(IngestedSamples db) : IClassFixture<IngestedSamples>
{
    [Fact]
    public async Task Prints_an_entitys_aliases_articles_and_quotes()
    {
        var run = await SitrepProcess.RunAsync(["entity", "Rakhmatullayev", .. RepositoryPaths.SampleArticles]);

        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = run.Stdout.Split('\n');
        Assert.StartsWith("Dilshod Rakhmatullayev  [dilshod-rakhmatullayev]  PERSON", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("Aliases:", StringComparison.Ordinal) && l.Contains("Rakhmatullayev"));
        Assert.Contains(lines, l => l.Contains("Floods close Termez–Hairatan crossing", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("“The water is still rising", StringComparison.Ordinal) || l.Contains("The water is still rising", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Places:", StringComparison.Ordinal) && l.Contains("Uzbekistan"));
    }

    [Fact]
    public async Task Reads_the_stored_articles_without_paths()
    {
        Assert.True(db.Ingest.ExitCode == 0, db.Ingest.ToString());
        var run = await SitrepProcess.RunAsync("entity", "Rakhmatullayev", "--db", db.Database);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("Dilshod Rakhmatullayev", run.Stdout);
    }

    [Fact]
    public async Task An_unknown_name_is_an_error()
    {
        var run = await SitrepProcess.RunAsync(["entity", "Nobody Atall", .. RepositoryPaths.SampleArticles]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no entity named 'Nobody Atall'", run.Stderr);
    }

    [SeedsFact]
    public async Task An_actor_base_alias_finds_the_person_with_codes_and_dated_roles()
    {
        var run = await SitrepProcess.RunAsync("entity", "Joseph R. Biden", RepositoryPaths.Seeds);

        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = run.Stdout.Split('\n');
        Assert.StartsWith("Joe Biden  [joe-biden]  PERSON", lines[0]);
        Assert.Equal("Code:      USAGOV", lines[1]);
        Assert.Contains(lines, l => l.Contains("USAGOV     2021-01-20 – 2025-01-20  president", StringComparison.Ordinal));
        // The dictionary's open-ended USAGOV from 2009 ends where the reviewed overlay takes over.
        Assert.DoesNotContain(lines, l => l.Contains("USAGOV     2009-01-20 – …", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("(when no dated role holds)", StringComparison.Ordinal));
    }
}
