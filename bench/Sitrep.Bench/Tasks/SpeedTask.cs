using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Sitrep.Corpus.Situations;
using Sitrep.Articles;
using Sitrep.Ingest.Sources;
using Sitrep.News.Actors;
using Sitrep.News.Pipeline;
using Sitrep.News.Places;
using Sitrep.News.Agents;
using Sitrep.News.Documents;

namespace Sitrep.Bench.Tasks;

/// <summary>
/// `speed`: the throughput of `sitrep analyze` without rendering — read the articles, run the
/// per-article pipeline on all cores, build the situation — in articles/s and tokens/s, with peak
/// memory. Resources load before the clock starts (a long run amortizes them; they are measured apart).
/// </summary>
public static class SpeedTask
{
    public static int Run(BenchOptions o)
    {
        // The gazetteer, actor base and agents first, on their own: their load time and the managed memory they hold.
        long before = GC.GetTotalMemory(forceFullCollection: true);
        var lookups = Stopwatch.StartNew();
        _ = Gazetteer.Default;
        _ = ActorBase.Default;
        _ = AgentBase.Default;
        lookups.Stop();
        double lookupsMb = (GC.GetTotalMemory(forceFullCollection: true) - before) / (1024.0 * 1024.0);

        var load = Stopwatch.StartNew();
        var pipeline = BenchPipeline.Create(o);
        pipeline.Analyze(Article.Create("Warm-up", "US President Joe Biden spoke in Kabul on Monday, 12 July 2021."));
        var builder = SituationBuilder.CreateDefault();
        load.Stop();

        var read = Stopwatch.StartNew();
        var results = ArticleSource.Read([o.Gold]).ToList();
        var articles = results.Where(r => r.Article is not null).Select(r => r.Article!).ToList();
        int unreadable = results.Count - articles.Count;
        read.Stop();
        if (articles.Count == 0)
        {
            Console.Error.WriteLine($"error: {o.Gold}: no article could be read");
            return 1;
        }
        var work = Enumerable.Range(0, o.Repeat).SelectMany(_ => articles);
        if (o.Limit is { } limit) work = work.Take(limit);
        var inputs = work.ToList();
        GC.Collect();

        var clock = Stopwatch.StartNew();
        int failed = 0;
        var analyses = inputs.AsParallel().AsOrdered().WithDegreeOfParallelism(Environment.ProcessorCount)
            .Select(a => Analyze(pipeline, a, ref failed)).Where(a => a is not null).Select(a => a!).ToList();
        var analysed = clock.Elapsed;
        var situation = builder.Build(analyses);
        clock.Stop();

        long tokens = analyses.Sum(a => (long)a.TokenCount);
        long chars = analyses.Sum(a => (long)a.Article.Text.Length);
        double seconds = clock.Elapsed.TotalSeconds;
        double peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
        var metrics = new Dictionary<string, object>
        {
            ["task"] = "speed",
            ["gold"] = Path.GetFileName(Path.TrimEndingDirectorySeparator(o.Gold)),
            ["articles"] = analyses.Count,
            ["unreadable"] = unreadable,
            ["failed"] = failed,
            ["tokens"] = tokens,
            ["cores"] = Environment.ProcessorCount,
            ["linking"] = !o.NoLinking,
            ["articlesPerSecond"] = Math.Round(analyses.Count / seconds, 1),
            ["tokensPerSecond"] = Math.Round(tokens / seconds),
            ["megabytesPerSecond"] = Math.Round(chars * 2 / 1e6 / seconds, 2),
            ["pipelineSeconds"] = Math.Round(analysed.TotalSeconds, 2),
            ["situationSeconds"] = Math.Round((clock.Elapsed - analysed).TotalSeconds, 2),
            ["entities"] = situation.Entities.Count,
            ["resourceLoadSeconds"] = Math.Round(load.Elapsed.TotalSeconds, 2),
            ["gazetteerActorsLoadSeconds"] = Math.Round(lookups.Elapsed.TotalSeconds, 2),
            ["gazetteerActorsMb"] = Math.Round(lookupsMb),
            ["readSeconds"] = Math.Round(read.Elapsed.TotalSeconds, 2),
            ["peakMemoryMb"] = Math.Round(peakMb),
        };
        Console.WriteLine($"{"metric",-22} value");
        foreach (var (k, v) in metrics) Console.WriteLine($"{k,-22} {Convert.ToString(v, CultureInfo.InvariantCulture)}");
        Console.WriteLine(JsonSerializer.Serialize(metrics));
        return 0;
    }

    /// <summary>One article; a failure is counted and reported, as the CLI does, instead of ending the run.</summary>
    private static ArticleAnalysis? Analyze(ArticlePipeline pipeline, Article article, ref int failed)
    {
        try
        {
            return pipeline.Analyze(article);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Interlocked.Increment(ref failed);
            Console.Error.WriteLine($"error: {article.Path}: analysis failed: {e.GetType().Name}: {e.Message}");
            return null;
        }
    }
}
