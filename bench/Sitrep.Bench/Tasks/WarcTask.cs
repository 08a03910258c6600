using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Sitrep.Ingest.Warc;

namespace Sitrep.Bench.Tasks;

/// <summary>
/// `warc`: throughput of the WARC reader on a WARC written in memory from real pages (--gold: the scrapinghub-aeb
/// folder; each page becomes a request record and a response record, after one warcinfo record; --repeat N writes
/// the pages N times over). Three timings, one thread, best of 3 passes after two warm-up passes: records alone (WARC framing
/// and HTTP decoding), then whole reading to articles (HTML extraction included) from the .warc and from a .warc.gz
/// with one gzip member per record, as Common Crawl writes them. MB are of the uncompressed WARC.
/// </summary>
public static class WarcTask
{
    private const int Passes = 3;

    public static int Run(BenchOptions o)
    {
        var truthPath = Path.Combine(o.Gold, "ground-truth.json");
        if (!File.Exists(truthPath))
        {
            Console.Error.WriteLine($"error: {truthPath} not found (--gold takes the scrapinghub-aeb folder)");
            return 1;
        }
        var urls = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(File.ReadAllText(truthPath))!
            .Take(o.Limit ?? int.MaxValue)
            .Select(kv => (Path: Path.Combine(o.Gold, "html", kv.Key + ".html.gz"), Url: kv.Value.GetProperty("url").GetString()!))
            .Where(p => File.Exists(p.Path))
            .ToList();
        var records = new List<byte[]> { Record("warcinfo", null, "application/warc-fields", "software: sitrep-bench\r\n"u8.ToArray()) };
        for (int r = 0; r < o.Repeat; r++)
        {
            foreach (var (path, url) in urls)
            {
                var html = ExtractAebTask.Gunzip(path);
                var request = Encoding.ASCII.GetBytes($"GET {new Uri(url).PathAndQuery} HTTP/1.1\r\nHost: {new Uri(url).Host}\r\n\r\n");
                records.Add(Record("request", url, "application/http; msgtype=request", request));
                var head = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {html.Length}\r\n\r\n");
                records.Add(Record("response", url, "application/http; msgtype=response", [.. head, .. html]));
            }
        }
        var warc = records.SelectMany(r => r).ToArray();
        var warcGz = records.SelectMany(Gzip).ToArray();
        double megabytes = warc.Length / 1e6;

        int recordCount = 0;
        var counts = new WarcCounts();
        int articles = 0;
        Action recordsOnly = () => recordCount = ReadRecords(warc);
        Action toArticles = () =>
        {
            counts = new WarcCounts();
            articles = WarcArticleReader.Read("bench.warc", new MemoryStream(warc), counts: counts).Count(r => r.Succeeded);
        };
        Action toArticlesGz = () =>
        {
            using var gz = new GZipStream(new MemoryStream(warcGz), CompressionMode.Decompress);
            WarcArticleReader.Read("bench.warc.gz", gz).Count(r => r.Succeeded);
        };
        // Warm all three up before timing any, so tiered compilation has settled for each.
        for (int w = 0; w < 2; w++)
        {
            recordsOnly();
            toArticles();
            toArticlesGz();
        }
        double framing = Timing.Best(Passes, recordsOnly);
        double full = Timing.Best(Passes, toArticles);
        double fullGz = Timing.Best(Passes, toArticlesGz);

        var metrics = new Dictionary<string, object>
        {
            ["task"] = "warc",
            ["gold"] = Path.GetFileName(Path.TrimEndingDirectorySeparator(o.Gold)),
            ["warcMegabytes"] = Math.Round(megabytes, 2),
            ["warcGzMegabytes"] = Math.Round(warcGz.Length / 1e6, 2),
            ["records"] = recordCount,
            ["htmlPages"] = counts.HtmlPages,
            ["articles"] = articles,
            ["recordsOnlyMegabytesPerSecond"] = Math.Round(megabytes / framing, 1),
            ["recordsOnlyRecordsPerSecond"] = Math.Round(recordCount / framing),
            ["articlesMegabytesPerSecond"] = Math.Round(megabytes / full, 2),
            ["articlesRecordsPerSecond"] = Math.Round(recordCount / full, 1),
            ["articlesPagesPerSecond"] = Math.Round(counts.HtmlPages / full, 1),
            ["gzArticlesMegabytesPerSecond"] = Math.Round(megabytes / fullGz, 2),
            ["gzArticlesRecordsPerSecond"] = Math.Round(recordCount / fullGz, 1),
        };
        Console.WriteLine($"warc: {counts.HtmlPages} pages of {metrics["gold"]} in {recordCount} records ({megabytes:F1} MB, .gz {warcGz.Length / 1e6:F1} MB); "
            + $"skipped: {counts.DescribeSkipped()}; one thread, best of {Passes} passes after two warm-up passes");
        Console.WriteLine($"{"metric",-32} value");
        foreach (var (k, v) in metrics) Console.WriteLine($"{k,-32} {Convert.ToString(v, CultureInfo.InvariantCulture)}");
        Console.WriteLine(JsonSerializer.Serialize(metrics));
        return 0;
    }

    /// <summary>WARC framing and HTTP decoding of every record, without HTML extraction.</summary>
    private static int ReadRecords(byte[] warc)
    {
        var reader = new WarcRecordReader(new MemoryStream(warc), 16L * 1024 * 1024);
        int n = 0;
        while (reader.Next() is { } record)
        {
            n++;
            if (record.Type == "response" && record.Block is { } block) HttpResponseParser.Parse(block, 16L * 1024 * 1024, out _);
        }
        return n;
    }

    private static byte[] Record(string type, string? uri, string contentType, byte[] block)
    {
        var header = new StringBuilder("WARC/1.1\r\n").Append($"WARC-Type: {type}\r\n")
            .Append($"WARC-Record-ID: <urn:uuid:{Guid.NewGuid()}>\r\nWARC-Date: 2026-11-22T00:00:00Z\r\n");
        if (uri is not null) header.Append($"WARC-Target-URI: {uri}\r\n");
        header.Append($"Content-Type: {contentType}\r\nContent-Length: {block.Length}\r\n\r\n");
        return [.. Encoding.UTF8.GetBytes(header.ToString()), .. block, .. "\r\n\r\n"u8];
    }

    private static byte[] Gzip(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gz = new GZipStream(buffer, CompressionLevel.Optimal)) gz.Write(bytes);
        return buffer.ToArray();
    }
}
