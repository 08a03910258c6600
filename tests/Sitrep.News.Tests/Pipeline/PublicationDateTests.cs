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
        var a = SharedPipeline.Analyze(text, published: null);
        Assert.Equal(expected, a.Published?.ToString());
        Assert.True(a.PublishedInferred);
        Assert.Contains(evidence, a.PublishedEvidence);
    }

    [Fact]
    public void A_stated_date_is_kept_and_not_marked_inferred()
    {
        var a = SharedPipeline.Analyze("US President Joe Biden spoke on Monday.", "2022-03-04");
        Assert.Equal(("2022-03-04", false), (a.Published?.ToString(), a.PublishedInferred));
    }

    [Fact]
    public void Relative_times_are_resolved_against_the_inferred_date()
    {
        var a = SharedPipeline.Analyze("Former President Donald Trump had promised an exit. Troops stayed in May.", published: null);
        Assert.Equal("2021", a.Published?.ToString());
        Assert.Contains(a.Times, t => t.Text == "May" && t.Value == "2021-05");
    }
}
