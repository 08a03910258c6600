using System.Text.RegularExpressions;
using Xunit;

namespace Sitrep.Cli.Tests.Faults;

/// <summary>
/// Two <c>sitrep ingest</c> processes on the same folder and database at once, and a <c>search</c> while they write: each
/// article is stored once, by one of them, and the reader is never turned away (WAL: readers do not wait for writers).
/// </summary>
public sealed partial class ConcurrentIngestTests
{
    private const int ArticleCount = 300;

    [Fact]
    public async Task Two_ingests_of_one_folder_at_once_store_each_article_once_while_search_reads()
    {
        using var temp = new TempDirectory();
        var folder = Path.Combine(temp.Path, "articles");
        GeneratedArticles.Write(folder, ArticleCount);
        var db = temp.File("sitrep.db");

        var first = SitrepProcess.RunAsync("ingest", folder, "--db", db);
        var second = SitrepProcess.RunAsync("ingest", folder, "--db", db);
        while (StoredArticles.Of(db).CountOrMinusOne() <= 0 && !(first.IsCompleted && second.IsCompleted)) await Task.Delay(10);
        var search = await SitrepProcess.RunAsync("search", "trucks", "--db", db, "--limit", "1000");
        var runs = await Task.WhenAll(first, second);

        Assert.True(search.ExitCode == 0, search.ToString());
        Assert.All(runs, r => Assert.True(r.ExitCode == 0, r.ToString()));
        var counts = runs.Select(r => Summary().Match(r.Stderr)).ToList();
        Assert.All(counts, m => Assert.True(m.Success, string.Join("\n", runs.Select(r => r.Stderr))));
        Assert.Equal(ArticleCount, counts.Sum(m => int.Parse(m.Groups["new"].Value)));
        Assert.Equal(ArticleCount, counts.Sum(m => int.Parse(m.Groups["skipped"].Value)));
        Assert.Equal(ArticleCount, StoredArticles.Of(db).Count);
        Assert.Equal(0, StoredArticles.Of(db).RepeatedMentionRows());
        var check = await SitrepProcess.RunAsync("db", "check", "--db", db);
        Assert.True(check.ExitCode == 0, check.ToString());
    }

    [GeneratedRegex(@"stored (?<new>\d+) new article\(s\), skipped (?<skipped>\d+) already stored, 0 error\(s\)")]
    private static partial Regex Summary();
}
