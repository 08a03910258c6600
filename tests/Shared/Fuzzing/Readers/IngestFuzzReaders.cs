using System.Text;
using Sitrep.Ingest.Sources;
using Sitrep.Ingest.Web;

namespace Sitrep.Tests.Fuzzing;

/// <summary>
/// The Sitrep.Ingest readers under fuzz, each read the way the CLI reads it: a document through
/// <see cref="ArticleSource"/> as a file of its name (in memory), an archive through a file on disk, a robots.txt
/// through <see cref="RobotsRules"/>. Linked into Sitrep.Ingest.Tests and the bench (tests/Shared/Fuzzing).
/// </summary>
public static class IngestFuzzReaders
{
    /// <summary>The readers, in campaign order; archives are written under <paramref name="tempFolder"/> to be read.</summary>
    public static IReadOnlyList<FuzzReader> All(string tempFolder) =>
    [
        new("html", HtmlGrammar.Instance, ReadDocument),
        new("text", TextGrammar.Instance, ReadDocument),
        new("jsonl", JsonLinesGrammar.Instance, ReadDocument),
        new("csv", CsvGrammar.Instance, ReadDocument),
        new("feed", FeedGrammar.Instance, ReadDocument),
        new("sitemap", SitemapGrammar.Instance, ReadDocument),
        new("warc", WarcGrammar.Plain, ReadDocument),
        new("warc-gz", WarcGrammar.Gzipped, ReadDocument),
        new("gz", GzipGrammar.Instance, ReadDocument),
        new("zip", ArchiveGrammar.Zip, input => ReadArchive(input, tempFolder)),
        new("tar", ArchiveGrammar.Tar, input => ReadArchive(input, tempFolder)),
        new("robots", RobotsGrammar.Instance, ReadRobots),
    ];

    // Small limits, so that the refusals (record, row, entry, ratio, count) are fuzzed as well as the reading.
    private static readonly ArticleSourceOptions Options = new(MaxDocumentBytes: 256 * 1024) { MaxArchiveEntries = 50, MaxArchiveBytes = 4L << 20 };

    private static string? ReadDocument(FuzzInput input)
    {
        var file = InputFile.FromEntry(input.Name, input.Bytes);
        return Check(ArticleSource.ReadFile(file, explicitlyNamed: true, Options).ToList());
    }

    private static string? ReadArchive(FuzzInput input, string tempFolder)
    {
        // The index keeps a file apart from one a hung, abandoned read may still hold open.
        var path = Path.Combine(tempFolder, $"{input.Index}-{input.Name}");
        File.WriteAllBytes(path, input.Bytes);
        try
        {
            return Check(ArticleSource.Read([path], Options).ToList());
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string? ReadRobots(FuzzInput input)
    {
        // As RobotsCache reads a fetched robots.txt.
        var text = Encoding.UTF8.GetString(input.Bytes);
        var rules = RobotsRules.Parse(text);
        foreach (var path in RobotsGrammar.PathsToCheck(text)) rules.Allows(path);
        if (rules.CrawlDelay is { } delay && (delay < TimeSpan.Zero || delay >= TimeSpan.FromDays(1))) return $"crawl delay out of range: {delay}";
        return null;
    }

    /// <summary>The contract every reader promises: at least one result, each exactly an article, an error or a note.</summary>
    public static string? Check(IReadOnlyList<IngestResult> results)
    {
        if (results.Count == 0) return "no result at all (neither an article nor an error)";
        foreach (var r in results)
        {
            if (!r.IsWellFormed) return $"a result that is not exactly one of article, error, note: {r}";
            if (r.Article is { } a && string.IsNullOrWhiteSpace(a.Text)) return $"an article without text from {r.Input}";
        }
        return null;
    }
}
