using System.Formats.Tar;
using System.IO.Compression;
using System.Text.Json;
using Xunit;

namespace Sitrep.Cli.Tests;

/// <summary>The real command on archives and CSV datasets: entries are read like the files they hold, and --map picks columns.</summary>
public sealed class ArchiveInputTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_tar_gz_of_the_samples_reads_like_the_samples()
    {
        var folder = _temp.File("samples/x");
        foreach (var file in RepositoryPaths.SampleArticles) File.Copy(file, Path.Combine(Path.GetDirectoryName(folder)!, Path.GetFileName(file)));
        var archive = _temp.File("samples.tgz");
        using (var gz = new GZipStream(File.Create(archive), CompressionLevel.Fastest))
            TarFile.CreateFromDirectory(Path.GetDirectoryName(folder)!, gz, includeBaseDirectory: false);

        var run = await SitrepProcess.RunAsync("analyze", archive, "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var report = JsonDocument.Parse(run.Stdout);
        var paths = report.RootElement.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("path").GetString()!).ToList();
        Assert.Equal(5, paths.Count);
        Assert.All(paths, p => Assert.StartsWith(archive + "!/", p));
    }

    [Fact]
    public async Task Map_picks_the_columns_of_a_csv_dataset()
    {
        var csv = _temp.File("wire.csv");
        File.WriteAllText(csv, "hed,story,day\n\"Convoy leaves Termez\",\"More than 40 trucks left Termez on Monday, officials said.\nThey carried flour.\",2024-03-11\n");

        var run = await SitrepProcess.RunAsync("analyze", csv, "--map", "title=hed,text=story,date=day", "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var report = JsonDocument.Parse(run.Stdout);
        var article = Assert.Single(report.RootElement.GetProperty("articles").EnumerateArray());
        Assert.Equal("Convoy leaves Termez", article.GetProperty("title").GetString());
        Assert.Equal("2024-03-11", article.GetProperty("published").GetString());
        Assert.Equal($"{csv}:2", article.GetProperty("path").GetString());
    }

    [Fact]
    public async Task A_bad_map_is_refused_before_reading()
    {
        var run = await SitrepProcess.RunAsync("analyze", RepositoryPaths.Sample("wire.jsonl"), "--map", "summary=abstract");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["error: --map summary=abstract: unknown field 'summary' (known: id, title, text, date, url, site, author, language)"], run.ErrorLines);
    }
}
