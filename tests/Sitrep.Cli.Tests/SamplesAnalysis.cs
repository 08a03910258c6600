using System.Text.Json;
using Xunit;

namespace Sitrep.Cli.Tests;

/// <summary>
/// One run of <c>sitrep analyze SAMPLE-ARTICLES --format json</c>, shared by a test class: the process and
/// its parsed report, with look-ups by the sample a test is about.
/// </summary>
public sealed class SamplesAnalysis : IAsyncLifetime
{
    public SitrepProcess.Result Run { get; private set; } = null!;
    public JsonDocument Report { get; private set; } = null!;

    public JsonElement Root => Report.RootElement;
    public IEnumerable<JsonElement> Articles => Root.GetProperty("articles").EnumerateArray();
    public IEnumerable<JsonElement> Entities => Root.GetProperty("entities").EnumerateArray();

    public async Task InitializeAsync()
    {
        Run = await SitrepProcess.RunAsync(["analyze", .. RepositoryPaths.SampleArticles, "--format", "json"]);
        Report = JsonDocument.Parse(Run.Stdout);
    }

    /// <summary>The article read from <paramref name="source"/>: a sample file name, or "wire.jsonl:2" for a line.</summary>
    public JsonElement Article(string source) =>
        Articles.Single(a => a.GetProperty("path").GetString()!.Replace('\\', '/').EndsWith("/samples/" + source, StringComparison.Ordinal));

    public JsonElement Entity(string id) => Entities.Single(e => e.GetProperty("id").GetString() == id);

    public Task DisposeAsync()
    {
        Report?.Dispose();
        return Task.CompletedTask;
    }
}
