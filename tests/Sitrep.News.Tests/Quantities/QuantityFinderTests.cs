using Sitrep.News.Quantities;
using Sitrep.Nlp.Tokens;
using Xunit;
using Sitrep.News.Documents;

namespace Sitrep.News.Tests.Quantities;

public class QuantityFinderTests
{
    private static Quantity? One(string text) =>
        new QuantityFinder().Find(text, Tokenizer.Tokenize(text), []).SingleOrDefault();

    [Theory]
    [InlineData("The war cost more than $ 2 trillion.", "more than $ 2 trillion", 2e12, "USD", "more than")]
    [InlineData("It evacuated about 8,000 Afghan citizens.", "about 8,000 Afghan citizens", 8000, "Afghan citizens", "about")]
    [InlineData("They hold 85% of the territory.", "85%", 85, "percent", null)]
    [InlineData("They hold 40 per cent of the land.", "40 per cent", 40, "percent", null)]
    [InlineData("Rebels took 174 areas overnight.", "174 areas", 174, "areas", null)]
    [InlineData("The base hosts 7,000 military personnel.", "7,000 military personnel", 7000, "military personnel", null)]
    [InlineData("Nearly 3.5 million people fled.", "Nearly 3.5 million people", 3.5e6, "people", "nearly")]
    [InlineData("At least twelve soldiers died.", "At least twelve soldiers", 12, "soldiers", "at least")]
    [InlineData("It has not more than 300 tanks left.", "not more than 300 tanks", 300, "tanks", "at most")]
    [InlineData("A loan of €40 billion was agreed.", "€40 billion", 4e10, "EUR", null)]
    public void Reads_value_unit_and_qualifier(string text, string span, double value, string unit, string? qualifier)
    {
        var q = One(text);
        Assert.NotNull(q);
        Assert.Equal((span, value, unit, qualifier), (q!.Text, q.Value, q.Unit, q.Qualifier));
        Assert.Equal(span, text[q.Start..q.End]);
    }

    [Theory]
    [InlineData("It happened on 9/11 in New York.")]
    [InlineData("The 201st base is large.")]
    [InlineData("The score was 3 to 1.")]
    [InlineData("Room 101.")]
    public void Skips_dates_ordinals_and_bare_numbers(string text) => Assert.Null(One(text));

    [Fact]
    public void Numbers_inside_any_excluded_span_are_skipped_whatever_the_spans_order_and_overlap()
    {
        const string text = "Officials said 300 people, 40 soldiers and 25 villagers fled.";
        int At(string s) => text.IndexOf(s, StringComparison.Ordinal);
        // Out of order and nested: "300" lies in the first span only, "40" in the wide one only.
        var exclude = new List<(int, int)> { (At("300"), At("300") + 3), (At("Officials"), At("40") + 2), (At("said"), At("said") + 4) };
        var found = new QuantityFinder().Find(text, Tokenizer.Tokenize(text), exclude);
        Assert.Equal(["25 villagers"], found.Select(q => q.Text));
    }
}
