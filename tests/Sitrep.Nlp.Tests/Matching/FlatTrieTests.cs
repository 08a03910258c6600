using Sitrep.Nlp.Matching;
using Sitrep.Nlp.Tokens;
using Xunit;

namespace Sitrep.Nlp.Tests.Matching;

/// <summary>
/// The flat phrase matcher against the trie of per-node dictionaries it replaced (kept here as the
/// reference): every lookup must give the same span and the same values in the same order, whether
/// phrases are added as text, as plain words or as stored folded keys.
/// </summary>
public class FlatTrieTests
{
    private sealed class ReferenceMatcher<T>
    {
        private sealed class Node
        {
            public Dictionary<string, Node>? Next;
            public List<T>? Values;
        }

        private readonly Node _root = new();

        public int Count { get; private set; }

        public void Add(string phrase, T value)
        {
            var tokens = Tokenizer.Tokenize(phrase);
            if (tokens.Length == 0) return;
            var node = _root;
            foreach (var t in tokens)
            {
                node.Next ??= new Dictionary<string, Node>(StringComparer.Ordinal);
                var key = TokenKey.Fold(t.Span(phrase));
                if (!node.Next.TryGetValue(key, out var child)) node.Next[key] = child = new Node();
                node = child;
            }
            node.Values ??= [];
            if (!node.Values.Contains(value)) { node.Values.Add(value); Count++; }
        }

        public PhraseMatch<T>? LongestAt(string[] keys, int start, int limit)
        {
            var node = _root;
            PhraseMatch<T>? best = null;
            for (int i = start; i < limit; i++)
            {
                if (node.Next is null || !node.Next.TryGetValue(keys[i], out var child)) break;
                node = child;
                if (node.Values is not null) best = new PhraseMatch<T>(start, i + 1, node.Values);
            }
            return best;
        }
    }

    private static readonly string[] Names =
    [
        "Kabul", "KABUL", "Kābul", "Lashkar Gāh", "Lashkar Gah", "New York", "New York City", "New York Times", "York",
        "Sar-e Pul", "Sar‐e Pul", "O'Neill", "O’Neill", "U.S.", "U.S.A.", "US", "St. Louis", "St Louis", "Washington, D.C.",
        "Côte d'Ivoire", "Cote d’Ivoire", "São Tomé and Príncipe", "Ağrı", "Łódź", "Ho Chi Minh City", "Hồ Chí Minh",
        "Bosnia and Herzegovina", "Guinea-Bissau", "Guinea", "Niger", "Nigeria", "the Hague", "The Hague", "Hague",
        "1st Division", "9/11", "Al Qaeda", "al-Qaeda", "Al-Qaeda in the Islamic Maghreb", "Dallas", "dallas", "DALLAS",
        "  Spaced   Out  ", "", " ", "-", "Gen. Petraeus", "John F. Kennedy", "Kennedy", "Mc Donald's", "don't", "Ras al-Khaimah",
        "Zürich", "Zurich", "Mexico", "New Mexico", "Mexico City", "Papua New Guinea", "Guinea Bissau",
    ];

    private static readonly string[] Texts =
    [
        "The New York Times reached LASHKAR GAH and York, then Kabul, Kābul and Sar-e Pul on 9/11.",
        "O’Neill met officials in Washington, D.C. and St. Louis; the U.S.A. and the US (U.S.) agreed.",
        "Côte d'Ivoire, Cote d’Ivoire and São Tomé and Príncipe; Ho Chi Minh City and Hồ Chí Minh.",
        "Al-Qaeda in the Islamic Maghreb and al-Qaeda in Guinea-Bissau, Guinea Bissau, Papua New Guinea and Niger.",
        "John F. Kennedy and Gen. Petraeus in New Mexico, Mexico City, Zürich and dallas. Spaced Out in the Hague.",
    ];

    private static (ReferenceMatcher<int> Reference, PhraseMatcher<int> Text, PhraseMatcher<int> Folded) Build(IEnumerable<string> names)
    {
        var reference = new ReferenceMatcher<int>();
        var text = new PhraseMatcher<int>();
        var folded = new PhraseMatcher<int>(1000);
        int i = 0;
        foreach (var name in names)
        {
            // Several values per name, some shared: value order must follow the order of first addition.
            foreach (var value in new[] { i % 7, i, i % 3 })
            {
                reference.Add(name, value);
                text.Add(name, value);
                folded.AddFolded(TokenKey.FoldPhrase(name), value);
            }
            i++;
        }
        return (reference, text, folded);
    }

    private static string Show(PhraseMatch<int>? m) => m is { } x ? $"{x.StartToken}-{x.EndToken}:{string.Join(",", x.Values)}" : "-";

    private static void AssertSameLookups(ReferenceMatcher<int> reference, PhraseMatcher<int> matcher, string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var keys = PhraseMatcher<int>.Keys(text, tokens);
        for (int start = 0; start < tokens.Length; start++)
            for (int limit = start; limit <= tokens.Length; limit++)
                Assert.Equal(Show(reference.LongestAt(keys, start, limit)), Show(matcher.LongestAt(keys, start, limit)));
    }

    [Fact]
    public void Gives_the_same_matches_as_the_dictionary_trie()
    {
        var (reference, text, folded) = Build(Names);
        Assert.Equal(reference.Count, text.Count);
        Assert.Equal(reference.Count, folded.Count);
        foreach (var t in Texts.Concat(Names))
        {
            AssertSameLookups(reference, text, t);
            AssertSameLookups(reference, folded, t);
        }
    }

    [Fact]
    public void Gives_the_same_matches_when_large()
    {
        // Enough phrases to grow the edge table and fill several value pages.
        var rnd = new Random(7);
        string Word() => new([.. Enumerable.Range(0, rnd.Next(1, 4)).Select(_ => (char)('a' + rnd.Next(6)))]);
        var names = Enumerable.Range(0, 12_000).Select(_ => string.Join(rnd.Next(5) == 0 ? "-" : " ", Enumerable.Range(0, rnd.Next(1, 4)).Select(_ => Word()))).ToList();
        var (reference, text, folded) = Build(names);
        Assert.Equal(reference.Count, text.Count);
        Assert.Equal(reference.Count, folded.Count);
        for (int k = 0; k < 300; k++)
        {
            var sample = string.Join(" ", Enumerable.Range(0, 8).Select(_ => rnd.Next(3) == 0 ? Word().ToUpperInvariant() : names[rnd.Next(names.Count)]));
            AssertSameLookups(reference, text, sample);
            AssertSameLookups(reference, folded, sample);
        }
    }

    [Theory]
    [InlineData("Lashkar Gāh", "LASHKAR GAH")]
    [InlineData("O’Neill", "O'NEILL")]
    [InlineData("Washington, D.C.", "WASHINGTON , D.C.")]
    [InlineData("  New   York ", "NEW YORK")]
    [InlineData("McDonald's", "MCDONALD 'S")]
    [InlineData("", "")]
    public void Folds_a_phrase_into_stored_keys(string phrase, string keys) => Assert.Equal(keys, TokenKey.FoldPhrase(phrase));

    [Theory]
    [InlineData("kabul", "KABUL")]
    [InlineData("Kabul", "KABUL")]
    [InlineData("KABUL", "KABUL")]
    [InlineData("al-Qaeda's", "AL-QAEDA'S")]
    [InlineData("Zürich", "ZURICH")]
    public void Folds_ascii_and_other_words_as_before(string word, string key) => Assert.Equal(key, TokenKey.Fold(word));
}
