using System.Text;
using System.Text.Json;
using Xunit;

namespace Sitrep.Cli.Tests;

/// <summary>
/// One run over good and bad inputs mixed: each bad input gives exactly one "error: INPUT: REASON" line
/// and a non-zero exit code, and every good article is still analysed or stored.
/// </summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    /// <summary>What each bad input is, and the one error line it must give.</summary>
    private readonly List<(string Input, string Reason)> _bad = [];

    /// <summary>The inputs in the order they are passed, good and bad.</summary>
    private readonly List<string> _inputs = [];

    private static readonly string[] GoodTitles =
    [
        "Emergency teams rebuild road to Termez bridge; drivers evacuated in groups",
        "Termez–Hairatan crossing reopens and aid convoy reaches Balkh",
        "Convoy leaves Termez",
        "Bridge at Termez still closed",
    ];

    public BadInputTests()
    {
        var missing = Path.Combine(_temp.Path, "missing.txt");
        Bad(missing, "no such file or directory");

        var binaries = _temp.File("binaries/photo.jpg");
        File.WriteAllBytes(binaries, RandomBytesWithNuls(4096, seed: 1));
        File.WriteAllBytes(_temp.File("binaries/blob.bin"), RandomBytesWithNuls(10_000, seed: 2));
        Bad(Path.GetDirectoryName(binaries)!, "no article files in directory");

        var empty = _temp.File("empty.txt");
        File.WriteAllBytes(empty, []);
        Bad(empty, "empty file");

        // "Café" saved as Latin-1: 0xE9 followed by a space is not UTF-8.
        var latin1 = _temp.File("latin1.txt");
        File.WriteAllBytes(latin1, [.. "Title\n\nCaf"u8, 0xE9, .. " by the bridge.\n"u8]);
        Bad(latin1, "not valid UTF-8 (first bad byte at offset 10)");

        var huge = _temp.File("huge.txt");
        using (var stream = new FileStream(huge, FileMode.CreateNew)) stream.SetLength(50L * 1024 * 1024);
        Bad(huge, "file too large: 50.0 MB (limit 16.0 MB)");

        var feed = _temp.File("feed.jsonl");
        File.WriteAllText(feed,
            """{"title":"Convoy leaves Termez","text":"More than 40 trucks left Termez on Monday, officials said.","published":"2024-03-13"}""" + "\n"
            + """{"title":"Cut off","text":"The convoy waited at""" + "\n");
        Bad(feed, "invalid JSON: line ends before the JSON value is complete (truncated?)", line: 2);

        // Tag soup, but a real paragraph: browsers show it, so sitrep must read it.
        var soup = _temp.File("broken.html");
        File.WriteAllText(soup, "<html><head><title>Bridge at Termez still closed</title><body><div class=story><p>The bridge at Termez "
            + "stayed closed on Thursday while engineers rebuilt the flooded approach road, officials in the city said.<p><b>More than 40 "
            + "trucks were still waiting <i>on the Uzbek bank.\n<div><span>unclosed <td>cell\n", Encoding.UTF8);
        _inputs.Add(soup);

        _inputs.Add(RepositoryPaths.Sample("wire.jsonl"));
    }

    [Fact]
    public async Task Analyze_reports_each_bad_input_once_and_still_analyses_the_good_ones()
    {
        var run = await SitrepProcess.RunAsync(["analyze", .. _inputs, "--format", "json"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(ExpectedErrorLines(), run.ErrorLines);
        using var report = JsonDocument.Parse(run.Stdout);
        Assert.Equal(GoodTitles.Order(), Titles(report).Order());
    }

    [Fact]
    public async Task Ingest_reports_each_bad_input_once_and_still_stores_the_good_ones()
    {
        var db = _temp.File("sitrep.db");

        var run = await SitrepProcess.RunAsync(["ingest", .. _inputs, "--db", db]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(ExpectedErrorLines(), run.ErrorLines);
        Assert.Contains($"stored {GoodTitles.Length} new article(s), skipped 0 already stored, {_bad.Count} error(s); {GoodTitles.Length} article(s) in {db}", run.Stderr);

        // The database is whole afterwards: it reports, searches and takes the same inputs again.
        var report = await SitrepProcess.RunAsync("report", "--db", db, "--format", "json");
        Assert.True(report.ExitCode == 0, report.ToString());
        using (var json = JsonDocument.Parse(report.Stdout))
            Assert.Equal(GoodTitles.Order(), Titles(json).Order());
        var search = await SitrepProcess.RunAsync("search", "--db", db, "engineers");
        Assert.True(search.ExitCode == 0, search.ToString());
        Assert.Contains("«engineers»", search.Stdout);
        var again = await SitrepProcess.RunAsync(["ingest", .. _inputs, "--db", db]);
        Assert.Contains($"stored 0 new article(s), skipped {GoodTitles.Length} already stored, {_bad.Count} error(s)", again.Stderr);
    }

    public void Dispose() => _temp.Dispose();

    /// <param name="line">For JSON Lines: the bad line, which the error names as "PATH:LINE".</param>
    private void Bad(string path, string reason, int? line = null)
    {
        _inputs.Add(path);
        _bad.Add((line is null ? path : $"{path}:{line}", reason));
    }

    /// <summary>One line per bad input, in the order the inputs were given.</summary>
    private IEnumerable<string> ExpectedErrorLines() => _bad.Select(b => $"error: {b.Input}: {b.Reason}");

    private static IEnumerable<string> Titles(JsonDocument report) =>
        report.RootElement.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("title").GetString()!);

    private static byte[] RandomBytesWithNuls(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        for (int i = 0; i < length; i += 97) bytes[i] = 0;
        return bytes;
    }
}
