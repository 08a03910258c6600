using Sitrep.Ingest.Fields;
using Xunit;

namespace Sitrep.Ingest.Tests.Fields;

public sealed class FieldMappingTests
{
    [Fact]
    public void A_spec_replaces_the_names_of_the_fields_it_lists_and_keeps_the_others()
    {
        Assert.True(FieldMapping.TryParse("text=body, title=headline|hed, date=pubdate, source=outlet", out var mapping, out _));

        Assert.Equal(["body"], mapping.NamesOf(ArticleField.Text));
        Assert.Equal(["headline", "hed"], mapping.NamesOf(ArticleField.Title));
        Assert.Equal(["pubdate"], mapping.NamesOf(ArticleField.Published));
        Assert.Equal(["outlet"], mapping.NamesOf(ArticleField.Site));
        Assert.Equal(FieldMapping.Default.NamesOf(ArticleField.Author), mapping.NamesOf(ArticleField.Author));
        Assert.Equal("\"body\"", mapping.Describe(ArticleField.Text));
    }

    [Theory]
    [InlineData("text", "'text' is not FIELD=NAME")]
    [InlineData("=body", "'=body' is not FIELD=NAME")]
    [InlineData("summary=abstract", "unknown field 'summary' (known: id, title, text, date, url, site, author, language)")]
    [InlineData("text=", "no name given for 'text'")]
    public void Bad_specs_say_what_is_wrong(string spec, string expected)
    {
        Assert.False(FieldMapping.TryParse(spec, out _, out var error));
        Assert.Equal(expected, error);
    }

    [Fact]
    public void No_spec_is_the_default()
    {
        Assert.True(FieldMapping.TryParse(null, out var mapping, out _));
        Assert.Same(FieldMapping.Default, mapping);
    }
}
