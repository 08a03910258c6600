using Sitrep.News.Documents;
using Sitrep.News.Tests.Pipeline;
using Xunit;

namespace Sitrep.News.Tests.Claims;

public class DeadlineFinderTests
{
    [Theory]
    [InlineData("All foreign troops will leave Afghanistan by September 11.", "2021-04-15", "withdrawal deadline: Afghanistan", "2021-09-11", false)]
    [InlineData("Coalition forces will not leave Afghanistan in May, a deadline set by the old government.", "2021-02-01", "withdrawal deadline: Afghanistan", "2021-05", true)]
    [InlineData("The withdrawal of the troops from Afghanistan should be completed on August 31, 2021.", "2021-07-10", "withdrawal deadline: Afghanistan", "2021-08-31", false)]
    [InlineData("A ceasefire in Yemen must hold until December 1.", "2021-10-01", "ceasefire deadline: Yemen", "2021-12-01", false)]
    public void Finds_deadline_claims(string text, string published, string topic, string value, bool negated)
    {
        var c = SharedPipeline.Analyze(Layers.Claims, text, published).Claims.Single();
        Assert.Equal((topic, value, negated), (c.Topic, c.Value, c.Negated));
    }

    [Theory]
    [InlineData("Before that, on Tuesday, the envoy doubted the troops would withdraw.", "2021-04-15")]
    [InlineData("The troops arrived in Afghanistan in 2001.", "2021-04-15")]
    public void Ignores_dates_that_are_not_deadlines(string text, string published) =>
        Assert.Empty(SharedPipeline.Analyze(Layers.Claims, text, published).Claims);
}
