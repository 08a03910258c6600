using Sitrep.News.Times;
using Xunit;

namespace Sitrep.News.Tests.Times;

public class TimexOrderTests
{
    [Theory]
    [InlineData("2021", "2021-01-01")]
    [InlineData("2021-07", "2021-07-01")]
    [InlineData("2021-07-22", "2021-07-22")]
    [InlineData("2024-W11", "2024-03-11")]
    [InlineData("2021-W01", "2021-01-04")]
    [InlineData("2021-Q3", "2021-07-01")]
    [InlineData("2021-SU", "2021-06-21")]
    [InlineData("2021-07-22T10:30", "2021-07-22")]
    [InlineData("1987-W1", "1987-01-01")]
    [InlineData("1987-", "1987-01-01")]
    [InlineData("9999-W52", "9999-01-01")]
    public void A_value_sorts_with_its_first_day(string value, string firstDay) =>
        Assert.Equal(DateOnly.Parse(firstDay), TimexOrder.FirstDay(value));

    [Theory]
    [InlineData("PAST_REF")]
    [InlineData("P20Y")]
    [InlineData("XXXX-09-11")]
    public void A_value_without_a_year_has_no_first_day(string value) => Assert.Null(TimexOrder.FirstDay(value));
}
