using Sitrep.Nlp.Corpora;

namespace Sitrep.Bench.Tasks;

/// <summary>The gold sentences of a CoNLL-U --gold file, up to --limit; null (after saying why) when none could be read.</summary>
internal static class GoldTreebank
{
    public static List<ConlluSentence>? Read(BenchOptions o)
    {
        IEnumerable<ConlluSentence> read = ConlluReader.Read(o.Gold);
        if (o.Limit is { } limit) read = read.Take(limit);
        var gold = read.ToList();
        if (gold.Count == 0) Console.Error.WriteLine($"error: {o.Gold}: no sentence could be read");
        return gold.Count == 0 ? null : gold;
    }
}
