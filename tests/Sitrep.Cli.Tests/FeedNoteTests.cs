using Xunit;

namespace Sitrep.Cli.Tests;

/// <summary>Feed items left out on purpose (no text) are one "note:" line, not an error: the exit code stays 0.</summary>
public sealed class FeedNoteTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task Skipped_feed_items_are_noted_without_failing_the_run()
    {
        var feed = _temp.File("harbour.rss");
        File.WriteAllText(feed, """
            <?xml version="1.0"?>
            <rss version="2.0"><channel><title>Harbour Post</title>
              <item><title>Pier reopens</title><description>The pier at the old harbour reopened on Tuesday after two months of repairs, the port authority said.</description></item>
              <item><title>Gallery: the pier</title><link>https://harbour.example/gallery</link></item>
            </channel></rss>
            """);

        var run = await SitrepProcess.RunAsync("analyze", feed, "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Empty(run.ErrorLines);
        Assert.Contains($"note: {feed}: 1 item skipped (no text)", run.Stderr);
        Assert.Contains("Pier reopens", run.Stdout);
    }

    public void Dispose() => _temp.Dispose();
}
