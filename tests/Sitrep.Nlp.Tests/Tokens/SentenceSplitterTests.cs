using Sitrep.Nlp.Tokens;
using Xunit;

namespace Sitrep.Nlp.Tests.Tokens;

public class SentenceSplitterTests
{
    private static string[] Sentences(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        return SentenceSplitter.Split(text, tokens).Select(s => text[s.Start..s.End]).ToArray();
    }

    [Theory]
    [InlineData("The envoy arrived. Talks began.", "The envoy arrived.|Talks began.")]
    [InlineData("Gen. Ruiz arrived. He spoke.", "Gen. Ruiz arrived.|He spoke.")]
    [InlineData("Troops left the U.S. base on Monday.", "Troops left the U.S. base on Monday.")]
    [InlineData("They left the U.S. The talks went on.", "They left the U.S.|The talks went on.")]
    [InlineData("“We will stay,” he said. Nobody believed it.", "“We will stay,” he said.|Nobody believed it.")]
    [InlineData("Is it over? “No.” She left!", "Is it over?|“No.”|She left!")]
    [InlineData("Headline without a stop\nBody starts here.", "Headline without a stop|Body starts here.")]
    [InlineData("• First point\n• Second point", "• First point|• Second point")]
    [InlineData("It cost 3.5 million. Prices rose.", "It cost 3.5 million.|Prices rose.")]
    [InlineData("He wrote to John F. Kennedy.", "He wrote to John F. Kennedy.")]
    [InlineData("Paragraph one ends here.\nParagraph two starts here.", "Paragraph one ends here.|Paragraph two starts here.")]
    [InlineData("— Will you stay?\n— Yes, until May.", "— Will you stay?|— Yes, until May.")]
    [InlineData("He said... It was late.", "He said...|It was late.")]
    [InlineData("Sen. Lindsey Graham (R-S.C.) said so.", "Sen. Lindsey Graham (R-S.C.) said so.")]
    [InlineData("Mr. Blinken met Dr. Khalilzad. They talked.", "Mr. Blinken met Dr. Khalilzad.|They talked.")]
    public void Splits_sentences(string text, string expected) => Assert.Equal(expected.Split('|'), Sentences(text));

    [Fact]
    public void A_run_without_full_stops_or_line_breaks_is_cut_every_MaxTokens_tokens()
    {
        var text = string.Join(' ', Enumerable.Range(0, 2 * SentenceSplitter.MaxTokens + 10).Select(i => i % 7 == 0 ? "Kabul" : "word"));
        var sentences = SentenceSplitter.Split(text, Tokenizer.Tokenize(text));
        Assert.Equal([SentenceSplitter.MaxTokens, SentenceSplitter.MaxTokens, 10], sentences.Select(s => s.TokenCount));
        Assert.Equal(text, string.Join(' ', sentences.Select(s => text[s.Start..s.End])));
    }
}
