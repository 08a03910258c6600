using Sitrep.News.Documents;
using Sitrep.News.Tests.Pipeline;
using Xunit;

namespace Sitrep.News.Tests.Pipeline;

public class PublicationDateTests
{
    [Theory]
    [InlineData("US President Joe Biden said on Monday that the talks would go on.", "2021", "not before 2021-01-20")]
    [InlineData("The summit took place on March 3, 2018, and nothing has changed since.", "2018-03-03", "latest explicit date")]
    [InlineData("The withdrawal should be completed on August 31, 2030. The talks of March 2019 failed.", "2019-03", "latest explicit date")]
    public void Infers_the_date_of_an_undated_article(string text, string expected, string evidence)
    {
        var a = SharedPipeline.Analyze(Layers.Times, text, published: null);
        Assert.Equal(expected, a.Published?.ToString());
        Assert.True(a.PublishedInferred);
        Assert.Contains(evidence, a.PublishedEvidence);
    }

    [Theory]
    // A day written out: a week after it. A year: open above. A sitting officeholder: the term; a former one: open.
    [InlineData("The summit took place on March 3, 2018, and nothing has changed since.", "2018-03-03", "2018-03-10")]
    [InlineData("The base opened in 1999 and was expanded in 2004.", "2004-01-01", null)]
    [InlineData("Former President Donald Trump had promised an exit.", "2021-01-20", null)]
    public void An_inferred_date_carries_its_window(string text, string earliest, string? latest)
    {
        var a = SharedPipeline.Analyze(Layers.Times, text, published: null);
        Assert.NotNull(a.PublishedWindow);
        Assert.Equal(earliest, a.PublishedWindow.Earliest.ToString("yyyy-MM-dd"));
        Assert.Equal(latest, a.PublishedWindow.Latest?.ToString("yyyy-MM-dd"));
    }

    [Fact]
    public void A_sitting_officeholder_bounds_the_window_by_the_term()
    {
        var a = SharedPipeline.Analyze(Layers.Times, "US President Joe Biden said on Monday that the talks would go on.", published: null);
        Assert.Equal("2021-01-20", a.PublishedWindow!.Earliest.ToString("yyyy-MM-dd"));
    }

    [Fact]
    public void A_stated_date_is_kept_and_not_marked_inferred()
    {
        var a = SharedPipeline.Analyze(Layers.Times, "US President Joe Biden spoke on Monday.", "2022-03-04");
        Assert.Equal(("2022-03-04", false), (a.Published?.ToString(), a.PublishedInferred));
    }

    [Fact]
    public void Relative_times_are_resolved_against_the_inferred_date()
    {
        var a = SharedPipeline.Analyze(Layers.Times, "Former President Donald Trump had promised an exit. Troops stayed in May.", published: null);
        Assert.Equal("2021", a.Published?.ToString());
        Assert.Contains(a.Times, t => t.Text == "May" && t.Value == "2021-05");
    }
}
