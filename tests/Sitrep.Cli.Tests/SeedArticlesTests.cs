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

    private static IEnumerable<string> Aliases(JsonElement entity) => entity.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!);

    private static IEnumerable<string> Names(JsonElement entity) => Aliases(entity).Prepend(entity.GetProperty("name").GetString()!);
}
