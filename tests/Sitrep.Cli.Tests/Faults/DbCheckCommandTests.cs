using Xunit;

namespace Sitrep.Cli.Tests.Faults;

/// <summary><c>sitrep db check</c>: a short report, exit 0 when the database is clean and 1 when it is not.</summary>
public sealed class DbCheckCommandTests(SmallDatabase source) : IClassFixture<SmallDatabase>
{
    [Fact]
    public async Task A_clean_database_passes_every_check_with_exit_0()
    {
        var run = await SitrepProcess.RunAsync("db", "check", "--db", source.Database);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("", run.Stderr);
        var lines = run.Stdout.TrimEnd('\n').Split('\n');
        Assert.Matches($@"^{System.Text.RegularExpressions.Regex.Escape(source.Database)}: \d+\.\d MB, {SmallDatabase.ArticleCount} article\(s\), \d+ mention\(s\)$", lines[0]);
        Assert.Equal(
            ["SQLite file", "Sitrep schema", "quick_check", "integrity_check", "foreign keys", "full-text index", "articles indexed", "stored analyses"],
            lines[1..^1].Select(l => Assert.IsType<System.Text.RegularExpressions.Match>(System.Text.RegularExpressions.Regex.Match(l, @"^ok {7}(.+) \(\d+\.\d\d s\)$")).Groups[1].Value));
        Assert.Matches(@"^clean \(\d+\.\d\d s\)$", lines[^1]);
    }

    [Fact]
    public async Task An_article_missing_from_the_full_text_index_is_a_problem_with_exit_1()
    {
        using var temp = new TempDirectory();
        var db = source.CopyTo(temp.File("sitrep.db"));
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO articles_fts (articles_fts, rowid, title, text) SELECT 'delete', seq, title, text FROM articles WHERE seq = 7;";
            command.ExecuteNonQuery();
        }

        var run = await SitrepProcess.RunAsync("db", "check", "--db", db);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("\nPROBLEM  full-text index (", run.Stdout);
        Assert.Matches(@"\nPROBLEM  articles indexed \(\d+\.\d\d s\)\n {9}article [0-9a-f]{16} \(seq 7\) is not in the full-text index\n", run.Stdout);
        Assert.Matches(@"\n2 problem\(s\) found \(\d+\.\d\d s\)\n$", run.Stdout);
    }

    [Fact]
    public async Task A_missing_database_is_one_error_line()
    {
        using var temp = new TempDirectory();
        var missing = Path.Combine(temp.Path, "none.db");

        var run = await SitrepProcess.RunAsync("db", "check", "--db", missing);

        FaultAssert.OneError(run, $"error: {missing}: no such database");
        Assert.False(File.Exists(missing));
    }
}
