using Sitrep.Nlp.Parsing;
using Xunit;

namespace Sitrep.Nlp.Tests.Parsing;

public class DependencyTreeTests
{
    // The envoy gave the minister a letter in Doha .
    private static readonly DependencyTree Gave = new([2, 3, 0, 5, 3, 7, 3, 9, 3, 3],
        ["det", "nsubj", "root", "det", "iobj", "det", "obj", "case", "obl", "punct"]);

    // The embassy was closed by the government on Monday .
    private static readonly DependencyTree Closed = new([2, 4, 4, 0, 7, 7, 4, 9, 4, 4],
        ["det", "nsubj:pass", "aux:pass", "root", "case", "det", "obl:agent", "case", "obl", "punct"]);

    [Fact]
    public void Reads_the_arguments_of_a_predicate()
    {
        Assert.Equal(3, Gave.Root);
        Assert.Equal([2], Gave.Subjects(3));
        Assert.Equal([7], Gave.Objects(3));
        Assert.Equal([5], Gave.IndirectObjects(3));
        Assert.Equal([9], Gave.Obliques(3));
        Assert.False(Gave.IsPassive(3));
        Assert.Equal([2, 5, 7, 9, 10], Gave.Dependents(3));
        Assert.Equal([3], Gave.Dependents(0));
    }

    [Theory]
    [InlineData("nsubj", "2")]
    [InlineData("nsubj:pass", "2")]
    [InlineData("obl", "7 9")]
    [InlineData("obl:agent", "7")]
    [InlineData("obl:tmod", "")]
    [InlineData("aux", "3")]
    [InlineData("obj", "")]
    public void A_relation_without_subtype_matches_its_subtypes(string relation, string expected) =>
        Assert.Equal(expected, string.Join(' ', Closed.Dependents(4, relation)));

    [Fact]
    public void Passive_subjects_are_subjects()
    {
        Assert.Equal([2], Closed.Subjects(4));
        Assert.True(Closed.IsPassive(4));
        Assert.Equal(("nsubj:pass", 4), (Closed.Label(2), Closed.Head(2)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Closed.Head(0));
    }
}
