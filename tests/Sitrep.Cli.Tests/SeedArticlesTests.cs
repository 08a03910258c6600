using System.Text.Json;
using Xunit;

namespace Sitrep.Cli.Tests;

/// <summary>
/// The five shared seed articles (scraped news about the US withdrawal from Afghanistan), when they are
/// beside the repository: boilerplate stripped, spellings of one name merged, the withdrawal disagreement found.
/// </summary>
public sealed class SeedArticlesTests
{
    [SeedsFact]
    public async Task Seeds_are_cleaned_merged_and_compared()
    {
        var run = await SitrepProcess.RunAsync("analyze", RepositoryPaths.Seeds, "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var report = JsonDocument.Parse(run.Stdout);
        var root = report.RootElement;
        var articles = root.GetProperty("articles").EnumerateArray().ToList();
        var entities = root.GetProperty("entities").EnumerateArray().ToList();
        Assert.Equal(5, articles.Count);

        foreach (var junk in new[] { "Leave a Reply", "Related Posts", "Jac said", "Public Reaction" })
            Assert.All(articles, a => Assert.DoesNotContain(junk, a.GetProperty("text").GetString()));

        var lavrov = Assert.Single(entities, e => e.GetProperty("name").GetString() == "Sergey Lavrov");
        Assert.Contains("Sergei Lavrov", Aliases(lavrov));

        var shahin = Assert.Single(entities, e => Names(e).Contains("Suheil Shahin"));
        Assert.Contains("Suheil Shaheen", Names(shahin));

        var biden = Assert.Single(entities, e => Names(e).Contains("Joseph Biden"));
        var dunford = Assert.Single(entities, e => Names(e).Contains("Joseph Dunford"));
        Assert.NotEqual(biden.GetProperty("id").GetString(), dunford.GetProperty("id").GetString());

        var withdrawal = Assert.Single(root.GetProperty("disagreements").EnumerateArray(),
            d => d.GetProperty("topic").GetString() == "withdrawal deadline: Afghanistan");
        Assert.Contains("2021-09-11", withdrawal.GetProperty("values").EnumerateArray().Select(v => v.GetProperty("value").GetString()));
    }

    [SeedsFact]
    public async Task Seed_entities_and_agents_carry_actor_codes()
    {
        var run = await SitrepProcess.RunAsync("analyze", RepositoryPaths.Seeds, "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var report = JsonDocument.Parse(run.Stdout);
        var entities = report.RootElement.GetProperty("entities").EnumerateArray().ToDictionary(e => e.GetProperty("id").GetString()!);
        // The seeds are from the first half of 2021: Biden in office, Trump out, the Taliban still insurgents.
        Assert.Equal("USAGOV", entities["joe-biden"].GetProperty("actor").GetString());
        Assert.Equal("USAELI", entities["donald-trump"].GetProperty("actor").GetString());
        Assert.Equal("AFGINS", entities["taliban"].GetProperty("actor").GetString());
        Assert.Equal("IGOWSTNAT", entities["nato"].GetProperty("actor").GetString());
        Assert.Contains(entities["taliban"].GetProperty("roles").EnumerateArray(),
            r => r.GetProperty("code").GetString() == "AFGGOV" && r.GetProperty("from").GetString() == "2021-08-15");
        var agents = report.RootElement.GetProperty("articles").EnumerateArray()
            .SelectMany(a => a.GetProperty("agents").EnumerateArray())
            .Select(g => $"{g.GetProperty("text").GetString()}|{g.GetProperty("actor").GetString()}").ToHashSet();
        Assert.Contains("Afghan security forces|AFGMIL", agents);
        Assert.Contains("NATO official|IGOWSTNAT", agents);
        Assert.Contains("Russian troops|RUSMIL", agents);
    }

    private static IEnumerable<string> Aliases(JsonElement entity) => entity.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!);

    private static IEnumerable<string> Names(JsonElement entity) => Aliases(entity).Prepend(entity.GetProperty("name").GetString()!);
}
