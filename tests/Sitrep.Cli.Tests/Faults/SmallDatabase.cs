using Xunit;

namespace Sitrep.Cli.Tests.Faults;

/// <summary>
/// A database of 40 generated articles, ingested once per test class, that tests copy and then damage or lock; and a
/// folder of two other articles to ingest into the copy.
/// </summary>
public sealed class SmallDatabase : IAsyncLifetime
{
    public const int ArticleCount = 40;

    private readonly TempDirectory _temp = new();

    public string Database => Path.Combine(_temp.Path, "small.db");

    public string NewArticles => Path.Combine(_temp.Path, "new");

    public async Task InitializeAsync()
    {
        var folder = Path.Combine(_temp.Path, "articles");
        GeneratedArticles.Write(folder, ArticleCount);
        GeneratedArticles.Write(NewArticles, 2, first: ArticleCount);
        var ingest = await SitrepProcess.RunAsync("ingest", folder, "--db", Database);
        if (ingest.ExitCode != 0) throw new InvalidOperationException(ingest.ToString());
    }

    /// <summary>A copy of the database at <paramref name="path"/>; the source has no -wal file (ingest closed it), so the copy is whole.</summary>
    public string CopyTo(string path)
    {
        File.Copy(Database, path);
        return path;
    }

    public Task DisposeAsync()
    {
        _temp.Dispose();
        return Task.CompletedTask;
    }
}
