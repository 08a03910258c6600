using Sitrep.Nlp.Tokens;
using Xunit;

namespace Sitrep.Nlp.Tests.Tokens;

public class TokenizerTests
{
    private static string[] Words(string text) => Tokenizer.Tokenize(text).Select(t => t.Text(text)).ToArray();

    [Theory]
    [InlineData("The U.S. envoy left.", "The|U.S.|envoy|left|.")]
    [InlineData("Gen. Mark Ruiz and Sept. talks", "Gen.|Mark|Ruiz|and|Sept.|talks")]
    [InlineData("John F. Kennedy Jr. spoke", "John|F.|Kennedy|Jr.|spoke")]
    [InlineData("It cost $ 2 trillion and 2,350 lives", "It|cost|$|2|trillion|and|2,350|lives")]
    [InlineData("a 3.5% rise", "a|3.5|%|rise")]
    [InlineData("by 9/11 or 7/22/2021", "by|9/11|or|7/22/2021")]
    [InlineData("the 20th anniversary of the 201st base", "the|20th|anniversary|of|the|201st|base")]
    [InlineData("see https://example.org/a?b=1, then", "see|https://example.org/a?b=1|,|then")]
    [InlineData("mail desk@example.org now", "mail|desk@example.org|now")]
    [InlineData("#Kabul trends", "#Kabul|trends")]
    [InlineData("Sar-e Pul and O'Neill", "Sar-e|Pul|and|O'Neill")]
    [InlineData("the group’s fighters", "the|group|’s|fighters")]
    [InlineData("“We agree,” he said.", "“|We|agree|,|”|he|said|.")]
    [InlineData("– And the region?", "–|And|the|region|?")]
    [InlineData("Wait... what", "Wait|...|what")]
    [InlineData("• First point", "•|First|point")]
    [InlineData("10:30 talks", "10:30|talks")]
    [InlineData("They don't, can't or isn’t", "They|do|n't|,|ca|n't|or|is|n’t")]
    [InlineData("Sen. Lindsey Graham (R-S.C.) said", "Sen.|Lindsey|Graham|(|R-S.C.|)|said")]
    [InlineData("\"We agree,\" he said.", "\"|We|agree|,|\"|he|said|.")]
    [InlineData("— Will you stay?\n— Yes.", "—|Will|you|stay|?|—|Yes|.")]
    [InlineData("Mr. Blinken met Dr. Khalilzad in St. Petersburg", "Mr.|Blinken|met|Dr.|Khalilzad|in|St.|Petersburg")]
    [InlineData("U.N. Secretary-General Guterres at 4 p.m. local time", "U.N.|Secretary-General|Guterres|at|4|p.m.|local|time")]
    [InlineData("@StateDept tweeted", "@StateDept|tweeted")]
    public void Splits_news_text_into_tokens(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Words(text));

    [Fact]
    public void Every_token_points_back_into_the_text()
    {
        const string text = "  Kabul, 22 July — the U.S. said: “no.”\n\nNext";
        foreach (var t in Tokenizer.Tokenize(text))
        {
            Assert.InRange(t.Start, 0, text.Length);
            Assert.True(t.End > t.Start && t.End <= text.Length);
            Assert.False(string.IsNullOrWhiteSpace(t.Text(text)));
        }
    }

    [Theory]
    [InlineData("9/11", TokenKind.Number)]
    [InlineData("https://a.org", TokenKind.Url)]
    [InlineData("a@b.org", TokenKind.Email)]
    [InlineData("Kabul", TokenKind.Word)]
    [InlineData("$", TokenKind.Symbol)]
    [InlineData(",", TokenKind.Punctuation)]
    public void Classifies_tokens(string text, TokenKind kind) => Assert.Equal(kind, Tokenizer.Tokenize(text).Single().Kind);
}
