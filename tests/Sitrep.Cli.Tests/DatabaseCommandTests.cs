using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit;

namespace Sitrep.Cli.Tests;

/// <summary><c>ingest</c>, <c>report</c> and <c>search</c> on a database of the sample articles.</summary>
public sealed partial class DatabaseCommandTests(IngestedSamples db, SamplesAnalysis analysis) : IClassFixture<IngestedSamples>, IClassFixture<SamplesAnalysis>
{
    [Fact]
    public async Task Ingesting_again_stores_nothing_new()
    {
        using var temp = new TempDirectory();
        var file = temp.File("sitrep.db");

        var first = await SitrepProcess.RunAsync(["ingest", .. RepositoryPaths.SampleArticles, "--db", file]);
        var second = await SitrepProcess.RunAsync(["ingest", .. RepositoryPaths.SampleArticles, "--db", file]);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains($"stored 5 new article(s), skipped 0 already stored, 0 error(s); 5 article(s) in {file}", first.Stderr);
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains($"stored 0 new article(s), skipped 5 already stored, 0 error(s); 5 article(s) in {file}", second.Stderr);
        Assert.Equal(5, (await ReportAsync(file)).Count);
    }

    [Fact]
    public async Task Report_gives_the_articles_and_findings_analyze_gives()
    {
        Assert.True(db.Ingest.ExitCode == 0, db.Ingest.ToString());
        var run = await SitrepProcess.RunAsync("report", "--db", db.Database, "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var report = JsonDocument.Parse(run.Stdout);
        Assert.Equal(Ids(analysis.Root), Ids(report.RootElement));
        Assert.Equal(analysis.Root.GetProperty("disagreements").ToString(), report.RootElement.GetProperty("disagreements").ToString());
        Assert.Equal(analysis.Root.GetProperty("timeline").GetArrayLength(), report.RootElement.GetProperty("timeline").GetArrayLength());
    }

    [Theory]
    [InlineData(null, null, new[] { "2024-03-05", "2024-03-08", "2024-03-09", "2024-03-11", "2024-03-14" })]
    [InlineData("2024-03-08", "2024-03-11", new[] { "2024-03-08", "2024-03-09", "2024-03-11" })]
    [InlineData(null, "2024-03-08", new[] { "2024-03-05", "2024-03-08" })]
    [InlineData("2024-03-12", null, new[] { "2024-03-14" })]
    [InlineData("2024-03", "2024-03", new[] { "2024-03-05", "2024-03-08", "2024-03-09", "2024-03-11", "2024-03-14" })]
    [InlineData("2024", null, new[] { "2024-03-05", "2024-03-08", "2024-03-09", "2024-03-11", "2024-03-14" })]
    public async Task Report_since_and_until_narrow_by_publication_date(string? since, string? until, string[] published)
    {
        var args = new List<string> { "report", "--db", db.Database, "--format", "json" };
        if (since is not null) args.AddRange(["--since", since]);
        if (until is not null) args.AddRange(["--until", until]);

        var articles = await ReportAsync(args);

        Assert.Equal(published, articles.Select(a => a.GetProperty("published").GetString()));
    }

    [Theory]
    [InlineData("Habibullah Sarwari", new[] { "2024-03-11", "2024-03-14" })]
    [InlineData("habibullah sarwari", new[] { "2024-03-11", "2024-03-14" })]
    [InlineData("Ravshan Ergashev", new[] { "2024-03-08" })]
    [InlineData("Malika Tursunova", new[] { "2024-03-05", "2024-03-14" })]
    [InlineData("Samarkand", new[] { "2024-03-08", "2024-03-14" })]
    public async Task Report_entity_narrows_to_the_articles_that_mention_the_name(string name, string[] published)
    {
        var articles = await ReportAsync(["report", "--db", db.Database, "--format", "json", "--entity", name]);

        Assert.Equal(published, articles.Select(a => a.GetProperty("published").GetString()));
        Assert.All(articles, a => Assert.Contains(a.GetProperty("mentions").EnumerateArray(),
            m => m.GetProperty("text").GetString()!.Equals(name, StringComparison.OrdinalIgnoreCase)));
    }

    [Theory]
    [InlineData(new[] { "--entity", "Nobody Atall" }, 1, "error: no stored article matches")]
    [InlineData(new[] { "--since", "2025" }, 1, "error: no stored article matches")]
    [InlineData(new[] { "--since", "yesterday" }, 2, "error: --since yesterday: not a date (use YYYY, YYYY-MM or YYYY-MM-DD)")]
    [InlineData(new[] { "--until", "2024-3-1" }, 2, "error: --until 2024-3-1: not a date (use YYYY, YYYY-MM or YYYY-MM-DD)")]
    [InlineData(new[] { "--since", "March 2024" }, 2, "error: --since March 2024: not a date (use YYYY, YYYY-MM or YYYY-MM-DD)")]
    [InlineData(new[] { "--until", "03/08/2024" }, 2, "error: --until 03/08/2024: not a date (use YYYY, YYYY-MM or YYYY-MM-DD)")]
    public async Task Report_explains_a_query_it_cannot_answer(string[] options, int exitCode, string error)
    {
        var run = await SitrepProcess.RunAsync(["report", "--db", db.Database, .. options]);

        Assert.Equal(exitCode, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Equal(new[] { error }, run.ErrorLines);
    }

    [Fact]
    public async Task Report_and_search_refuse_a_missing_database()
    {
        using var temp = new TempDirectory();
        var missing = Path.Combine(temp.Path, "none.db");

        foreach (var args in new[] { new[] { "report", "--db", missing }, new[] { "search", "flour", "--db", missing } })
        {
            var run = await SitrepProcess.RunAsync(args);
            Assert.Equal(1, run.ExitCode);
            Assert.Equal(new[] { $"error: {missing}: no such database (create it with 'sitrep ingest')" }, run.ErrorLines);
            Assert.False(File.Exists(missing));
        }
    }

    [Theory]
    [InlineData("flour", "flour", 5)]
    [InlineData("Sarwari", "Sarwari", 2)]
    [InlineData("\"approach road\"", "approach road", 5)]
    [InlineData("Rakhmatullaev", "Rakhmatullaev", 2)]
    public async Task Search_lists_ranked_hits_with_the_match_marked(string query, string marked, int hits)
    {
        var run = await SitrepProcess.RunAsync("search", "--db", db.Database, query);

        Assert.True(run.ExitCode == 0, run.ToString());
        var found = SearchHit().Matches(run.Stdout);
        Assert.Equal(Enumerable.Range(1, hits).Select(n => n.ToString()), found.Select(m => m.Groups["rank"].Value));
        Assert.All(found, m => Assert.Contains($"«{marked}»", m.Groups["snippet"].Value, StringComparison.OrdinalIgnoreCase));
        Assert.All(found, m => Assert.Matches(@"^\(2024-03-\d\d\) ", m.Groups["source"].Value));
        // Two lines per hit: a snippet that spans paragraphs is printed on one line.
        Assert.Equal(2 * hits, run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Theory]
    [InlineData("\"9/11 AND (")]
    [InlineData("NEAR(")]
    [InlineData(")")]
    [InlineData("\"")]
    [InlineData("*")]
    [InlineData("AND OR NOT")]
    [InlineData("title:flour")]
    [InlineData("'; DROP TABLE articles; --")]
    public async Task Search_answers_a_hostile_query_without_failing(string query)
    {
        var run = await SitrepProcess.RunAsync("search", "--db", db.Database, query);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("", run.Stdout);
        Assert.Equal("no match", run.Stderr.Trim());
    }

    private static async Task<List<JsonElement>> ReportAsync(string database) =>
        await ReportAsync(["report", "--db", database, "--format", "json"]);

    private static async Task<List<JsonElement>> ReportAsync(IEnumerable<string> args)
    {
        var run = await SitrepProcess.RunAsync(args.ToArray());
        Assert.True(run.ExitCode == 0, run.ToString());
        using var report = JsonDocument.Parse(run.Stdout);
        // Cloned so the elements outlive the document.
        return report.RootElement.GetProperty("articles").Clone().EnumerateArray().ToList();
    }

    private static HashSet<string> Ids(JsonElement report) =>
        report.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("id").GetString()!).ToHashSet();

    // "N. Title (date) where" then an indented snippet line; the snippet may run over a paragraph break.
    [GeneratedRegex(@"^(?<rank>\d+)\. (?<title>.+?) (?<source>\(.+)\n   (?<snippet>.*)$", RegexOptions.Multiline)]
    private static partial Regex SearchHit();
}
