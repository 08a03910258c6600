using Sitrep.News;
using Sitrep.Ingest.Language;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using Sitrep.Articles;
using Sitrep.News.Actors;
using Sitrep.News.Mentions;
using Sitrep.News.Pipeline;
using Sitrep.News.Places;
using Sitrep.Nlp.Matching;
using Sitrep.Nlp.Tokens;
using Sitrep.News.Documents;

namespace Sitrep.Bench.Tasks;

/// <summary>
/// `geo`: geoparsing on the gold XML of LGL, TR-News, GeoWebNews or GeoVirus (--gold: one file or a
/// folder of .xml files, each scored apart and together).
/// Given gold toponyms: each gold span that has gold coordinates is resolved in its document by
/// <see cref="ToponymResolver"/> (all gold spans of the document are its toponyms), and the
/// great-circle distance to the gold point is measured: Acc@161 (share within 161 km = 100 miles),
/// mean and median error in km, and AUC, the mean of ln(1 + error) / ln(20039) (the area under the
/// sorted log-error curve of Gritta et al. 2018, 0 perfect, 1 all antipodal; lower is better). A gold
/// toponym the gazetteer cannot name counts as 20,039 km off (half the Earth's circumference).
/// End to end: the place mentions of the whole pipeline (`ArticlePipeline.CreateDefault`) against
/// the gold spans; recognition P/R/F1 on exact spans (`recognitionF1`) and on overlapping spans.
/// For GeoWebNews the recognition gold is the toponyms with coordinates (its literal and
/// metonymic place names, demonyms and modifiers included; Non_Toponym and non-locational ones out).
/// `geo --load` measures the gazetteer and actor base instead: cold load time and memory (no --gold needed).
/// </summary>
public static class GeoTask
{
    private const double HalfCircumferenceKm = 20039;

    private sealed record GoldToponym(int Start, int End, double? Lat, double? Lon);

    private sealed record GoldDocument(string Id, string Text, List<GoldToponym> Toponyms);

    private sealed class Score
    {
        public List<double> Errors { get; } = [];
        public int Unnamed, Gold, Found, Exact, Overlap, Documents;
        public long ResolveTicks;
        public List<string> Worst { get; } = [];
        public List<string> UnnamedNames { get; } = [];
        public List<string> Lines { get; } = [];
    }

    public static int Run(BenchOptions o)
    {
        if (o.Load) return Load();
        var files = Directory.Exists(o.Gold) ? Directory.GetFiles(o.Gold, "*.xml").Order(StringComparer.Ordinal).ToArray() : [o.Gold];
        if (files.Length == 0 || !files.All(File.Exists))
        {
            Console.Error.WriteLine($"error: {o.Gold}: no gold .xml file");
            return 1;
        }
        var clock = Stopwatch.StartNew();
        var resolver = new ToponymResolver(Gazetteer.Default);
        var pipeline = o.ResolutionOnly ? null : BenchPipeline.Create(o, "syntax", "events");
        double loadSeconds = clock.Elapsed.TotalSeconds;

        var total = new Score();
        Console.WriteLine($"{"file",-22} {"docs",5} {"gold",6} {"acc161",7} {"meanKm",8} {"medKm",7} {"auc",6} {"unnamed",7} {"recP",6} {"recR",6} {"recF1",6} {"ovlF1",6}");
        var rows = new List<(string File, Score S, int Docs)>();
        foreach (var file in files)
        {
            var docs = Read(file);
            if (o.Limit is { } limit) docs = docs.Take(limit).ToList();
            var s = new Score();
            foreach (var d in docs) ScoreDocument(d, resolver, pipeline, s);
            rows.Add((Path.GetFileName(file), s, docs.Count));
            var dump = Path.Combine(Path.GetTempPath(), "sitrep-bench-geo", Path.GetFileName(file) + ".resolved.tsv");
            Directory.CreateDirectory(Path.GetDirectoryName(dump)!);
            File.WriteAllLines(dump, ["# doc\ttoponym\tgold\tkm\tours\tbestKm\tbest candidate\tcandidates", .. s.Lines]);
            Console.WriteLine(Row(Path.GetFileName(file), docs.Count, s));
            total.Errors.AddRange(s.Errors);
            total.ResolveTicks += s.ResolveTicks; total.Documents += s.Documents;
            total.Unnamed += s.Unnamed; total.Gold += s.Gold; total.Found += s.Found; total.Exact += s.Exact; total.Overlap += s.Overlap;
            total.Worst.AddRange(s.Worst.Take(5));
        }
        if (files.Length > 1) Console.WriteLine(Row("all", rows.Sum(r => r.Docs), total));
        Console.WriteLine();
        Console.WriteLine("largest errors (gold given):");
        foreach (var w in rows.SelectMany(r => r.S.Worst.Take(12).Select(x => r.File + ": " + x))) Console.WriteLine("  " + w);
        Console.WriteLine("most frequent gold toponyms the gazetteer cannot name: " + string.Join(", ",
            rows.SelectMany(r => r.S.UnnamedNames).CountBy(n => n).OrderByDescending(kv => kv.Value).Take(40).Select(kv => $"{kv.Key} ({kv.Value})")));
        Console.WriteLine($"each resolution: {Path.Combine(Path.GetTempPath(), "sitrep-bench-geo")}/FILE.resolved.tsv");
        double resolveMs = total.Documents == 0 ? 0 : total.ResolveTicks * 1000.0 / Stopwatch.Frequency / total.Documents;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"resolution (ToponymResolver.Resolve, gold toponyms given): {resolveMs:F3} ms per document, {total.Documents} documents, first pass included (cold JIT)"));
        Console.WriteLine($"resources loaded in {loadSeconds:F2} s; scored in {clock.Elapsed.TotalSeconds - loadSeconds:F1} s");

        var metrics = new Dictionary<string, object>
        {
            ["task"] = "geo",
            ["gold"] = Path.GetFileName(Path.TrimEndingDirectorySeparator(o.Gold)),
        };
        Add(metrics, "", total);
        metrics["resolveMsPerDocument"] = Math.Round(resolveMs, 3);
        if (files.Length > 1)
            foreach (var r in rows)
            {
                var name = r.File.Split('.')[0].ToLowerInvariant().Replace("-", "", StringComparison.Ordinal);
                metrics[name] = Metrics(r.S);
            }
        Console.WriteLine(JsonSerializer.Serialize(metrics));
        return 0;
    }

    private static void Add(Dictionary<string, object> into, string prefix, Score s)
    {
        foreach (var (k, v) in Metrics(s)) into[prefix + k] = v;
    }

    private static Dictionary<string, object> Metrics(Score s)
    {
        var (p, r, f) = Prf(s.Exact, s.Found, s.Gold);
        var (_, _, fo) = Prf(s.Overlap, s.Found, s.Gold);
        return new Dictionary<string, object>
        {
            ["toponyms"] = s.Errors.Count,
            ["acc161"] = Math.Round(Acc161(s), 4),
            ["meanErrorKm"] = Math.Round(s.Errors.Count == 0 ? 0 : s.Errors.Average(), 1),
            ["medianErrorKm"] = Math.Round(Median(s.Errors), 1),
            ["auc"] = Math.Round(Auc(s.Errors), 4),
            ["unnamed"] = s.Unnamed,
            ["recognitionF1"] = Math.Round(f, 4),
            ["recognitionPrecision"] = Math.Round(p, 4),
            ["recognitionRecall"] = Math.Round(r, 4),
            ["recognitionF1Overlap"] = Math.Round(fo, 4),
        };
    }

    private static string Row(string name, int docs, Score s)
    {
        var (p, r, f) = Prf(s.Exact, s.Found, s.Gold);
        var (_, _, fo) = Prf(s.Overlap, s.Found, s.Gold);
        double mean = s.Errors.Count == 0 ? 0 : s.Errors.Average();
        return string.Create(CultureInfo.InvariantCulture,
            $"{name,-22} {docs,5} {s.Errors.Count,6} {100 * Acc161(s),7:F1} {mean,8:F0} {Median(s.Errors),7:F0} {Auc(s.Errors),6:F3} {s.Unnamed,7} {100 * p,6:F1} {100 * r,6:F1} {100 * f,6:F1} {100 * fo,6:F1}");
    }

    private static double Acc161(Score s) => s.Errors.Count == 0 ? 0 : s.Errors.Count(e => e <= 161) / (double)s.Errors.Count;

    private static double Auc(List<double> errors) =>
        errors.Count == 0 ? 0 : errors.Average(e => Math.Log(1 + e) / Math.Log(HalfCircumferenceKm));

    private static double Median(List<double> errors)
    {
        if (errors.Count == 0) return 0;
        var sorted = errors.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static (double P, double R, double F) Prf(int correct, int found, int gold)
    {
        double p = found == 0 ? 0 : correct / (double)found, r = gold == 0 ? 0 : correct / (double)gold;
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    private static void ScoreDocument(GoldDocument d, ToponymResolver resolver, ArticlePipeline? pipeline, Score s)
    {
        var tokens = Tokenizer.Tokenize(d.Text);
        var keys = PhraseMatcher<object>.Keys(d.Text, tokens);

        // Given gold toponyms.
        var spans = new List<(GoldToponym Gold, Toponym? Toponym)>();
        foreach (var g in d.Toponyms)
        {
            int first = -1, last = -1;
            for (int i = 0; i < tokens.Length; i++)
                if (tokens[i].End > g.Start && tokens[i].Start < g.End) { if (first < 0) first = i; last = i; }
            var candidates = first < 0 ? null : resolver.Candidates(d.Text, tokens, keys, first, last + 1);
            if (candidates is null && first >= 0 && (tokens[first].Start != g.Start || tokens[last].End != g.End))
            {
                // A gold span inside a token ("Russian" of "Russian-led"): the span's own words.
                var span = d.Text[g.Start..g.End];
                var own = Tokenizer.Tokenize(span);
                candidates = resolver.Candidates(span, own, PhraseMatcher<object>.Keys(span, own), 0, own.Length);
            }
            spans.Add((g, candidates is null ? null : new Toponym(first, last + 1, candidates)));
        }
        var named = spans.Where(x => x.Toponym is not null).Select(x => x.Toponym!).ToList();
        long before = Stopwatch.GetTimestamp();
        var resolved = resolver.Resolve(d.Text, tokens, named, []);
        s.ResolveTicks += Stopwatch.GetTimestamp() - before;
        s.Documents++;
        int k = 0;
        foreach (var (g, t) in spans)
        {
            var place = t is null ? null : resolved[k++];
            if (g.Lat is not { } lat || g.Lon is not { } lon) continue;
            if (place is null)
            {
                s.Unnamed++;
                s.UnnamedNames.Add(d.Text[g.Start..g.End]);
                s.Errors.Add(HalfCircumferenceKm);
                continue;
            }
            double km = Distance(lat, lon, place.Lat, place.Lon);
            s.Errors.Add(km);
            var best = t!.Candidates.MinBy(p => Distance(lat, lon, p.Lat, p.Lon))!;
            s.Lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"{d.Id}\t{d.Text[g.Start..g.End]}\t{lat:F3},{lon:F3}\t{km:F0}\t{place.Id} {place.Name} {place.FeatureClass} {place.Admin1 ?? place.Country}\t{Distance(lat, lon, best.Lat, best.Lon):F0}\t{best.Id} {best.Name} {best.FeatureClass} {best.Admin1 ?? best.Country}\t{t.Candidates.Count}"));
            if (km > 161)
                s.Worst.Add(string.Create(CultureInfo.InvariantCulture, $"{km,7:F0} km  {d.Text[g.Start..g.End]} → {place.Name} ({place.FeatureClass}, {place.Admin1 ?? place.Country}) [doc {d.Id}]"));
        }

        // End to end.
        if (pipeline is null) return;
        var analysis = pipeline.Analyze(ArticleLanguage.Settle(Article.Create("", d.Text, language: "en")));
        var found = analysis.Mentions.Where(m => m.Type == MentionType.Place).ToList();
        s.Found += found.Count;
        s.Gold += d.Toponyms.Count(g => g.Lat is not null);
        var gold = d.Toponyms.Where(g => g.Lat is not null).ToList();
        s.Exact += found.Count(m => gold.Any(g => g.Start == m.Start && g.End == m.End));
        s.Overlap += found.Count(m => gold.Any(g => g.Start < m.End && m.Start < g.End));
    }

    /// <summary>Great-circle distance in km (haversine, mean Earth radius 6,371 km).</summary>
    public static double Distance(double lat1, double lon1, double lat2, double lon2)
    {
        const double R = 6371.0088, Rad = Math.PI / 180;
        double dLat = (lat2 - lat1) * Rad, dLon = (lon2 - lon1) * Rad;
        double a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) + Math.Cos(lat1 * Rad) * Math.Cos(lat2 * Rad) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * R * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>
    /// Reads the four formats: LGL and TR-News (toponym: start, end, gaztag lat/lon), GeoVirus (location:
    /// start, end, lat, lon) and GeoWebNews (toponym: start, end, latitude, longitude when locational).
    /// </summary>
    private static List<GoldDocument> Read(string file)
    {
        var xml = XDocument.Load(file);
        var docs = new List<GoldDocument>();
        int n = 0;
        foreach (var a in xml.Root!.Elements("article"))
        {
            n++;
            var text = (string?)a.Element("text") ?? "";
            var id = (string?)a.Attribute("docid") ?? (string?)a.Attribute("file") ?? n.ToString(CultureInfo.InvariantCulture);
            var toponyms = new List<GoldToponym>();
            foreach (var t in a.Descendants().Where(e => e.Name == "toponym" || e.Name == "location"))
            {
                if (!int.TryParse((string?)t.Element("start"), out var start) || !int.TryParse((string?)t.Element("end"), out var end)) continue;
                var name = (string?)(t.Element("name") ?? t.Element("phrase") ?? t.Element("extractedName"));
                (start, end) = Align(text, start, end, name?.Trim());
                if (start < 0 || end > text.Length || start >= end) continue;
                var coords = t.Element("gaztag") ?? t;
                double? lat = Number(coords.Element("lat") ?? coords.Element("latitude"));
                double? lon = Number(coords.Element("lon") ?? coords.Element("longitude"));
                toponyms.Add(new GoldToponym(start, end, lat, lon));
            }
            docs.Add(new GoldDocument(id, text, toponyms));
        }
        return docs;
    }

    /// <summary>
    /// Some gold offsets are a few characters off their name (GeoVirus counts from a text that had one
    /// more character per article before the first toponym): the nearest occurrence of the name within
    /// 20 characters is taken then.
    /// </summary>
    private static (int Start, int End) Align(string text, int start, int end, string? name)
    {
        if (string.IsNullOrEmpty(name) || (start >= 0 && end <= text.Length && start < end && text.AsSpan(start, end - start).SequenceEqual(name))) return (start, end);
        for (int shift = 1; shift <= 20; shift++)
            foreach (int s in new[] { start - shift, start + shift })
                if (s >= 0 && s + name.Length <= text.Length && string.CompareOrdinal(text, s, name, 0, name.Length) == 0) return (s, s + name.Length);
        return (start, end);
    }

    private static double? Number(XElement? e) =>
        e is not null && double.TryParse(e.Value.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;

    /// <summary>`geo --load`: the gazetteer and actor base loaded cold in this process — seconds and managed/working-set memory.</summary>
    private static int Load()
    {
        long before = GC.GetTotalMemory(true);
        var clock = Stopwatch.StartNew();
        var gazetteer = Gazetteer.Default;
        double gazetteerSeconds = clock.Elapsed.TotalSeconds;
        var actors = ActorBase.Default;
        double totalSeconds = clock.Elapsed.TotalSeconds;
        long after = GC.GetTotalMemory(true);
        GC.KeepAlive(gazetteer);
        GC.KeepAlive(actors);
        double managedMb = (after - before) / (1024.0 * 1024.0);
        double peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"gazetteer: {gazetteer.Count} places in {gazetteerSeconds:F2} s; actor base in {totalSeconds - gazetteerSeconds:F2} s; together {totalSeconds:F2} s, {managedMb:F0} MB managed heap, {peakMb:F0} MB peak working set"));
        Console.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["task"] = "geo-load",
            ["places"] = gazetteer.Count,
            ["gazetteerSeconds"] = Math.Round(gazetteerSeconds, 3),
            ["loadSeconds"] = Math.Round(totalSeconds, 3),
            ["managedMb"] = Math.Round(managedMb, 1),
            ["peakWorkingSetMb"] = Math.Round(peakMb, 1),
        }));
        return 0;
    }
}
