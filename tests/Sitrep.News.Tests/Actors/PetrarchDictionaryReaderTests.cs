using Xunit;
using Sitrep.News.ResourceBuilding;

namespace Sitrep.News.Tests.Actors;

/// <summary>The PETRARCH/TABARI actor dictionary format, on a small dictionary of fictional actors written for the test.</summary>
public class PetrarchDictionaryReaderTests
{
    /// <summary>Fictional entries in the Phoenix .actors.txt layout (tabs before the code lines).</summary>
    internal static readonly string[] Dictionary =
    [
        "# A fictional dictionary in the Phoenix format",
        "ORVANIA_  [ORV]",
        "+ORVANIAN_",
        "+REPUBLIC_OF_ORVANIA_",
        "",
        "# Presidents: three name lines, one code block",
        "TOMAS_VELLIK_  # CountryInfo.txt",
        "TOMAS_R._VELLIK",
        "+T._VELLIK_",
        "PRESIDENT_VELLIK",
        "\t[ORVELI 19500101-891231]",
        "\t[ORVGOV 19900101-19991231]",
        "MIRA_SOLT_ [ORVGOV]",
        "QUILL_HARBOR_AUTHORITY",
        "+QHA",
        "\t",
        "KESTREL_MINING_",
        "\t[ORVBUS]",
        "A_STRAY_NOTE",
        "BRENN_SHIPPING_\t[MNC]\t# one-line record",
        "LENA_HOST_",
        "\t[---]\t# the null code",
        "OSKAR_BRILL_",
        "\t[ORVGOV > 140301]",
    ];

    private static List<PetrarchDictionaryReader.Entry> Read()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, Dictionary);
            return PetrarchDictionaryReader.Read(path).ToList();
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Roles(PetrarchDictionaryReader.Entry e) => string.Join(';', e.Roles);

    [Fact]
    public void Name_lines_without_codes_share_the_code_block_that_follows()
    {
        var entries = Read();
        var vellik = entries.Where(e => e.Name.Contains("VELLIK")).ToList();
        Assert.Equal(["TOMAS VELLIK", "TOMAS R. VELLIK", "PRESIDENT VELLIK"], vellik.Select(e => e.Name));
        Assert.All(vellik, e => Assert.Equal("ORVELI:1950-01-01:1989-12-31;ORVGOV:1990-01-01:1999-12-31", Roles(e)));
        Assert.Single(vellik.Select(e => e.Block).Distinct());
        // Each line keeps its own synonyms and comment.
        Assert.Equal(["T. VELLIK"], vellik[1].Aliases);
        Assert.Equal([true, false, false], vellik.Select(e => e.FromCountryInfo));
    }

    [Fact]
    public void A_blank_line_or_a_line_with_its_own_code_ends_a_run_without_codes()
    {
        var byName = Read().ToDictionary(e => e.Name);
        // The whitespace-only line closes the harbour authority's record before the next block.
        Assert.Empty(byName["QUILL HARBOR AUTHORITY"].Roles);
        Assert.Equal(["QHA"], byName["QUILL HARBOR AUTHORITY"].Aliases);
        Assert.Equal("ORVBUS::", Roles(byName["KESTREL MINING"]));
        // "NAME [CODE]" is a record of its own: the line before it does not take its code.
        Assert.Empty(byName["A STRAY NOTE"].Roles);
        Assert.Equal("MNC::", Roles(byName["BRENN SHIPPING"]));
        Assert.NotEqual(byName["A STRAY NOTE"].Block, byName["BRENN SHIPPING"].Block);
        // The null code codes nothing but is a code block all the same: the next name line does not join it.
        Assert.Empty(byName["LENA HOST"].Roles);
        Assert.NotEqual(byName["LENA HOST"].Block, byName["OSKAR BRILL"].Block);
        Assert.Equal("ORVGOV:2014-03-01:", Roles(byName["OSKAR BRILL"]));
    }

    [Fact]
    public void One_line_records_and_synonyms_read_as_before()
    {
        var byName = Read().ToDictionary(e => e.Name);
        Assert.Equal("ORV::", Roles(byName["ORVANIA"]));
        Assert.Equal(["ORVANIAN", "REPUBLIC OF ORVANIA"], byName["ORVANIA"].Aliases);
        Assert.Equal("ORVGOV::", Roles(byName["MIRA SOLT"]));
        // Eleven name lines, nine code blocks (the three Velliks share one).
        Assert.Equal(11, byName.Count);
        Assert.Equal(9, byName.Values.Select(e => e.Block).Distinct().Count());
    }
}
