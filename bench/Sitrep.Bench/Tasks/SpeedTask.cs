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

        if (o.Compare is { } compared) return Compare(o, compared, inputs);

        var clock = Stopwatch.StartNew();
        int failed = 0;
        var analyses = Analyze(pipeline, inputs, ref failed);
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
            ["pipeline"] = pipeline.ToString(),
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
        if (o.Profile)
        {
            var timed = pipeline.Annotators.OfType<TimedAnnotator>().ToList();
            double total = timed.Sum(t => t.Elapsed.TotalSeconds);
            foreach (var t in timed)
            {
                Console.WriteLine(FormattableString.Invariant($"{t.Name,-18} {t.Elapsed.TotalSeconds,8:F2} s  {t.Elapsed.TotalSeconds / total,6:P1}"));
                metrics["seconds_" + t.Name] = Math.Round(t.Elapsed.TotalSeconds, 2);
            }
        }
        Console.WriteLine($"{"metric",-22} value");
        foreach (var (k, v) in metrics) Console.WriteLine($"{k,-22} {Convert.ToString(v, CultureInfo.InvariantCulture)}");
        Console.WriteLine(JsonSerializer.Serialize(metrics));
        return 0;
    }

    /// <summary>The articles through the pipeline's stream; a failure is counted and reported, as the CLI does, instead of ending the run.</summary>
    private static List<ArticleAnalysis> Analyze(ArticlePipeline pipeline, List<Article> articles, ref int failed)
    {
        var analyses = new List<ArticleAnalysis>(articles.Count);
        foreach (var r in pipeline.AnalyzeMany(articles, a => a))
        {
            if (r.Analysis is not null) analyses.Add(r.Analysis.Trimmed());
            else
            {
                failed++;
                Console.Error.WriteLine($"error: {r.Item.Path}: analysis failed: {r.Error?.GetType().Name}: {r.Error?.Message}");
            }
        }
        return analyses;
    }

    /// <summary>Rounds of each pipeline, alternating, so that both see the same machine.</summary>
    private const int CompareRounds = 3;

    /// <summary>
    /// `--compare NAME`: the pipeline with and without one annotator, back to back in one process (alternating
    /// rounds, the best of each kept), and the cost of the annotator as a share of the time without it.
    /// </summary>
    private static int Compare(BenchOptions o, string name, List<Article> inputs)
    {
        var with = BenchPipeline.Create(o);
        if (!with.Annotators.Any(a => a.Name == name))
        {
            Console.Error.WriteLine($"error: --compare {name}: no such annotator (the pipeline is {with})");
            return 2;
        }
        var without = BenchPipeline.Create(o, name);
        var times = new Dictionary<string, List<double>> { ["with"] = [], ["without"] = [] };
        long tokens = 0;
        int failed = 0;
        for (int round = 0; round < CompareRounds; round++)
            foreach (var (label, pipeline) in new[] { ("with", with), ("without", without) })
            {
                GC.Collect();
                var clock = Stopwatch.StartNew();
                var analyses = Analyze(pipeline, inputs, ref failed);
                times[label].Add(clock.Elapsed.TotalSeconds);
                tokens = analyses.Sum(a => (long)a.TokenCount);
                Console.WriteLine(FormattableString.Invariant($"round {round + 1} {label,-8} {clock.Elapsed.TotalSeconds,7:F2} s  {analyses.Count / clock.Elapsed.TotalSeconds,8:F1} articles/s"));
            }
        double best = times["with"].Min(), bestWithout = times["without"].Min();
        var metrics = new Dictionary<string, object>
        {
            ["task"] = "speed",
            ["gold"] = Path.GetFileName(Path.TrimEndingDirectorySeparator(o.Gold)),
            ["compare"] = name,
            ["articles"] = inputs.Count,
            ["failed"] = failed,
            ["tokens"] = tokens,
            ["cores"] = Environment.ProcessorCount,
            ["secondsWith"] = Math.Round(best, 2),
            ["secondsWithout"] = Math.Round(bestWithout, 2),
            ["tokensPerSecondWith"] = Math.Round(tokens / best),
            ["tokensPerSecondWithout"] = Math.Round(tokens / bestWithout),
            ["cost"] = Math.Round(best / bestWithout - 1, 3),
            ["roundsWith"] = times["with"].Select(t => Math.Round(t, 2)).ToArray(),
            ["roundsWithout"] = times["without"].Select(t => Math.Round(t, 2)).ToArray(),
        };
        Console.WriteLine(FormattableString.Invariant($"{name}: {best:F2} s with, {bestWithout:F2} s without (best of {CompareRounds}): cost {best / bestWithout - 1:P1}"));
        Console.WriteLine(JsonSerializer.Serialize(metrics));
        return 0;
    }
}
