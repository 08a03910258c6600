using System.Text.Json;
using Sitrep.Ingest.Html;

namespace Sitrep.Bench.Tasks;

/// <summary>
/// `extract-snippets`: main text and metadata of <see cref="HtmlPageReader"/> on trafilatura's evaluation set
/// (--gold: a folder with evaldata.json and html/FILE.gz). The text is scored with <see cref="SnippetScorer"/>
/// (micro P/R/F1 and accuracy over the `with` and `without` snippets; every missed `with` and
/// found `without` snippet goes to snippet-misses.tsv, every page's text to NAME.ours.json). Title, author and date are each
/// scored on the items whose gold states them: the title and the author match when equal after collapsing
/// whitespace and ignoring case (ours are all the authors found, joined with "; "; a gold author given as a
/// list of names matches when ours names every one of them; author misses go to author-misses.tsv),
/// the date when it is the same day. Each page is read with its URL (the
/// item's key, when it is one). `--peer readability | readability-lxml | all` runs the peers
/// (<see cref="ExtractionPeer"/>, text only) on the same pages and prints the ratios ours ÷ theirs.
/// </summary>
public static class ExtractSnippetsTask
{
    private const int WorstShown = 10;

    public static int Run(BenchOptions o)
    {
        var goldPath = Path.Combine(o.Gold, "evaldata.json");
        if (!File.Exists(goldPath))
        {
            Console.Error.WriteLine($"error: {goldPath} not found (--gold takes the trafilatura-eval folder)");
            return 1;
        }
        if (ExtractionPeer.Select(o.Peer) is not { } peers) return 1;
        var gold = JsonSerializer.Deserialize<Dictionary<string, GoldItem>>(File.ReadAllText(goldPath))!;
        var items = gold.Take(o.Limit ?? int.MaxValue)
            .Select(x => (Key: x.Key, Item: x.Value, Path: Path.Combine(o.Gold, "html", x.Value.file + ".gz")))
            .Where(x => File.Exists(x.Path)).ToList();

        var oursScore = new SnippetScorer();
        var worst = new List<(int Missed, int Unwanted, string Key)>();
        var title = new FieldScore();
        var author = new FieldScore();
        var date = new FieldScore();
        var authorMisses = new List<string>();
        var snippetMisses = new List<string>();
        var texts = new Dictionary<string, string>();
        foreach (var (key, item, path) in items)
        {
            var page = HtmlPageReader.Read(ExtractAebTask.Gunzip(path), out _, Url(key));
            var (missed, unwanted) = oursScore.AddWithMisses(page?.Text ?? "", item.with, item.without);
            worst.Add((missed.Count, unwanted.Count, key));
            texts[item.file] = page?.Text ?? "";
            snippetMisses.AddRange(missed.Select(s => $"missed\t{item.file}\t{SnippetScorer.Collapse(s)}"));
            snippetMisses.AddRange(unwanted.Select(s => $"unwanted\t{item.file}\t{SnippetScorer.Collapse(s)}"));
            title.Add(item.title, page?.Title, SameText);
            var authors = page is { Authors.Count: > 0 } ? string.Join("; ", page.Authors) : null;
            if (author.Add(AuthorText(item.author), authors, SameAuthor) == false)
                authorMisses.Add($"{authors ?? "-"}\t{AuthorText(item.author)}\t{item.file}\t{key}");
            date.Add(item.date, page?.Published is { IsFullDate: true } d ? d.ToString() : null, string.Equals);
        }

        var rows = new List<(string System, SnippetScorer Score)> { ("ours", oursScore) };
        foreach (var peer in peers)
        {
            if (peer.Run(items.Select(x => new ExtractionPeer.Page(x.Key, x.Path, Url(x.Key))), 1) is not { } result) return 1;
            var score = new SnippetScorer();
            foreach (var (key, item, _) in items) score.Add(result.Texts.GetValueOrDefault(key, ""), item.with, item.without);
            rows.Add((peer.Name, score));
        }

        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(o.Gold));
        Console.WriteLine($"extract-snippets: {items.Count} pages of {name}, micro-averaged over the snippets");
        Console.WriteLine();
        Console.WriteLine($"{"system",-18} {"F1",6} {"P",6} {"R",6} {"acc",6} {"TP",5} {"FP",5} {"FN",5} {"TN",5}");
        foreach (var (system, s) in rows)
            Console.WriteLine($"{system,-18} {s.F1,6:F3} {s.Precision,6:F3} {s.Recall,6:F3} {s.Accuracy,6:F3} {s.TruePositives,5} {s.FalsePositives,5} {s.FalseNegatives,5} {s.TrueNegatives,5}");
        foreach (var (system, s) in rows.Skip(1))
            Console.WriteLine($"ours ÷ {system}: F1 {oursScore.F1 / s.F1:F3}");
        Console.WriteLine();
        Console.WriteLine($"ours, metadata (right / items with a gold value): title {title}, author {author}, date {date}");
        var authorMissesPath = Path.Combine(Path.GetTempPath(), "sitrep-bench-extract", "author-misses.tsv");
        Directory.CreateDirectory(Path.GetDirectoryName(authorMissesPath)!);
        File.WriteAllLines(authorMissesPath, authorMisses);
        Console.WriteLine($"all {authorMisses.Count} author misses (ours, gold, file, key): {authorMissesPath}");
        var snippetMissesPath = Path.Combine(Path.GetDirectoryName(authorMissesPath)!, "snippet-misses.tsv");
        File.WriteAllLines(snippetMissesPath, snippetMisses);
        Console.WriteLine($"all {snippetMisses.Count} snippet misses (missed|unwanted, file, snippet): {snippetMissesPath}");
        var textsPath = Path.Combine(Path.GetDirectoryName(authorMissesPath)!, $"{name}.ours.json");
        File.WriteAllText(textsPath, JsonSerializer.Serialize(texts));
        Console.WriteLine($"ours: text of every page (file: text) in {textsPath}");
        Console.WriteLine();
        Console.WriteLine($"ours: {WorstShown} worst pages (with-snippets missed, without-snippets found)");
        foreach (var (missed, unwanted, key) in worst.OrderByDescending(w => w.Missed + w.Unwanted).Take(WorstShown))
            Console.WriteLine($"  missed {missed}  unwanted {unwanted}  {key}");

        var metrics = new Dictionary<string, object>
        {
            ["task"] = "extract-snippets",
            ["gold"] = name,
            ["pages"] = items.Count,
            ["f1"] = Math.Round(oursScore.F1, 4),
            ["precision"] = Math.Round(oursScore.Precision, 4),
            ["recall"] = Math.Round(oursScore.Recall, 4),
            ["accuracy"] = Math.Round(oursScore.Accuracy, 4),
            ["title"] = Math.Round(title.Accuracy, 4),
            ["author"] = Math.Round(author.Accuracy, 4),
            ["date"] = Math.Round(date.Accuracy, 4),
        };
        foreach (var (system, s) in rows.Skip(1))
        {
            metrics[$"{system}F1"] = Math.Round(s.F1, 4);
            metrics[$"{system}F1Ratio"] = Math.Round(oursScore.F1 / s.F1, 4);
        }
        Console.WriteLine(JsonSerializer.Serialize(metrics));
        return 0;
    }

    private sealed record GoldItem(string file, string[] with, string[] without, string? title, JsonElement author, string? date);

    /// <summary>One metadata field's accuracy over the items whose gold value is not empty.</summary>
    private sealed class FieldScore
    {
        private int _right, _items;

        public double Accuracy => _items == 0 ? 0 : (double)_right / _items;

        /// <summary>Scores one item: whether ours is right, or null when the gold states nothing.</summary>
        public bool? Add(string? gold, string? ours, Func<string, string, bool> same)
        {
            if (string.IsNullOrWhiteSpace(gold)) return null;
            _items++;
            if (ours is null || !same(gold, ours)) return false;
            _right++;
            return true;
        }

        public override string ToString() => $"{Accuracy:F3} ({_right}/{_items})";
    }

    private static bool SameText(string gold, string ours) =>
        string.Equals(SnippetScorer.Collapse(gold), SnippetScorer.Collapse(ours), StringComparison.OrdinalIgnoreCase);

    /// <summary>The gold author as one string; a list of names is joined with "; ".</summary>
    private static string? AuthorText(JsonElement author) => author.ValueKind switch
    {
        JsonValueKind.String => author.GetString(),
        JsonValueKind.Array => string.Join("; ", author.EnumerateArray().Select(a => a.GetString())),
        _ => null,
    };

    /// <summary>
    /// A single gold name is our first author's; a gold list ("A; B", "A, B", "A and B") is matched when ours
    /// names every one of its names.
    /// </summary>
    private static bool SameAuthor(string gold, string ours)
    {
        var names = ours.Split("; ");
        var goldNames = gold.Split(["; ", ", ", " and ", " und "], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (goldNames.Length <= 1) return SameText(gold, names[0]);
        return goldNames.All(name => names.Any(n => SameText(name, n)));
    }

    private static string? Url(string key) => key.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? key : null;
}
