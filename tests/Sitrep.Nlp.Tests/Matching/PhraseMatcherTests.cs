using Sitrep.Nlp.Matching;
using Sitrep.Nlp.Tokens;
using Xunit;

namespace Sitrep.Nlp.Tests.Matching;

public class PhraseMatcherTests
{
    private static List<string> Find(PhraseMatcher<string> matcher, string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var keys = PhraseMatcher<string>.Keys(text, tokens);
        return matcher.FindAll(keys, 0, tokens.Length)
            .Select(m => text[tokens[m.StartToken].Start..tokens[m.EndToken - 1].End] + "=" + string.Join(",", m.Values)).ToList();
    }

    [Fact]
    public void Finds_the_longest_phrase_case_and_accent_insensitively()
    {
        var m = new PhraseMatcher<string>();
        m.Add("Lashkar Gāh", "city");
        m.Add("New York", "city");
        m.Add("New York Times", "paper");
        m.Add("York", "town");
        Assert.Equal(["New York Times=paper", "LASHKAR GAH=city", "York=town"], Find(m, "The New York Times reached LASHKAR GAH and York."));
    }

    [Fact]
    public void Keeps_every_value_of_a_shared_name()
    {
        var m = new PhraseMatcher<string>();
        m.Add("Dallas", "TX");
        m.Add("Dallas", "OR");
        m.Add("dallas", "TX");
        Assert.Equal(["Dallas=TX,OR"], Find(m, "in Dallas"));
        Assert.Equal(2, m.Count);
    }

    [Theory]
    [InlineData("Sergeï", "SERGEI")]
    [InlineData("O’Neill", "O'NEILL")]
    [InlineData("KABUL", "KABUL")]
    public void Folds_keys(string word, string key) => Assert.Equal(key, TokenKey.Fold(word));
}
