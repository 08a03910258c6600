using Sitrep.Articles;
using Sitrep.Ingest.PlainText;
using Xunit;

namespace Sitrep.Ingest.Tests.PlainText;

public class PlainTextCleanerTests
{
    private const string Story = "Harbor crews began dredging the east channel on Monday.\n\nThe work should take three weeks.";

    [Theory]
    [InlineData("Thursday, July 22, 2021", "2021-07-22")]
    [InlineData("July 22, 2021", "2021-07-22")]
    [InlineData("22 July 2021", "2021-07-22")]
    [InlineData("2021-07-22", "2021-07-22")]
    [InlineData("Mon, 3 Jan 2022", "2022-01-03")]
    [InlineData("Sept 5, 2019", null)]
    [InlineData("Sep 5, 2019", "2019-09-05")]
    [InlineData("Published: March 5th, 2020", "2020-03-05")]
    [InlineData("July 2021 was the wettest month on record", null)]
    public void Leading_date_line_becomes_the_published_date(string dateLine, string? expected)
    {
        var cleaned = PlainTextCleaner.Clean($"{dateLine}\n\nDredging starts in the harbor\n\n{Story}");

        Assert.Equal(expected, cleaned.Published?.ToString());
        Assert.Equal(expected is null ? dateLine : "Dredging starts in the harbor", cleaned.Title);
    }

    [Fact]
    public void Date_line_right_under_the_title_is_taken_too()
    {
        var cleaned = PlainTextCleaner.Clean($"Dredging starts in the harbor\n22 July 2021\n\n{Story}");

        Assert.Equal(new PartialDate(2021, 7, 22), cleaned.Published);
        Assert.Equal(Story, cleaned.Text);
    }

    [Theory]
    [InlineData("Dredging starts in the harbor\n\nDredging starts in the harbor\n\n")]
    [InlineData("Dredging starts in the harbor\nDredging starts in the harbor\n")]
    [InlineData("\n\n  \nDredging starts in the harbor\n\n\n")]
    public void Title_is_the_first_line_and_a_repeat_of_it_is_dropped(string head)
    {
        var cleaned = PlainTextCleaner.Clean(head + Story);

        Assert.Equal("Dredging starts in the harbor", cleaned.Title);
        Assert.Equal(Story, cleaned.Text);
    }

    [Fact]
    public void A_subtitle_stays_as_the_first_paragraph()
    {
        var cleaned = PlainTextCleaner.Clean("Dredging starts\n\nThe port expects bigger ships by autumn\n\n\n" + Story);

        Assert.Equal("The port expects bigger ships by autumn\n\n" + Story, cleaned.Text);
    }

    public static TheoryData<string, string> JunkTails => new()
    {
        // A blog comment thread, then a book advert the page appended after it.
        {
            "Ferry line extended\n\n" + Story + "\n\n\nOlek said...\n\nThis will never finish on time.\n\n"
                + "Anonymous said...\n\nOlek is right, I think.\n\nSea Lanes: A History of the Old Port\n\nA sweeping account of two centuries of trade ...",
            Story
        },
        {
            "Ferry line extended\n\n" + Story + "\n\nR. Okafor said:\nGood news for the island.",
            Story
        },
        {
            "Ferry line extended\n\n" + Story + "\n\n3 comments:\n\nNice.",
            Story
        },
        // A WordPress tail: related links, then the reply form.
        {
            "Ferry line extended\n\n" + Story + "\n\n\nRelated Posts\n\nLeave a Reply\n\nYour email address will not be published. Required fields are marked *",
            Story
        },
        { "Ferry line extended\n\n" + Story + "\n\nYou may also like\n\nTen ferries we loved", Story },
        { "Ferry line extended\n\n" + Story + "\n\nLeave a Comment", Story },
        // A stray section heading the scraper caught after the story.
        { "Ferry line extended\n\n" + Story + "\n\n\nPublic Reaction", Story },
    };

    [Theory]
    [MemberData(nameof(JunkTails))]
    public void The_tail_after_the_story_is_cut(string raw, string expectedText)
    {
        Assert.Equal(expectedText, PlainTextCleaner.Clean(raw).Text);
    }

    [Fact]
    public void A_publisher_footer_is_removed_including_lines_wedged_between_its_blurbs()
    {
        var raw = "Ferry line extended\n\n" + Story + "\n\n\n"
            + "This report was prepared by our regional desk and edited in the HARBOR GAZETTE newsroom.\n\n"
            + "Our Standards, Terms of Use: see the site.\n\n"
            + "HARBOR GAZETTE — your source for news from the coast, day and night.\n\n"
            + "Contact us: [email protected]\n\n"
            + "Stay connected with the Gazette on every platform.\n\n"
            + "Support The Gazette from as little as $2 – it takes a minute.\n\n"
            + "We are HARBOR GAZETTE — the only funding we get comes from readers; we are not funded by any party.";

        Assert.Equal(Story, PlainTextCleaner.Clean(raw).Text);
    }

    [Fact]
    public void A_blurb_in_the_middle_goes_and_the_story_around_it_stays()
    {
        var raw = "Ferry line extended\n\nFirst paragraph of the story.\n\nSubscribe to our daily newsletter for more.\n\nSecond paragraph of the story.";

        Assert.Equal("First paragraph of the story.\n\nSecond paragraph of the story.", PlainTextCleaner.Clean(raw).Text);
    }

    [Theory]
    [InlineData("Read more ....")]
    [InlineData("Read more .... \u00a0")]
    [InlineData("Continue reading")]
    [InlineData("Read more: Ferry fares rise again")]
    [InlineData("Read more at the Harbor Gazette")]
    public void A_read_more_link_line_is_removed(string line)
    {
        var raw = $"Ferry line extended\n\nFirst paragraph.\n\n{line}\n\nSecond paragraph.";

        Assert.Equal("First paragraph.\n\nSecond paragraph.", PlainTextCleaner.Clean(raw).Text);
    }

    [Theory]
    [InlineData("“We will keep the channel open,” Petrova said.")]
    [InlineData("Petrova said the channel would stay open...")]
    [InlineData("The minister said: the work is on schedule, and the budget holds.")]
    [InlineData("Read more than 300 pages of the survey before you judge it, the mayor told critics.")]
    [InlineData("Related Posts on the harbor board were filled by two engineers last year, officials said.")]
    public void Story_lines_that_merely_resemble_junk_are_kept(string storyLine)
    {
        var raw = $"Ferry line extended\n\nFirst paragraph.\n\n{storyLine}\n\nLast paragraph.";

        Assert.Equal($"First paragraph.\n\n{storyLine}\n\nLast paragraph.", PlainTextCleaner.Clean(raw).Text);
    }

    [Theory]
    [InlineData("Mira Santos", "Mira Santos")]
    [InlineData("By Jane Q. Doe", "Jane Q. Doe")]
    [InlineData("— Tomás Ferreira-Lind", "Tomás Ferreira-Lind")]
    [InlineData("Ends", null)]
    [InlineData("The End", null)]
    [InlineData("More to follow.", null)]
    public void A_name_line_closing_the_story_is_the_author(string lastLine, string? expectedAuthor)
    {
        var cleaned = PlainTextCleaner.Clean($"Ferry line extended\n\n{Story}\n\n{lastLine}\n\n\nRelated Posts\n\nLeave a Reply");

        Assert.Equal(expectedAuthor, cleaned.Author);
        Assert.Equal(expectedAuthor is null ? $"{Story}\n\n{lastLine}" : Story, cleaned.Text);
    }

    [Fact]
    public void Paragraphs_are_separated_by_exactly_one_blank_line_and_lines_are_trimmed_at_the_end()
    {
        var raw = "\uFEFFTitle here\r\n\r\nOne.  \r\n\r\n\r\n\r\nTwo,\u00a0\r\nstill two.\r\n \r\n\t\r\nThree.\r\n\r\n";

        var cleaned = PlainTextCleaner.Clean(raw);

        Assert.Equal("Title here", cleaned.Title);
        Assert.Equal("One.\n\nTwo,\nstill two.\n\nThree.", cleaned.Text);
    }

    [Fact]
    public void Bullets_and_interview_dashes_are_kept()
    {
        var body = "The board agreed on three points:\n\n  • dredging starts in June;\n  • the old pier closes;\n  • fares stay the same.\n\n"
            + "– Will the ferries run during the works?\n\n– Yes, on a reduced timetable.";

        Assert.Equal(body, PlainTextCleaner.Clean("Harbor board decides\n\n" + body).Text);
    }

    [Fact]
    public void CleanBody_cleans_without_looking_for_a_title_or_date()
    {
        var body = PlainTextCleaner.CleanBody("July 22, 2021\n\nFirst paragraph.\n\nAna Silva\n\nLeave a Reply");

        Assert.Equal(new CleanedBody("July 22, 2021\n\nFirst paragraph.", "Ana Silva"), body);
    }

    [Fact]
    public void Input_without_a_body_gives_an_empty_text()
    {
        var cleaned = PlainTextCleaner.Clean("Only a title\n\n\n");

        Assert.Equal(new CleanedText("Only a title", "", null, null), cleaned);
    }
}

/// <summary>Words a site's footer uses are words news uses too: only the footer's use of them is dropped.</summary>
public sealed class SitePolicyBlurbTests
{
    [Theory]
    [InlineData("Terms and conditions of the contract would be subject to approval by the shareholders of both companies, the utility said.")]
    [InlineData("The ferry operator said terms and conditions for the new season tickets would be published in March.")]
    [InlineData("Regulators fined the bank for changing the terms of service of its card accounts without notice, the agency said.")]
    [InlineData("The app maker said its privacy policy had been rewritten after the breach exposed two million accounts.")]
    public void A_one_paragraph_story_that_uses_the_words_is_kept(string story)
    {
        var cleaned = PlainTextCleaner.Clean("Utility merger\n\n" + story);

        Assert.Equal(story, cleaned.Text);
    }

    [Theory]
    [InlineData("Terms and Conditions | Privacy Policy | Contact")]
    [InlineData("By using this site you agree to our terms of use and privacy policy.")]
    [InlineData("Read our Privacy Notice to see how we use your data.")]
    [InlineData("Privacy Policy")]
    public void A_footer_line_that_links_the_site_policies_is_dropped(string footer)
    {
        const string story = "The pier reopened on Monday after repairs that took the whole winter, the council said.";

        var cleaned = PlainTextCleaner.Clean("Pier reopens\n\n" + story + "\n\n" + footer);

        Assert.Equal(story, cleaned.Text);
    }
}
