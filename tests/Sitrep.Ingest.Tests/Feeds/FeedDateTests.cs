using System.Text;
using Sitrep.Ingest.Feeds;
using Xunit;

namespace Sitrep.Ingest.Tests.Feeds;

/// <summary>Item dates, read through an RSS item's pubDate (RFC 822 by the spec, ISO 8601 in practice).</summary>
public sealed class FeedDateTests
{
    private static string? Published(string date)
    {
        var xml = $"<rss version=\"2.0\"><channel><title>T</title><item><description>Text.</description><pubDate>{date}</pubDate></item></channel></rss>";
        return FeedReader.Read("feed.rss", Encoding.UTF8.GetBytes(xml)).Feed!.Articles[0].Published?.ToString();
    }

    [Theory]
    [InlineData("Tue, 10 Jun 2003 04:00:00 GMT", "2003-06-10")]
    [InlineData("Thu, 13 Aug 2020 10:06:56 -0300", "2020-08-13")]
    [InlineData("Fri, 15 Dec 2023 23:30:00 EST", "2023-12-15")]
    [InlineData("5 Mar 99 08:00 +0100", "1999-03-05")]
    [InlineData("Mon, 7 June 2021 12:00:00 +0000", "2021-06-07")]
    [InlineData("2021-10-14T13:00:00Z", "2021-10-14")]
    [InlineData("2023-12-16T01:30:00+02:00", "2023-12-16")]
    [InlineData("2021-07", "2021-07")]
    public void Rfc822_and_iso8601_dates_give_the_date_as_written(string text, string expected) =>
        Assert.Equal(expected, Published(text));

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("Tue, 31 Feb 2003 04:00:00 GMT")]
    public void Anything_else_is_no_date(string text) => Assert.Null(Published(text));
}
