using Sitrep.Articles;
using Sitrep.Ingest.PlainText;
using Sitrep.Ingest.Tests.Support;
using Xunit;

namespace Sitrep.Ingest.Tests.PlainText;

/// <summary>The cleaner against the real scraped samples in shared/data/seeds (read in place, never copied).</summary>
public class SeedCleaningTests
{
    // One fragment per kind of junk the seeds carry; none of it may survive cleaning.
    private static readonly string[] Junk =
    [
        " said...", "Anonymous said", "Over the Edge", "climbers", "Related Posts", "Leave a Reply", "Your email address",
        "written and prepared by", "Our Standards", "Terms of Use", "Contact us", "protected]", "Breaking news source",
        "Stay connected", "from as little as", "the only funding", "Public Reaction", "Read more",
    ];

    private static Article ReadSeed(string file)
    {
        var result = PlainTextArticleReader.Read(file, System.IO.File.ReadAllBytes(file));
        Assert.True(result.Succeeded, $"{file}: {result.Error}");
        return result.Article!;
    }

    private static Article Seed(string number) => ReadSeed(SeedFolder.File(number));

    [SeedFact]
    public void No_junk_remains_in_any_seed()
    {
        Assert.NotEmpty(SeedFolder.Files);
        foreach (var file in SeedFolder.Files)
        {
            var text = ReadSeed(file).Text;
            foreach (var junk in Junk) Assert.False(text.Contains(junk, StringComparison.OrdinalIgnoreCase), $"{file} still has \"{junk}\"");
            Assert.DoesNotContain("\n\n\n", text);
            Assert.Equal(text.Trim(), text);
        }
    }

    [SeedFact]
    public void Each_seed_has_one_title()
    {
        foreach (var file in SeedFolder.Files)
        {
            var article = ReadSeed(file);
            Assert.False(string.IsNullOrWhiteSpace(article.Title), file);
            Assert.DoesNotContain(article.Title, article.Text.Split("\n"));
        }
    }

    [SeedFact]
    public void The_date_line_and_the_byline_become_metadata()
    {
        Assert.Equal(new PartialDate(2021, 7, 22), Seed("002").Published);
        Assert.Equal("Will Russian Troops Again Battle The Taliban?", Seed("002").Title);
        Assert.Equal("Hai Lam", Seed("001").Author);
        Assert.DoesNotContain("Hai Lam", Seed("001").Text);
    }

    [SeedFact]
    public void The_stories_themselves_survive()
    {
        (string Seed, string Start, string End)[] expected =
        [
            ("000", "Biden ordered to prepare", "But this is unfounded."),
            ("001", "According to a new report citing", "between the Taliban and the Afghan government. be strengthened."),
            ("002", "Tajik Army units gather", "(RFE)."),
            ("003", "UNITED STATES, WASHINGTON", "is not a shelter where we can be attacked.”"),
            ("004", "More shocking footage", "Afghanistan would switch to a new era."),
        ];
        foreach (var (seed, start, end) in expected)
        {
            var text = Seed(seed).Text;
            Assert.StartsWith(start, text);
            Assert.EndsWith(end, text);
        }
    }

    [SeedFact]
    public void Quotes_interview_dashes_and_bullets_in_the_stories_are_kept()
    {
        Assert.Contains("” Rudenko said.", Seed("002").Text);
        Assert.Contains("WNU Editor:", Seed("002").Text);
        Assert.Contains("\n\n–\u00a0 And what could the withdrawal", Seed("000").Text);
        Assert.Equal(7, Seed("004").Text.Split('\n').Count(l => l.TrimStart().StartsWith('•')));
    }
}
