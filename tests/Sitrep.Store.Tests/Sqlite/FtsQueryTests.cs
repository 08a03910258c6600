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
