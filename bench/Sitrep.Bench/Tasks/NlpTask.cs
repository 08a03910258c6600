using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Sitrep.Ingest.Sources;
using Sitrep.Nlp.Entities;
using Sitrep.Nlp.Parsing;
using Sitrep.Nlp.Tagging;
using Sitrep.Nlp.Tokens;

namespace Sitrep.Bench.Tasks;

/// <summary>
/// `nlp`: the whole NLP core on raw article text, one thread, warm — tokenizer and sentence splitter ("tokenize"),
/// POS tagger, NER, and the dependency parser on the predicted tags — with each stage's share of the
/// time. The issue-3 target is ≥ 50,000 tokens/s for all of it on one core.
/// </summary>
public static class NlpTask
{
    public static int Run(BenchOptions o)
    {
        var load = Stopwatch.StartNew();
        var tagger = PosTagger.Default;
        var recognizer = EntityRecognizer.Default;
        var parser = DependencyParser.Default;
        load.Stop();

        var texts = ArticleSource.Read([o.Gold]).Where(r => r.Article is not null).Select(r => r.Article!.Text).ToList();
        if (texts.Count == 0)
        {
            Console.Error.WriteLine($"error: {o.Gold}: no article could be read");
            return 1;
        }
        var work = Enumerable.Range(0, o.Repeat).SelectMany(_ => texts);
        if (o.Limit is { } limit) work = work.Take(limit);
        var inputs = work.ToList();

        Run(inputs.Take(5).ToList(), tagger, recognizer, parser, new Stopwatch[4]); // warm-up: JIT and first-touch costs
        var clocks = Enumerable.Range(0, 4).Select(_ => new Stopwatch()).ToArray();
        long tokens = Run(inputs, tagger, recognizer, parser, clocks);
        double total = clocks.Sum(c => c.Elapsed.TotalSeconds);

        string[] stages = ["tokenize", "pos", "ner", "parse"];
        var metrics = new Dictionary<string, object>
        {
            ["task"] = "nlp",
            ["gold"] = Path.GetFileName(Path.TrimEndingDirectorySeparator(o.Gold)),
            ["articles"] = inputs.Count,
            ["tokens"] = tokens,
            ["tokensPerSecond"] = Math.Round(tokens / total),
        };
        for (int i = 0; i < stages.Length; i++)
            metrics[stages[i] + "TokensPerSecond"] = Math.Round(tokens / clocks[i].Elapsed.TotalSeconds);
        metrics["modelLoadSeconds"] = Math.Round(load.Elapsed.TotalSeconds, 2);

        Console.WriteLine($"{"stage",-18} {"seconds",8} {"share",6} {"tokens/s",10}");
        for (int i = 0; i < stages.Length; i++)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{stages[i],-18} {clocks[i].Elapsed.TotalSeconds,8:F2} {clocks[i].Elapsed.TotalSeconds / total,6:P0} {tokens / clocks[i].Elapsed.TotalSeconds,10:N0}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"all",-18} {total,8:F2} {1,6:P0} {tokens / total,10:N0}"));
        Console.WriteLine(JsonSerializer.Serialize(metrics));
        return 0;
    }

    private static long Run(List<string> texts, PosTagger tagger, EntityRecognizer recognizer, DependencyParser parser, Stopwatch[] clocks)
    {
        for (int i = 0; i < clocks.Length; i++) clocks[i] ??= new Stopwatch();
        long tokens = 0;
        foreach (var text in texts)
        {
            clocks[0].Start();
            var toks = Tokenizer.Tokenize(text);
            var sentences = SentenceSplitter.Split(text, toks);
            clocks[0].Stop();
            tokens += toks.Length;

            var tags = new PosTags[sentences.Length];
            clocks[1].Start();
            for (int s = 0; s < sentences.Length; s++)
                tags[s] = tagger.Tag(text, toks.AsSpan(sentences[s].FirstToken, sentences[s].TokenCount));
            clocks[1].Stop();

            clocks[2].Start();
            recognizer.Recognize(text, toks, sentences);
            clocks[2].Stop();

            clocks[3].Start();
            for (int s = 0; s < sentences.Length; s++)
            {
                var sentence = sentences[s];
                var words = new string[sentence.TokenCount];
                var upos = new string[sentence.TokenCount];
                var xpos = new string[sentence.TokenCount];
                for (int k = 0; k < words.Length; k++)
                {
                    words[k] = toks[sentence.FirstToken + k].Text(text);
                    upos[k] = tags[s].Upos(k);
                    xpos[k] = tags[s].Xpos(k);
                }
                parser.Parse(words, upos, xpos);
            }
            clocks[3].Stop();
        }
        return tokens;
    }
}
