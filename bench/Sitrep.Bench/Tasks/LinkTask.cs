using Sitrep.Ingest.Language;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Sitrep.Articles;
using Sitrep.News.Pipeline;

namespace Sitrep.Bench.Tasks;

/// <summary>
/// `link`: within-document name linking on ECB+ (the folder with documents.jsonl and xml/TOPIC/DOC.xml).
/// Gold: the person mentions (HUMAN_PART_*) written as names (every token capitalized) and the coreference
/// chains (INTRA_DOC_COREF, CROSS_DOC_COREF) that join them in one document. For every pair of gold names
/// both found by Sitrep (a mention overlapping the gold span), a link is right when Sitrep gives them one
/// entity key exactly when the gold puts them in one chain: pairwise precision, recall and F1 of the links,
/// and the share of gold names found at all. --no-linking measures the pipeline without its linking.
/// </summary>
public static class LinkTask
{
    public static int Run(BenchOptions o)
    {
        var jsonl = Path.Combine(o.Gold, "documents.jsonl");
        if (!File.Exists(jsonl))
        {
            Console.Error.WriteLine($"error: {jsonl}: not found");
            return 1;
        }
        var pipeline = BenchPipeline.Create(o, "syntax", "events");
        int docs = 0, skipped = 0, goldNames = 0, found = 0, tp = 0, fp = 0, fn = 0;
        var clock = Stopwatch.StartNew();
        foreach (var line in File.ReadLines(jsonl))
        {
            if (o.Limit is { } limit && docs >= limit) break;
            using var json = JsonDocument.Parse(line);
            var name = json.RootElement.GetProperty("doc").GetString()!;
            var topic = json.RootElement.GetProperty("topic").GetInt32().ToString(CultureInfo.InvariantCulture);
            var text = json.RootElement.GetProperty("text").GetString()!;
            var xml = Path.Combine(o.Gold, "xml", topic, name);
            if (!File.Exists(xml) || Gold(xml, text) is not { } gold) { skipped++; continue; }
            docs++;
            if (gold.Count < 2) continue;
            var analysis = pipeline.Analyze(ArticleLanguage.Settle(Article.Create("ECB+ " + name, text)));
            var keys = gold.Select(g => analysis.Mentions.FirstOrDefault(m => m.Start < g.End && g.Start < m.End)?.Key).ToList();
            goldNames += gold.Count;
            found += keys.Count(k => k is not null);
            for (int i = 0; i < gold.Count; i++)
                for (int j = i + 1; j < gold.Count; j++)
                {
                    if (keys[i] is null || keys[j] is null) continue;
                    bool same = gold[i].Chain == gold[j].Chain, linked = keys[i] == keys[j];
                    if (same && linked) tp++;
                    else if (linked) fp++;
                    else if (same) fn++;
                }
        }
        double p = tp + fp == 0 ? 0 : (double)tp / (tp + fp), r = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        var metrics = new Dictionary<string, object>
        {
            ["task"] = "link",
            ["gold"] = Path.GetFileName(Path.TrimEndingDirectorySeparator(o.Gold)),
            ["linking"] = !o.NoLinking,
            ["documents"] = docs,
            ["skipped"] = skipped,
            ["goldNames"] = goldNames,
            ["nameRecall"] = Math.Round(goldNames == 0 ? 0 : (double)found / goldNames, 3),
            ["pairs"] = tp + fp + fn,
            ["precision"] = Math.Round(p, 3),
            ["recall"] = Math.Round(r, 3),
            ["f1"] = Math.Round(f1, 3),
            ["seconds"] = Math.Round(clock.Elapsed.TotalSeconds, 1),
        };
        foreach (var (k, v) in metrics) Console.WriteLine($"{k,-12} {Convert.ToString(v, CultureInfo.InvariantCulture)}");
        Console.WriteLine(JsonSerializer.Serialize(metrics));
        return 0;
    }

    private sealed record GoldName(int Start, int End, string Chain);

    /// <summary>The gold person names of one document with their chains, as character spans in <paramref name="text"/>; null when the tokens do not spell the text.</summary>
    private static List<GoldName>? Gold(string path, string text)
    {
        var doc = XDocument.Load(path);
        var tokens = doc.Root!.Elements("token").ToList();
        // documents.jsonl joins a sentence's tokens with spaces and sentences with newlines.
        var spans = new Dictionary<string, (int Start, int End)>(StringComparer.Ordinal);
        var sb = new StringBuilder();
        string? sentence = null;
        foreach (var t in tokens)
        {
            var s = (string?)t.Attribute("sentence");
            if (sb.Length > 0) sb.Append(s == sentence ? ' ' : '\n');
            sentence = s;
            spans[(string)t.Attribute("t_id")!] = (sb.Length, sb.Length + t.Value.Length);
            sb.Append(t.Value);
        }
        if (sb.ToString() != text) return null;

        var chainOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var rel in doc.Descendants().Where(e => e.Name.LocalName is "INTRA_DOC_COREF" or "CROSS_DOC_COREF"))
        {
            var target = (string?)rel.Element("target")?.Attribute("m_id");
            if (target is null) continue;
            foreach (var source in rel.Elements("source")) chainOf[(string)source.Attribute("m_id")!] = target;
        }
        var names = new List<GoldName>();
        foreach (var m in doc.Descendants().Where(e => e.Name.LocalName.StartsWith("HUMAN_PART", StringComparison.Ordinal) && e.Elements("token_anchor").Any()))
        {
            var ids = m.Elements("token_anchor").Select(a => (string)a.Attribute("t_id")!).ToList();
            if (!ids.All(spans.ContainsKey) || !chainOf.TryGetValue((string)m.Attribute("m_id")!, out var chain)) continue;
            var words = ids.Select(id => text[spans[id].Start..spans[id].End]).ToList();
            if (!words.All(w => w.Length > 0 && char.IsUpper(w[0]))) continue;
            names.Add(new GoldName(ids.Min(id => spans[id].Start), ids.Max(id => spans[id].End), chain));
        }
        return names;
    }
}
