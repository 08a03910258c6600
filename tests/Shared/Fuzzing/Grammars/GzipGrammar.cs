namespace Sitrep.Tests.Fuzzing;

/// <summary>
/// Single gzipped documents (page.html.gz, a.jsonl.gz, feed.xml.gz, …): a document of any format, mutated half the
/// time before compression, in one gzip member or several; mutation then damages the compressed bytes (truncation
/// included, the commonest real-world fault).
/// </summary>
public sealed class GzipGrammar : IFuzzGrammar
{
    public static readonly GzipGrammar Instance = new();

    private static readonly IFuzzGrammar[] Inner = [HtmlGrammar.Instance, TextGrammar.Instance, JsonLinesGrammar.Instance, CsvGrammar.Instance, FeedGrammar.Instance, SitemapGrammar.Instance];

    private IReadOnlyList<FuzzSeed>? _seeds;

    public bool Binary => true;

    public IReadOnlyList<FuzzSeed> Seeds => _seeds ??= Inner.SelectMany(g => g.Seeds).Select(s => new FuzzSeed(s.Name + ".gz", WarcGrammar.Gzip(s.Bytes))).ToList();

    public IReadOnlyList<string> NastyTokens { get; } = ["\u001f\u008b\u0008\u0000", "\0\0\0\0", "\u00ff\u00ff\u00ff\u00ff"];

    public FuzzSeed Generate(Random random)
    {
        var grammar = FuzzText.Pick(random, Inner);
        var doc = random.Next(3) == 0 ? FuzzText.Pick(random, grammar.Seeds) : grammar.Generate(random);
        var bytes = random.Next(2) == 0 ? Mutations.Apply(doc.Bytes, random, grammar, []) : doc.Bytes;
        byte[] gz = random.Next(6) switch
        {
            // Several members, as concatenated .gz files are: a reader must read them all, or say why not.
            0 => [.. WarcGrammar.Gzip(bytes[..(bytes.Length / 2)]), .. WarcGrammar.Gzip(bytes[(bytes.Length / 2)..])],
            1 => WarcGrammar.Gzip(WarcGrammar.Gzip(bytes)),
            _ => WarcGrammar.Gzip(bytes),
        };
        return new FuzzSeed(doc.Name + ".gz", gz);
    }
}
