using System.Text.Json;
using CsvHelper;
using Xunit;

namespace Sitrep.Cli.Tests;

/// <summary><c>sitrep export events</c> end to end: over article files and over a database, parsed back with real parsers.</summary>
public sealed class ExportCommandTests
{
    private static readonly string[] AcledTypes =
        ["Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots", "Strategic developments"];

    /// <summary>Two short fictional reports of one attack, written for this test.</summary>
    private static TempDirectory Story()
    {
        var dir = new TempDirectory();
        File.WriteAllText(dir.File("story/base-shelled.txt"),
            "2024-05-04\nRebels shell army base near Termez\n\n" +
            "Rebel fighters shelled an army base near Termez on Friday, killing 12 soldiers, the defence ministry said.\n\n" +
            "The Uzbek government condemned the rebels.\n");
        File.WriteAllText(dir.File("story/base-attacked.txt"),
            "2024-05-05\nTermez base attacked\n\n" +
            "Rebel fighters attacked the army base near Termez on Friday, a military spokesman said.\n");
        return dir;
    }

    private static List<Dictionary<string, string>> ReadCsv(string text, out IReadOnlyList<string> header)
    {
        var options = new CsvReaderOptions
        {
            HasHeader = true,
            AllowLineBreaksInQuotes = true,
            MalformedData = CsvMalformedDataHandling.Throw,
            FieldCountMismatch = CsvFieldCountHandling.Throw,
        };
        using var reader = CsvReader.Create(new StringReader(text), options, leaveOpen: false);
        header = reader.Headers.ToList();
        var names = header;
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read()) rows.Add(names.Select((n, i) => (n, v: reader.GetString(i))).ToDictionary(x => x.n, x => x.v));
        return rows;
    }

    [Fact]
    public async Task Acled_over_a_folder_is_a_csv_of_happenings()
    {
        using var dir = Story();

        var run = await SitrepProcess.RunAsync("export", "events", "--format", "acled", Path.Combine(dir.Path, "story"));

        Assert.True(run.ExitCode == 0, run.ToString());
        var rows = ReadCsv(run.Stdout, out var header);
        Assert.Equal(["event_date", "year", "date_precision", "event_type", "sub_event_type", "actor1", "actor2"], header.Take(7));
        Assert.Contains("fatalities", header);
        Assert.Contains("sitrep_event_id", header);
        Assert.NotEmpty(rows);
        Assert.All(rows, r =>
        {
            Assert.Contains(r["event_type"], AcledTypes);
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", r["event_date"]);
            Assert.True(int.Parse(r["reports"]) >= int.Parse(r["sources"]) && int.Parse(r["sources"]) >= 1, string.Join(", ", r));
        });
        Assert.Contains(rows, r => r["notes"].Contains("Rebel fighters", StringComparison.Ordinal));
        // The condemnation is talk: ACLED has no type for it, and stderr says so.
        Assert.Contains("no ACLED type", run.Stderr);
        Assert.Matches(@"exported \d+ event\(s\) as acled: \d+ happening\(s\) from \d+ report\(s\) in 2 article\(s\)", run.Stderr);
    }

    [Fact]
    public async Task Every_format_over_the_database_matches_the_same_articles_read_from_files()
    {
        // The bundled samples (a flood) hold no event the coder keeps, so the test stores its own story.
        using var dir = Story();
        var fromDb = dir.File("db.csv");
        var database = dir.File("story.db");
        var ingest = await SitrepProcess.RunAsync("ingest", Path.Combine(dir.Path, "story"), "--db", database);
        Assert.True(ingest.ExitCode == 0, ingest.ToString());

        var stored = await SitrepProcess.RunAsync("export", "events", "--format", "csv", "--db", database, "-o", fromDb);
        var files = await SitrepProcess.RunAsync("export", "events", "--format", "csv", Path.Combine(dir.Path, "story"));
        var gdelt = await SitrepProcess.RunAsync("export", "events", "--format", "gdelt", "--header", "--db", database);
        var geojson = await SitrepProcess.RunAsync("export", "events", "-f", "geojson", "--db", database);

        Assert.True(stored.ExitCode == 0, stored.ToString());
        Assert.True(files.ExitCode == 0, files.ToString());
        Assert.Contains($"wrote {fromDb}", stored.Stderr);
        var a = ReadCsv(File.ReadAllText(fromDb), out _);
        var b = ReadCsv(files.Stdout, out _);
        Assert.NotEmpty(a);
        Assert.Equal(b.Select(r => r["id"]).Order(), a.Select(r => r["id"]).Order());

        Assert.True(gdelt.ExitCode == 0, gdelt.ToString());
        var lines = gdelt.Stdout.TrimEnd('\n').Split('\n');
        Assert.StartsWith("GLOBALEVENTID\tSQLDATE\tMonthYear", lines[0]);
        Assert.All(lines, l => Assert.Equal(61, l.Split('\t').Length));
        Assert.Equal(a.Count, lines.Length - 1);

        Assert.True(geojson.ExitCode == 0, geojson.ToString());
        using var doc = JsonDocument.Parse(geojson.Stdout);
        var features = doc.RootElement.GetProperty("features").GetArrayLength();
        Assert.Equal(a.Count(r => r["latitude"].Length > 0), features);
        if (features < a.Count) Assert.Contains($"{a.Count - features} event", geojson.Stderr);
    }

    [Theory]
    [InlineData("--format", "acled", "--header")]
    [InlineData("--format", "csv", "--since", "2024")]
    [InlineData("--format", "xml")]
    [InlineData("--header")]
    public async Task Options_that_do_not_fit_are_usage_errors(params string[] options)
    {
        var run = await SitrepProcess.RunAsync(["export", "events", .. options, RepositoryPaths.Sample("wire.jsonl")]);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.NotEmpty(run.ErrorLines);
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public async Task A_missing_database_is_an_error()
    {
        using var dir = new TempDirectory();

        var run = await SitrepProcess.RunAsync("export", "events", "--format", "gdelt", "--db", Path.Combine(dir.Path, "none.db"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no such database", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public async Task A_bad_input_is_one_error_and_the_rest_is_exported()
    {
        using var dir = Story();
        File.WriteAllText(dir.File("story/broken.jsonl"), "{not json\n");

        var run = await SitrepProcess.RunAsync("export", "events", "--format", "csv", Path.Combine(dir.Path, "story"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("broken.jsonl", Assert.Single(run.ErrorLines));
        Assert.NotEmpty(ReadCsv(run.Stdout, out _));
    }
}
