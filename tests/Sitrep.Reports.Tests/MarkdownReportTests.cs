using Sitrep.Corpus.Entities;
using Sitrep.News.Mentions;
using Xunit;
using Sitrep.News.Documents;

namespace Sitrep.Reports.Tests;

public class MarkdownReportTests
{
    private static readonly string Report = MarkdownReport.Render(SampleSituation.Create());

    private static readonly string[] Headings =
    [
        "# Situation report", "## Where the sources disagree", "### bridge reopening", "## Who did what to whom", "## Timeline", "## Who said what",
        "## Actors", "## Places", "## Numbers", "## Articles",
    ];

    [Fact]
    public void Sections_appear_in_order()
    {
        var positions = Headings.Select(h => Report.IndexOf("\n" + h + "\n", StringComparison.Ordinal) + 1).ToList();
        Assert.DoesNotContain(0, positions.Skip(1));
        Assert.StartsWith("# Situation report\n", Report);
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void Each_happening_is_listed_once_with_its_facts_and_every_report()
    {
        var start = Report.IndexOf("## Who did what to whom\n", StringComparison.Ordinal);
        var section = Report[start..Report.IndexOf("## Timeline\n", start, StringComparison.Ordinal)];
        Assert.Equal(
            "## Who did what to whom\n\n" +
            "### Harbour Authority (XYZGOV) → Lendport (XYZ): Ease military blockade\n\n" +
            "CAMEO 0872 · PLOVER RETREAT · reported 2024-03-02 · at Lendport · 2 sources, 2 reports · planned · source differs: Harbour Authority (1), Engineers (1)\n\n" +
            "- *Harbour Authority says Lendport bridge will reopen in May* (2024-03-02): The Harbour Authority said on Monday that the Lendport bridge would reopen on 12 May.\n" +
            "- *Lendport \\| repairs \\<script>alert('x')\\</script> may slip* (2024-03-05 (inferred)): Engineers at the Harbour Authority now say the Lendport bridge may not reopen until June.\n\n",
            section);
    }

    [Fact]
    public void Scope_line_counts_articles_dates_entities_and_quotes()
    {
        Assert.Contains("\n2 articles published 2024-03-02 to 2024-03-05 (inferred) · 3 entities · 4 quotes\n", Report);
    }

    [Theory]
    [InlineData(false, false, false, false, "## Where the sources disagree")]
    [InlineData(true, false, false, false, "## Timeline")]
    [InlineData(true, true, false, false, "## Who said what")]
    [InlineData(true, true, true, false, "## Actors")]
    [InlineData(true, true, true, false, "## Places")]
    [InlineData(true, true, true, false, "## Numbers")]
    public void Empty_sections_are_left_out(bool disagreements, bool timeline, bool quotes, bool numbers, string missing)
    {
        var bridge = SampleSituation.BridgeAnalysis;
        var article = bridge with { Quotes = quotes ? bridge.Quotes : [], Quantities = numbers ? bridge.Quantities : [] };
        var situation = SampleSituation.Build([article], [], timeline, disagreements);
        var md = MarkdownReport.Render(situation);
        Assert.DoesNotContain("\n" + missing + "\n", md);
        Assert.Contains("\n## Articles\n", md);
    }

    [Fact]
    public void An_empty_situation_is_a_title_and_a_scope_line()
    {
        Assert.Equal("# Situation report\n\n0 articles · 0 entities · 0 quotes\n",
            MarkdownReport.Render(SampleSituation.Build([], [], timeline: false, disagreements: false)));
    }

    [Fact]
    public void Table_cells_escape_pipes_and_markup()
    {
        Assert.Contains(@"| 2024-06 | Lendport \| repairs \<script>alert('x')\</script> may slip | 2024-03-05 (inferred) | Engineers at the Harbour Authority now say the Lendport bridge may not reopen until June. |", Report);
        // Every row of a table has as many cell boundaries as its header.
        int? boundaries = null;
        foreach (var line in Report.Split('\n'))
        {
            if (!line.StartsWith('|'))
            {
                boundaries = null;
                continue;
            }
            boundaries ??= UnescapedPipes(line);
            Assert.Equal(boundaries, UnescapedPipes(line));
        }
    }

    [Fact]
    public void Newlines_in_a_cell_become_spaces()
    {
        var situation = SampleSituation.Build([SampleSituation.BridgeAnalysis],
            [new Entity("x", "Two\nlines", MentionType.Person, ["a|b"], [], null, null, 1)], timeline: false, disagreements: false);
        Assert.Contains(@"| Two lines | person |  | 1 | 0 | a\|b |", MarkdownReport.Render(situation));
    }

    [Theory]
    [InlineData("### Mara Quell (XYZGOV)\n\n> We expect traffic back on the bridge by 12 May,\n\n— told, *Harbour Authority says Lendport bridge will reopen in May*\n\n> The repairs cost more than $2 million.\n\n— added, *Harbour Authority says Lendport bridge will reopen in May*\n")]
    [InlineData("### An unnamed engineer\n\n> June is realistic.\n\n— said, *Lendport \\| repairs \\<script>alert('x')\\</script> may slip*\n")]
    [InlineData("### Unattributed\n\n> Nobody told us,\n\n— *Lendport")]
    public void Quotes_are_grouped_by_speaker(string expected)
    {
        Assert.Contains(expected, Report);
    }

    [Theory]
    [InlineData("| Harbour Authority | organisation |  | 2 | 2 |  |")]
    [InlineData("| Mara Quell | person | XYZGOV | 2 | 1 | Quell |")]
    [InlineData("| Lendport | town | XL | 51.12, -3.50 | 3 |")]
    [InlineData("| About 4,000 vehicles | 4,000 | vehicles | about | Harbour Authority says Lendport bridge will reopen in May |")]
    [InlineData("| more than $2 million | 2,000,000 | USD | more than | Harbour Authority says Lendport bridge will reopen in May |")]
    [InlineData("| 2024-05-12 | The Harbour Authority said on Monday that the Lendport bridge would reopen on 12 May. | Harbour Authority says Lendport bridge will reopen in May |")]
    public void Table_rows_say_exactly_this(string row)
    {
        Assert.Contains("\n" + row + "\n", Report);
    }

    [Theory]
    [InlineData("### Harbour Authority says Lendport bridge will reopen in May\n\nValley Courier · Ines Marrow · 2024-03-02 · <https://news.example/lendport-bridge>\n\n50 words · 5 mentions · 2 quotes\n")]
    [InlineData("2024-03-05 (inferred: the last date in the text) · seeds/lendport-delay.txt\n\n37 words · 3 mentions · 2 quotes\n")]
    public void Articles_list_source_date_and_counts(string expected)
    {
        Assert.Contains(expected, Report);
    }

    [Fact]
    public void Long_lists_stop_at_forty_rows_and_say_how_many_more()
    {
        var people = Enumerable.Range(0, 45).Select(i => new Entity($"p{i}", $"Person {i:D2}", MentionType.Person, [], [], null, null, 100 - i)).ToList();
        var md = MarkdownReport.Render(SampleSituation.Build([], people, timeline: false, disagreements: false));
        Assert.Contains("| Person 39 |", md);
        Assert.DoesNotContain("| Person 40 |", md);
        Assert.Contains("\n…and 5 more actors.\n", md);
    }

    [Fact]
    public void Rendering_twice_gives_identical_output()
    {
        Assert.Equal(Report, MarkdownReport.Render(SampleSituation.Create()));
    }

    private static int UnescapedPipes(string line) => line.Count(c => c == '|') - (line.Split(@"\|").Length - 1);
}
