using Sitrep.Nlp.Entities;
using Xunit;

namespace Sitrep.Nlp.Tests.Entities;

public class EntityLabelsTests
{
    [Fact]
    public void Numbers_seventeen_bilou_tags()
    {
        Assert.Equal(17, EntityLabels.Count);
        Assert.Equal("O", EntityLabels.Name(0));
        Assert.Equal("B-PER", EntityLabels.Name(1));
        Assert.Equal("U-MISC", EntityLabels.Name(16));
        Assert.Equal(EntityLabels.Tag('L', EntityLabels.TypeIndex("ORG")), Array.IndexOf(Enumerable.Range(0, 17).Select(EntityLabels.Name).ToArray(), "L-ORG"));
    }

    [Fact]
    public void Converts_spans_to_bilou_and_back()
    {
        var spans = new[] { (0, 2, "PER"), (3, 4, "LOC"), (5, 8, "ORG") };
        var tags = EntityLabels.FromSpans(9, spans);
        Assert.Equal(["B-PER", "L-PER", "O", "U-LOC", "O", "B-ORG", "I-ORG", "L-ORG", "O"], tags.Select(EntityLabels.Name));
        Assert.Equal([new EntitySpan(0, 2, "PER"), new EntitySpan(3, 4, "LOC"), new EntitySpan(5, 8, "ORG")], EntityLabels.ToSpans(tags));
    }

    [Theory]
    [InlineData(new[] { "B-PER", "O" }, "0-1 PER")]
    [InlineData(new[] { "B-PER", "I-LOC", "L-LOC" }, "0-1 PER|1-3 LOC")]
    [InlineData(new[] { "I-ORG", "I-ORG" }, "0-2 ORG")]
    public void Closes_malformed_runs_where_they_break(string[] names, string expected)
    {
        var tags = names.Select(n => Enumerable.Range(0, EntityLabels.Count).First(t => EntityLabels.Name(t) == n)).ToArray();
        Assert.Equal(expected, string.Join("|", EntityLabels.ToSpans(tags).Select(s => $"{s.Start}-{s.End} {s.Type}")));
    }

    [Fact]
    public void Masks_transitions_that_would_break_an_entity()
    {
        var allowed = new bool[EntityLabels.Count];
        EntityLabels.Allowed(EntityLabels.Tag('B', 0), last: false, allowed);
        Assert.Equal(["I-PER", "L-PER"], Allowed(allowed));
        EntityLabels.Allowed(EntityLabels.Tag('I', 2), last: true, allowed);
        Assert.Equal(["L-ORG"], Allowed(allowed));
        EntityLabels.Allowed(-1, last: true, allowed);
        Assert.Equal(["O", "U-PER", "U-LOC", "U-ORG", "U-MISC"], Allowed(allowed));
        EntityLabels.Allowed(EntityLabels.Tag('L', 1), last: false, allowed);
        Assert.Equal(9, allowed.Count(a => a));
    }

    private static string[] Allowed(bool[] allowed) => Enumerable.Range(0, allowed.Length).Where(t => allowed[t]).Select(EntityLabels.Name).ToArray();
}
