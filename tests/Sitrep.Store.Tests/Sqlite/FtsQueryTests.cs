using Sitrep.Store.Sqlite;
using Xunit;

namespace Sitrep.Store.Tests.Sqlite;

public class FtsQueryTests
{
    [Theory]
    [InlineData("taliban kabul", "\"taliban\" \"kabul\"")]
    [InlineData("  U.S.   9/11 ", "\"U.S.\" \"9/11\"")]
    [InlineData("AND OR NOT", "\"AND\" \"OR\" \"NOT\"")]
    [InlineData("NEAR(a b)", "\"NEAR(a\" \"b)\"")]
    [InlineData("\"Kabul airport\" evacuation", "\"Kabul airport\" \"evacuation\"")]
    [InlineData("before \"the airport\" after \"the city\"", "\"before\" \"the airport\" \"after\" \"the city\"")]
    [InlineData("afghan*", "\"afghan\" *")]
    [InlineData("*", "\"*\"")]
    [InlineData("kabul \"", "\"kabul\"")]
    [InlineData("\"unclosed phrase", "\"unclosed\" \"phrase\"")]
    [InlineData("it\"s", "\"it\" \"s\"")]
    [InlineData("", null)]
    [InlineData(" \" \" ", null)]
    public void Quotes_every_term(string input, string? expected) =>
        Assert.Equal(expected, FtsQuery.ToMatchExpression(input));
}

public class FtsQueryLimitTests
{
    [Fact]
    public void A_term_repeated_is_kept_once_whatever_its_case()
    {
        var query = string.Join(' ', Enumerable.Repeat("Kabul kabul KABUL \"the airport\" \"The Airport\"", 2000));

        Assert.Equal("\"Kabul\" \"the airport\"", FtsQuery.ToMatchExpression(query));
    }

    [Fact]
    public void A_prefix_and_a_word_are_different_terms()
    {
        Assert.Equal("\"afghan\" * \"afghan\"", FtsQuery.ToMatchExpression("afghan* afghan afghan*"));
    }

    [Fact]
    public void Too_many_different_terms_are_refused_with_the_count()
    {
        var query = string.Join(' ', Enumerable.Range(0, 40).Select(i => $"word{i}"));

        var error = Assert.Throws<ArgumentException>(() => FtsQuery.ToMatchExpression(query));

        Assert.Equal($"query too long: 40 different words or phrases (at most {FtsQuery.MaxTerms})", error.Message);
        Assert.NotNull(FtsQuery.ToMatchExpression(string.Join(' ', Enumerable.Range(0, FtsQuery.MaxTerms).Select(i => $"word{i}"))));
    }

    [Theory]
    [InlineData("\"a b c d e f g h i j k l m n o p q r s t u v w x y z aa bb cc dd ee ff gg hh\"", 34)]
    [InlineData("a-b-c-d-e-f-g-h-i-j-k-l-m-n-o-p-q-r-s-t-u-v-w-x-y-z-aa-bb-cc-dd-ee-ff-gg", 33)]
    public void A_phrase_of_too_many_words_is_refused(string query, int words)
    {
        var error = Assert.Throws<ArgumentException>(() => FtsQuery.ToMatchExpression(query));

        Assert.Equal($"query too long: a phrase of {words} words (at most {FtsQuery.MaxPhraseTokens})", error.Message);
    }
}
