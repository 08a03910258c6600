using Sitrep.Corpus.Entities;
using Xunit;

namespace Sitrep.Corpus.Tests.Entities;

public class NameKeyTests
{
    [Theory]
    [InlineData("Sergei", "Sergey")]
    [InlineData("Shahin", "Shaheen")]
    [InlineData("Suheil", "Suhail")]
    [InlineData("Mohammad", "Muhammad")]
    [InlineData("Mohammed", "Muhammad")]
    [InlineData("Joe", "Joseph")]
    [InlineData("Élise", "Elise")]
    [InlineData("Rakhimov", "Rahimov")]
    [InlineData("Khalilzad", "Halilzad")]
    public void Spelling_variants_share_a_key(string a, string b) => Assert.Equal(NameKey.Skeleton(a), NameKey.Skeleton(b));

    [Theory]
    [InlineData("Biden", "Dunford")]
    [InlineData("Joseph", "John")]
    [InlineData("Ahmad", "Mahmud")]
    public void Different_names_differ(string a, string b) => Assert.NotEqual(NameKey.Skeleton(a), NameKey.Skeleton(b));

    [Theory]
    [InlineData("Mohammad", "Muhammad", true)]
    [InlineData("Mohammed", "Muhammad", true)]
    [InlineData("Sergei", "Sergey", true)]
    [InlineData("Suheil", "Suhail", true)]
    [InlineData("Joe", "Joseph", true)]
    [InlineData("Mohammad", "Mahmud", false)]
    [InlineData("Rustam", "Farhod", false)]
    public void Given_names_match_by_skeleton_and_syllables(string a, string b, bool same) => Assert.Equal(same, NameKey.SameGivenName(a, b));
}
