using Sitrep.Articles;
using Sitrep.Corpus.Disagreements;
using Sitrep.News.Documents;
using Xunit;

namespace Sitrep.Corpus.Tests.Disagreements;

public class DisagreementFinderTests
{
    private const string Topic = "when will the pier reopen?";

    /// <summary>An article published on <paramref name="published"/> claiming each "value" (or "!value" for a negated claim) on <paramref name="topic"/>.</summary>
    private static ArticleAnalysis Claims(string title, string? published, string topic, params string[] values)
    {
        const string text = "The pier will reopen then.";
        PartialDate? date = published is null ? null : PartialDate.TryParse(published, out var d) ? d : null;
        return new ArticleAnalysis
        {
            Article = Article.Create(title, text, date),
            Published = date,
            Claims = values.Select(v => new Claim(0, text.Length, topic, v.TrimStart('!'), text, v.StartsWith('!'))).ToList(),
        };
    }

    public static TheoryData<ArticleAnalysis[], string[]> Cases => new()
    {
        // Two answers: one disagreement, values in the order of their articles' dates.
        { [Claims("late", "2021-06-01", Topic, "2021-09-11"), Claims("early", "2021-04-14", Topic, "2021-05")],
            [$"{Topic}: 2021-05 (2021-04-14) | 2021-09-11 (2021-06-01)"] },
        // The same answer twice is agreement.
        { [Claims("a", "2021-04-14", Topic, "2021-05"), Claims("b", "2021-04-15", Topic, "2021-05")], [] },
        // A negated deadline answers "after" it, which differs from the deadline itself.
        { [Claims("a", "2021-04-14", Topic, "2021-05"), Claims("b", "2021-04-20", Topic, "!2021-05")],
            [$"{Topic}: 2021-05 (2021-04-14) | after 2021-05 (2021-04-20)"] },
        // Topics differing only in case are one question; an undated article's answer comes last.
        { [Claims("a", null, Topic.ToUpperInvariant(), "2021-08-31"), Claims("b", "2021-04-14", Topic, "2021-05")],
            [$"{Topic.ToUpperInvariant()}: 2021-05 (2021-04-14) | 2021-08-31 (-)"] },
        // One article repeating its answer counts once; a single article cannot disagree with itself twice over.
        { [Claims("a", "2021-04-14", Topic, "2021-05", "2021-05")], [] },
        // Different questions are kept apart.
        { [Claims("a", "2021-04-14", Topic, "2021-05"), Claims("b", "2021-04-15", "when will the road reopen?", "2021-06")], [] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Finds_the_questions_answered_differently(ArticleAnalysis[] articles, string[] expected) =>
        Assert.Equal(expected, DisagreementFinder.Find(articles).Select(d =>
            $"{d.Topic}: " + string.Join(" | ", d.Values.Select(v => $"{v.Value} ({v.Published ?? "-"})"))));

    [Fact]
    public void The_most_answered_question_comes_first()
    {
        const string other = "when will the road reopen?";
        var found = DisagreementFinder.Find([
            Claims("a", "2021-04-14", other, "2021-06"), Claims("b", "2021-04-15", other, "2021-07"),
            Claims("c", "2021-04-14", Topic, "2021-05"), Claims("d", "2021-04-15", Topic, "2021-06"), Claims("e", "2021-04-16", Topic, "2021-07"),
        ]);
        Assert.Equal([Topic, other], found.Select(d => d.Topic));
    }
}
