using System.Diagnostics;
using System.Text.Json;
using Sitrep.Articles;
using Sitrep.Bench.Tasks.Events;
using Sitrep.News.Documents;
using Sitrep.News.Events;
using Sitrep.News.Pipeline;

namespace Sitrep.Bench.Tasks;

/// <summary>
/// `events`: the events layer of the whole pipeline (<c>DefaultPipeline</c>, less --disable) against event gold data,
/// each gold sentence analysed as one article (language en) dated as its record says. --gold (or a bare FILE) is one of:
/// <list type="bullet">
/// <item>a PETRARCH validation XML (<see cref="PetrarchRecords"/>): our triples are (source code, CAMEO code, target
/// code) of every non-negated event, a side without a code "---"; scored per sentence as PETRARCH2's validation
/// (<see cref="TripleScores"/>), exact and relaxed (root code, without the target, …), with validation.py's own tally.
/// When the file's &lt;Environment&gt; names a verb dictionary other than CAMEO.2.0.txt (the unit-test records), the
/// file is scored again with that suite's dictionaries (<see cref="ValidatePipeline"/>), keys prefixed "validateDict";</item>
/// <item>the PLOVER gold JSON (<see cref="PloverGold"/>): triples (source code, PLOVER type, target code), the actor
/// code being the country/IGO code (our code's first three letters), exact and relaxed (type only, type + source,
/// codes with the sector);</item>
/// <item>the PLV CSV (<see cref="PlvScores"/>): root type accuracy and macro-F1, source and target match, and
/// sentences per second of the pipeline (one thread, after the scored pass as warm-up, best of max(5, --repeat) passes).</item>
/// </list>
/// --limit N: the first N sentences. --errors N: the N most frequent kinds of error, with --examples K examples each (3). Our triples are
/// written as JSON Lines to the temp folder (sitrep-bench-events/).
/// </summary>
public static class EventsTask
{
    public static int Run(BenchOptions o)
    {
        if (!File.Exists(o.Gold))
        {
            Console.Error.WriteLine($"error: {o.Gold}: no such file (a PETRARCH validation .xml, the PLOVER gold .json, or the PLV .csv)");
            return 1;
        }
        try
        {
            return Path.GetExtension(o.Gold).ToLowerInvariant() switch
            {
                ".xml" => Petrarch(o),
                ".json" => Plover(o),
                ".csv" => Plv(o),
                var ext => Fail($"{o.Gold}: unknown format '{ext}' (expected .xml, .json or .csv)"),
            };
        }
        catch (Exception e) when (e is FormatException or JsonException or KeyNotFoundException)
        {
            return Fail($"{o.Gold}: {e.Message}");
        }
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine($"error: {message}");
        return 1;
    }

    private static readonly Dictionary<string, string> PetrarchViews = new(StringComparer.Ordinal)
    {
        ["exact"] = "(source, CAMEO code, target)",
        ["root"] = "(source, root code: two digits, target)",
        ["noTarget"] = "(source, CAMEO code)",
        ["rootNoTarget"] = "(source, root code)",
        ["primaryActors"] = "(source's first 3 letters, code, target's first 3)",
        ["code"] = "CAMEO code alone, per sentence",
    };

    private static string Code(EventActor? a) => a?.Code ?? "---";

    private static string Primary(EventActor? a) => a?.Code is { Length: > 0 } c ? c[..Math.Min(3, c.Length)] : "---";

    private static string Root(string code) => code.Length >= 2 ? code[..2] : code;

    private static string Three(string code) => code[..Math.Min(3, code.Length)];

    /// <summary>Analyses the sentences (in parallel, input order kept); a failed one gets an empty analysis and is counted.</summary>
    private static List<ArticleAnalysis> Analyze(ArticlePipeline pipeline, IReadOnlyList<GoldSentence> sentences, out int failed, out double seconds)
    {
        var clock = Stopwatch.StartNew();
        var list = new List<ArticleAnalysis>(sentences.Count);
        failed = 0;
        foreach (var r in pipeline.AnalyzeMany(sentences, s => ArticleOf(s.Text, s.Date)))
        {
            if (r.Analysis is null)
            {
                failed++;
                Console.Error.WriteLine($"error: {r.Item.Id}: {r.Error?.Message}");
            }
            list.Add(r.Analysis ?? ArticleAnalysis.Of(ArticleOf(r.Item.Text, r.Item.Date)));
        }
        seconds = clock.Elapsed.TotalSeconds;
        return list;
    }

    private static Article ArticleOf(string text, PartialDate? date) => Article.Create("", text, date, language: "en");

    private sealed record Scored(TripleScores Scores, PetrarchTally Tally, TripleErrors Errors, int Failed, double Seconds, int OurTriples);

    private static Scored ScorePetrarch(ArticlePipeline pipeline, IReadOnlyList<GoldSentence> sentences, string outputName, EventDictionary verbs)
    {
        var analyses = Analyze(pipeline, sentences, out int failed, out double seconds);
        var scores = new TripleScores();
        var tally = new PetrarchTally();
        var errors = new TripleErrors();
        var output = new List<string>();
        int triples = 0;
        for (int i = 0; i < sentences.Count; i++)
        {
            var s = sentences[i];
            var a = analyses[i];
            var ours = Distinct(a.Events.Where(e => !e.Negated).Select(e => new OurTriple(new Triple(Code(e.Source), e.Cameo, Code(e.Target)), e)));
            var negated = Distinct(a.Events.Where(e => e.Negated).Select(e => new OurTriple(new Triple(Code(e.Source), e.Cameo, Code(e.Target)), e)));
            triples += ours.Count;
            var g = s.Gold;
            var t = ours.Select(x => x.Triple).ToList();
            scores.Add("exact", g.Select(x => $"{x.Source}|{x.Code}|{x.Target}"), t.Select(x => $"{x.Source}|{x.Code}|{x.Target}"));
            scores.Add("root", g.Select(x => $"{x.Source}|{Root(x.Code)}|{x.Target}"), t.Select(x => $"{x.Source}|{Root(x.Code)}|{x.Target}"));
            scores.Add("noTarget", g.Select(x => $"{x.Source}|{x.Code}"), t.Select(x => $"{x.Source}|{x.Code}"));
            scores.Add("rootNoTarget", g.Select(x => $"{x.Source}|{Root(x.Code)}"), t.Select(x => $"{x.Source}|{Root(x.Code)}"));
            scores.Add("primaryActors", g.Select(x => $"{Three(x.Source)}|{x.Code}|{Three(x.Target)}"), t.Select(x => $"{Three(x.Source)}|{x.Code}|{Three(x.Target)}"));
            scores.Add("code", g.Select(x => x.Code), t.Select(x => x.Code));
            tally.Add(s.Category, g, s.NoEvents, t);
            errors.Add(s, ours, negated, TripleErrors.Context(a), a.Events.Count == 0 ? NoEventReason.Of(a, verbs, NounEvents.Default) : null);
            output.Add(JsonSerializer.Serialize(new { id = s.Id, gold = s.NoEvents ? null : g.Select(x => x.ToString()), ours = ours.Select(x => new { triple = x.Triple.ToString(), trigger = x.Event.Trigger, rule = x.Event.Rule }) }));
        }
        WriteOutput(outputName, output);
        return new Scored(scores, tally, errors, failed, seconds, triples);
    }

    private static List<OurTriple> Distinct(IEnumerable<OurTriple> triples)
    {
        var seen = new HashSet<Triple>();
        return triples.Where(t => seen.Add(t.Triple)).ToList();
    }

    private static string WriteOutput(string name, List<string> lines)
    {
        var path = Path.Combine(Path.GetTempPath(), "sitrep-bench-events", name + ".ours.jsonl");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllLines(path, lines);
        return path;
    }

    private static int Petrarch(BenchOptions o)
    {
        var records = PetrarchRecords.Read(o.Gold);
        var sentences = records.Sentences.Take(o.Limit ?? int.MaxValue).ToList();
        var name = Path.GetFileName(o.Gold);
        Console.WriteLine($"events: {name}: {sentences.Count} sentences, {sentences.Sum(s => s.Gold.Count)} gold triples, {sentences.Count(s => s.NoEvents)} 'noevents' sentences"
            + (records.Skipped.Count > 0 ? $"; skipped: {string.Join(", ", records.Skipped.Select(k => $"{k.Value} {k.Key}"))}" : "")
            + (records.Notes.Count > 0 ? $"; {string.Join(", ", records.Notes.Select(k => $"{k.Value} {k.Key}"))}" : ""));
        var pipeline = BenchPipeline.Create(o);
        var run = ScorePetrarch(pipeline, sentences, name, EventDictionary.Default);
        Console.WriteLine($"pipeline: {pipeline}; {run.OurTriples} triples of ours; {run.Seconds:F1} s for the scored pass"
            + (run.Failed > 0 ? $"; {run.Failed} sentences failed" : ""));
        Console.WriteLine();
        run.Scores.Print(PetrarchViews);
        Console.WriteLine();
        run.Tally.Print();

        var metrics = new Dictionary<string, object>
        {
            ["task"] = "events",
            ["gold"] = name,
            ["sentences"] = sentences.Count,
            ["goldTriples"] = sentences.Sum(s => s.Gold.Count),
            ["noEventsSentences"] = sentences.Count(s => s.NoEvents),
            ["ourTriples"] = run.OurTriples,
        };
        run.Scores.AddMetrics(metrics);
        var total = run.Tally.Total();
        metrics["petrarchCorrect"] = total.Correct;
        metrics["petrarchUncoded"] = total.Uncoded;
        metrics["petrarchExtra"] = total.Extra;
        if (o.Errors > 0)
        {
            Console.WriteLine();
            run.Errors.Print(o.Errors, o.Examples);
        }

        // The unit-test records name their own dictionaries: score them again with those.
        if (records.Environment.TryGetValue("Verbfile", out var verbFile) && !verbFile.Equals("CAMEO.2.0.txt", StringComparison.OrdinalIgnoreCase))
        {
            Console.WriteLine();
            if (ValidatePipeline.FindFolder(o.Gold, verbFile) is not { } folder)
                Console.WriteLine($"validate dictionaries: {verbFile} not found beside {name} or in ../petrarch2/validate: variant not run");
            else
            {
                var built = ValidatePipeline.Create(folder, records.Environment);
                var variant = ScorePetrarch(built.Pipeline, sentences, name + ".validate-dictionaries", built.Verbs);
                Console.WriteLine($"with the suite's dictionaries ({folder}: {records.Environment["Verbfile"]}, {records.Environment.GetValueOrDefault("Actorfile")}, {records.Environment.GetValueOrDefault("Agentfile")}):");
                Console.WriteLine($"  {built.VerbForms} verb forms, {built.Patterns} patterns, {built.AddedCodes} codes added to the codebook ({built.PairedCodes} verb forms with a paired code X:Y, read as X), {built.Actors} actors and {built.Agents} agent phrases added; "
                    + $"{variant.OurTriples} triples of ours" + (variant.Failed > 0 ? $"; {variant.Failed} sentences failed" : ""));
                Console.WriteLine();
                variant.Scores.Print(PetrarchViews);
                Console.WriteLine();
                variant.Tally.Print();
                var m = new Dictionary<string, object>();
                variant.Scores.AddMetrics(m);
                foreach (var (k, v) in m) metrics["validateDict" + char.ToUpperInvariant(k[0]) + k[1..]] = v;
                metrics["validateDictPetrarchCorrect"] = variant.Tally.Total().Correct;
                if (o.Errors > 0)
                {
                    Console.WriteLine();
                    Console.WriteLine("with the suite's dictionaries:");
                    variant.Errors.Print(o.Errors, o.Examples);
                }
            }
        }
        Console.WriteLine(JsonSerializer.Serialize(metrics));
        return 0;
    }

    private static readonly Dictionary<string, string> PloverViews = new(StringComparer.Ordinal)
    {
        ["exact"] = "(source code, PLOVER type, target code): country/IGO codes, our code's first 3 letters",
        ["eventSource"] = "(source code, PLOVER type)",
        ["event"] = "PLOVER type alone, per sentence",
        ["withSector"] = "(code + sector, type, code + sector): gold code+sector, our code's first 6 letters",
    };

    private static int Plover(BenchOptions o)
    {
        var notes = new Dictionary<string, int>(StringComparer.Ordinal);
        var records = PloverGold.Read(o.Gold, notes).Take(o.Limit ?? int.MaxValue).ToList();
        var name = Path.GetFileName(o.Gold);
        var sentences = records.Select(r => r.Sentence).ToList();
        Console.WriteLine($"events: {name}: {records.Count} sentences, {sentences.Sum(s => s.Gold.Count)} gold triples (one per source × target)");
        Console.WriteLine($"  gold event types: {string.Join(", ", records.GroupBy(r => r.Event2016).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}"))}");
        Console.WriteLine($"  read: {string.Join("; ", notes.OrderBy(n => n.Key, StringComparer.Ordinal).Select(n => $"{n.Key} ×{n.Value}"))}");
        var pipeline = BenchPipeline.Create(o);
        var analyses = Analyze(pipeline, sentences, out int failed, out double seconds);
        var scores = new TripleScores();
        var tally = new PetrarchTally();
        var errors = new TripleErrors();
        var output = new List<string>();
        int triples = 0;
        for (int i = 0; i < records.Count; i++)
        {
            var r = records[i];
            var s = r.Sentence;
            var a = analyses[i];
            var usable = a.Events.Where(e => e.Plover is not null).ToList();
            var ours = Distinct(usable.Where(e => !e.Negated).Select(e => new OurTriple(new Triple(Primary(e.Source), e.Plover!, Primary(e.Target)), e)));
            var negated = Distinct(usable.Where(e => e.Negated).Select(e => new OurTriple(new Triple(Primary(e.Source), e.Plover!, Primary(e.Target)), e)));
            triples += ours.Count;
            var g = s.Gold;
            var t = ours.Select(x => x.Triple).ToList();
            scores.Add("exact", g.Select(x => $"{x.Source}|{x.Code}|{x.Target}"), t.Select(x => $"{x.Source}|{x.Code}|{x.Target}"));
            scores.Add("eventSource", g.Select(x => $"{x.Source}|{x.Code}"), t.Select(x => $"{x.Source}|{x.Code}"));
            scores.Add("event", g.Select(x => x.Code), t.Select(x => x.Code));
            var fullGold = (r.Sources.Count > 0 ? r.Sources.Select(x => x.Full) : ["---"])
                .SelectMany(src => (r.Targets.Count > 0 ? r.Targets.Select(x => x.Full) : ["---"]).Select(tgt => $"{src}|{s.Gold[0].Code}|{tgt}"));
            static string Six(EventActor? x) => x?.Code is { Length: > 0 } c ? c[..Math.Min(6, c.Length)] : "---";
            scores.Add("withSector", fullGold, ours.Select(x => $"{Six(x.Event.Source)}|{x.Triple.Code}|{Six(x.Event.Target)}"));
            tally.Add(s.Category, g, false, t);
            errors.Add(s, ours, negated, TripleErrors.Context(a), a.Events.Count == 0 ? NoEventReason.Of(a, EventDictionary.Default, NounEvents.Default) : null);
            output.Add(JsonSerializer.Serialize(new { id = s.Id, gold = g.Select(x => x.ToString()), ours = ours.Select(x => new { triple = x.Triple.ToString(), cameo = x.Event.Cameo, trigger = x.Event.Trigger, rule = x.Event.Rule }) }));
        }
        var outputPath = WriteOutput(name, output);
        Console.WriteLine($"pipeline: {pipeline}; {triples} triples of ours (events with a PLOVER type, not negated); {seconds:F1} s"
            + (failed > 0 ? $"; {failed} sentences failed" : ""));
        Console.WriteLine();
        scores.Print(PloverViews);
        Console.WriteLine();
        tally.Print("validation.py's tally by gold event type (PLOVER 2021 names): correct, uncoded (gold triples missed), extra", "type");
        Console.WriteLine($"ours: {outputPath}");
        var metrics = new Dictionary<string, object>
        {
            ["task"] = "events",
            ["gold"] = name,
            ["sentences"] = records.Count,
            ["goldTriples"] = sentences.Sum(s => s.Gold.Count),
            ["ourTriples"] = triples,
        };
        scores.AddMetrics(metrics);
        if (o.Errors > 0)
        {
            Console.WriteLine();
            errors.Print(o.Errors, o.Examples);
        }
        Console.WriteLine(JsonSerializer.Serialize(metrics));
        return 0;
    }

    private static int Plv(BenchOptions o)
    {
        var rows = PlvScores.Read(o.Gold).Take(o.Limit ?? int.MaxValue).ToList();
        var name = Path.GetFileName(o.Gold);
        var unknown = rows.Where(r => !PlvScores.Labels.Contains(r.Label)).Select(r => r.Label).Distinct().ToList();
        Console.WriteLine($"events: {name}: {rows.Count} sentences; labels {string.Join(", ", rows.GroupBy(r => r.Label).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}"))}"
            + (unknown.Count > 0 ? $"; labels outside the 15: {string.Join(", ", unknown)}" : ""));
        var pipeline = BenchPipeline.Create(o);
        var articles = rows.Select(r => ArticleOf(r.Text, null)).ToList();

        // The scored pass, one thread: also the warm-up of the timed passes.
        var scores = new PlvScores();
        var output = new List<string>();
        int failed = 0;
        var clock = Stopwatch.StartNew();
        for (int i = 0; i < rows.Count; i++)
        {
            ArticleAnalysis a;
            try
            {
                a = pipeline.Analyze(articles[i]);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                failed++;
                Console.Error.WriteLine($"error: line {rows[i].Line}: {e.Message}");
                a = ArticleAnalysis.Of(articles[i]);
            }
            scores.Add(rows[i], a, a.Events.Count == 0 ? NoEventReason.Of(a, EventDictionary.Default, NounEvents.Default) : "");
            output.Add(JsonSerializer.Serialize(new
            {
                line = rows[i].Line,
                gold = rows[i].Label,
                events = a.Events.Select(e => new { plover = e.Plover, cameo = e.Cameo, negated = e.Negated, source = e.Source?.Text, target = e.Target?.Text, trigger = e.Trigger }),
            }));
        }
        double firstSeconds = clock.Elapsed.TotalSeconds;
        var outputPath = WriteOutput(name, output);

        // Tiered JIT is still replacing code for several passes after the scored one (rates rise pass by pass): the
        // best of at least five counts, and every pass's rate is printed.
        int passes = Math.Max(5, o.Repeat);
        var rates = new List<double>();
        double seconds = Timing.Best(passes, () =>
        {
            var pass = Stopwatch.StartNew();
            foreach (var article in articles)
            {
                try { pipeline.Analyze(article); }
                catch (Exception e) when (e is not OutOfMemoryException) { }
            }
            rates.Add(rows.Count / pass.Elapsed.TotalSeconds);
        });
        double perSecond = rows.Count / seconds;

        Console.WriteLine($"pipeline: {pipeline}" + (failed > 0 ? $"; {failed} sentences failed" : ""));
        Console.WriteLine();
        scores.Print();
        Console.WriteLine();
        Console.WriteLine($"speed: {perSecond:F1} sentences/s (pipeline alone, one thread, best of {passes} passes after the scored pass as warm-up: {string.Join(", ", rates.Select(r => r.ToString("F0", System.Globalization.CultureInfo.InvariantCulture)))}/s; the scored pass, cold: {rows.Count / firstSeconds:F1}/s)");
        Console.WriteLine($"ours: {outputPath}");
        var metrics = new Dictionary<string, object>
        {
            ["task"] = "events",
            ["gold"] = name,
            ["sentences"] = rows.Count,
        };
        scores.AddMetrics(metrics);
        metrics["sentencesPerSecond"] = Math.Round(perSecond, 1);
        if (o.Errors > 0)
        {
            Console.WriteLine();
            scores.PrintErrors(o.Errors, o.Examples);
        }
        Console.WriteLine(JsonSerializer.Serialize(metrics));
        return 0;
    }
}
