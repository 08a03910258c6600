using Sitrep.Nlp.Corpora;
using Xunit;

namespace Sitrep.Nlp.Tests.Corpora;

public class TimexScorerTests
{
    private static TimeMlTimex T(int start, int end, string type = "DATE", string value = "2021-08-31", string text = "", string? function = null) =>
        new("t", type, value, null, null, function, start, end, text);

    [Fact]
    public void Exact_extents_are_strict_and_relaxed_matches()
    {
        var s = new TimexScorer();
        s.Add("d", [T(0, 5), T(10, 20, "DURATION", "P2D")], [T(0, 5), T(10, 20, "DURATION", "P2D")]);
        var c = s.Counts();
        Assert.Equal(new TimexCounts(2, 2, 2, 2, 2, 2), c);
        Assert.Equal(1.0, c.StrictF1);
        Assert.Equal(1.0, c.ValueF1);
    }

    [Fact]
    public void Overlap_is_relaxed_but_not_strict()
    {
        var s = new TimexScorer();
        s.Add("d", [T(10, 20)], [T(14, 20)]);
        var c = s.Counts();
        Assert.Equal((1, 0), (c.Relaxed, c.Strict));
        Assert.Equal(0.0, c.StrictF1);
        Assert.Equal(1.0, c.RelaxedF1);
    }

    [Fact]
    public void Touching_extents_do_not_overlap()
    {
        var s = new TimexScorer();
        s.Add("d", [T(10, 20)], [T(20, 25)]);
        Assert.Equal(new TimexCounts(1, 1, 0, 0, 0, 0), s.Counts());
        Assert.Equal(2, s.Pairs.Count);
    }

    [Fact]
    public void Matches_are_one_to_one_so_a_split_gold_timex_yields_one_match_and_one_spurious()
    {
        // Gold "March 3, 1998" (0-13); system "March 3" (0-7) and "1998" (9-13).
        var s = new TimexScorer();
        s.Add("d", [T(0, 13)], [T(0, 7), T(9, 13)]);
        var c = s.Counts();
        Assert.Equal((1, 2, 1), (c.Gold, c.System, c.Relaxed));
        Assert.Equal(0.5, c.Precision(c.Relaxed));
        Assert.Equal(1.0, c.Recall(c.Relaxed));
        Assert.Equal(0, s.Pairs.Single(p => p.IsMatch).System!.Start); // the larger overlap wins
    }

    [Fact]
    public void An_exact_match_wins_over_an_equal_overlap()
    {
        // Gold "Friday" (0-6); system "Friday night" (0-12) listed first, and "Friday" (0-6).
        var s = new TimexScorer();
        s.Add("d", [T(0, 6)], [T(0, 12), T(0, 6)]);
        var c = s.Counts();
        Assert.Equal((1, 1, 2), (c.Strict, c.Relaxed, c.System));
    }

    [Fact]
    public void Type_and_value_are_judged_on_relaxed_matches()
    {
        var s = new TimexScorer();
        s.Add("d",
            [T(0, 5, "DATE", "1998-01-08"), T(10, 15, "DATE", "1998-01"), T(20, 25, "DURATION", "P1W"), T(30, 35, "DATE", "1998")],
            [T(0, 5, "DATE", "1998-01-08"), T(11, 15, "DATE", "1998-02"), T(20, 25, "DATE", "P1W"), T(40, 45, "DATE", "1999")]);
        var c = s.Counts();
        Assert.Equal(new TimexCounts(4, 4, 2, 3, 2, 2), c);
        Assert.Equal(2.0 / 3, c.ValueAccuracy, 6);
        Assert.Equal(0.5, c.ValueF1);        // P = R = 2/4
        Assert.Equal(0.75, c.RelaxedF1);     // P = R = 3/4
        Assert.Equal(0.5, c.TypeF1);
    }

    [Fact]
    public void Counts_are_summed_over_documents()
    {
        var s = new TimexScorer();
        s.Add("a", [T(0, 5)], [T(0, 5)]);
        s.Add("b", [T(0, 5), T(10, 15), T(20, 25)], []);
        var c = s.Counts();
        Assert.Equal((4, 1, 1), (c.Gold, c.System, c.Relaxed));
        Assert.Equal(0.25, c.Recall(c.Relaxed)); // micro: 1/4, not the mean of 1 and 0
    }

    [Fact]
    public void The_dct_is_left_out_of_both_sides()
    {
        var dct = T(0, 8, function: "CREATION_TIME");
        var s = new TimexScorer();
        s.Add("d", [dct, T(20, 25)], [T(0, 8), T(20, 25)], dct);
        Assert.Equal(new TimexCounts(1, 1, 1, 1, 1, 1), s.Counts());
    }

    [Fact]
    public void Per_type_counts_need_both_sides_of_that_type()
    {
        var s = new TimexScorer();
        s.Add("d", [T(0, 5, "DATE", "1998"), T(10, 15, "DURATION", "P1D"), T(20, 25, "DATE", "1998-02")],
                   [T(0, 5, "DATE", "1998"), T(10, 15, "DATE", "1998-01-07"), T(20, 25, "DATE", "1998-03")]);
        var date = s.Counts("DATE");
        Assert.Equal((2, 3, 2, 1), (date.Gold, date.System, date.Relaxed, date.ValueCorrect));
        Assert.Equal(0.4, date.ValueF1, 6); // P 1/3, R 1/2
        var duration = s.Counts("DURATION");
        Assert.Equal((1, 0, 0), (duration.Gold, duration.System, duration.Relaxed));
    }

    [Fact]
    public void Non_consuming_timexes_are_not_scored()
    {
        var s = new TimexScorer();
        s.Add("d", [T(5, 5)], [T(7, 7)]);
        Assert.Empty(s.Pairs);
    }

    [Theory]
    [InlineData("DATE", "1998-01-08", "January 8, 1998", TimexValueClass.FullDate)]
    [InlineData("DATE", "1998-01-08", "Thursday", TimexValueClass.Weekday)]
    [InlineData("DATE", "1998-01-07", "yesterday", TimexValueClass.Deictic)]
    [InlineData("DATE", "1998-01", "January", TimexValueClass.Month)]
    [InlineData("DATE", "1998", "last year", TimexValueClass.Year)]
    [InlineData("DATE", "BC0218", "218 BC", TimexValueClass.YearBc)]
    [InlineData("DATE", "199", "the 1990s", TimexValueClass.DecadeCentury)]
    [InlineData("DATE", "19", "the 20th century", TimexValueClass.DecadeCentury)]
    [InlineData("DATE", "1998-W02", "last week", TimexValueClass.Week)]
    [InlineData("DATE", "1998-Q1", "the first quarter", TimexValueClass.SeasonQuarter)]
    [InlineData("DATE", "1998-SU", "summer", TimexValueClass.SeasonQuarter)]
    [InlineData("DATE", "XXXX-09-11", "September 11", TimexValueClass.Underspecified)]
    [InlineData("DATE", "PAST_REF", "recently", TimexValueClass.Reference)]
    [InlineData("TIME", "1998-01-08T18:30", "6:30 p.m.", TimexValueClass.Time)]
    [InlineData("TIME", "1998-01-08TEV", "this evening", TimexValueClass.Time)]
    [InlineData("DURATION", "P20Y", "20 years", TimexValueClass.Duration)]
    [InlineData("DURATION", "PT2H", "two hours", TimexValueClass.Duration)]
    [InlineData("SET", "P1Y", "every year", TimexValueClass.Set)]
    [InlineData("DATE", "null", "this period", TimexValueClass.NoValue)]
    [InlineData("DATE", "", "", TimexValueClass.NoValue)]
    [InlineData("DATE", "1998-W05-WE", "the weekend", TimexValueClass.Other)]
    public void Value_classes_follow_the_shape_of_the_value(string type, string value, string text, string expected) =>
        Assert.Equal(expected, TimexValueClass.Of(type, value, text));
}
