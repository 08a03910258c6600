using Xunit;

namespace Sitrep.Cli.Tests;

/// <summary>A database in a temp folder holding the sample articles, for tests that only read it (report, search).</summary>
public sealed class IngestedSamples : IAsyncLifetime
{
    private readonly TempDirectory _temp = new();

    public string Database => Path.Combine(_temp.Path, "samples.db");

    public SitrepProcess.Result Ingest { get; private set; } = null!;

    public async Task InitializeAsync() => Ingest = await SitrepProcess.RunAsync(["ingest", .. RepositoryPaths.SampleArticles, "--db", Database]);

    public Task DisposeAsync()
    {
        _temp.Dispose();
        return Task.CompletedTask;
    }
}
