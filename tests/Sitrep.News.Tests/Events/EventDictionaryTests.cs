using Sitrep.News.Events;
using Sitrep.News.ResourceBuilding;
using Xunit;

namespace Sitrep.News.Tests.Events;

/// <summary>The converter of PETRARCH verb dictionaries and the runtime dictionary, on a small dictionary written in that format for these tests.</summary>
public class EventDictionaryTests
{
    private static readonly string[] Source =
    [
        "# a comment",
        "&WEAPON",
        "+ROCKET",
        "+MORTAR_ROUND",
        "",
        "---  SHELL   [190]  ---",
        "SHELL",
        "BOMBARD {BOMBARDS BOMBARDING BOMBARDED } [194]  # a coder's note",
        "+OPEN_FIRE [193]",
        "- * &WEAPON                          [194]   # SHELL",
        "- * {TOWN HALL} (WITH +)             [---]   # SHELL",
        "",
        "---  MUSE   [---]  ---",
        "MUSE",
        "- * (ABOUT TALKS)                    [040:043]",
    ];

    private static EventDictionary Dictionary => EventDictionary.FromRows(EventDictionaryBuilder.Convert(Source).Select(r => r.Split('\t')));

    [Fact]
    public void Converts_verbs_forms_particles_sets_and_patterns()
    {
        var rows = EventDictionaryBuilder.Convert(Source);
        Assert.Contains("V\tshelled\tshell\t190\t", rows);
        Assert.Contains("V\tbombarded\tshell\t194\t", rows);
        Assert.Contains("V\topened\tshell\t193\tfire", rows);
        Assert.Contains("V\tmuse\tmuse\t\t", rows);
        Assert.Contains("S\tweapon\tmortar round", rows.Select(r => r.Replace('_', ' ')));
        Assert.Contains("P\tshell\t\t&weapon\t194", rows);
        Assert.Contains("P\tshell\t\ttown_hall ( with + )\t---", rows);
        // A pattern with two codes keeps both: the source's act and the target's in return.
        Assert.Contains("P\tmuse\t\t( about talks )\t040:043", rows);
    }

    [Fact]
    public void Looks_up_forms_case_blind_with_the_most_specific_pattern_first()
    {
        var d = Dictionary;
        Assert.True(d.IsVerb("SHELLING"));
        Assert.Equal("190", d.Verb("shells").Single().Code);
        Assert.Null(d.Verb("mused").Single().Code);
        Assert.Equal(["---", "194"], d.Patterns("shell").Select(p => p.Code).Order(StringComparer.Ordinal));
        Assert.Equal("---", d.Patterns("shell")[0].Code);
        Assert.True(d.InSet("weapon", "rocket"));
        var muse = d.Patterns("muse").Single();
        Assert.Equal(("040", "043"), (muse.Code, muse.ReverseCode));
        Assert.True(d.CanCode("mused"));
    }

    [Theory]
    [InlineData("visit", "visits visited visiting visitted visitting")]
    [InlineData("hurry", "hurries hurried hurrying")]
    [InlineData("seize", "seizes seized seizing")]
    [InlineData("push", "pushes pushed pushing")]
    [InlineData("agree", "agrees agreed agreeing")]
    public void Writes_regular_verb_forms(string verb, string forms) =>
        Assert.Equal(forms, string.Join(' ', EventDictionaryBuilder.RegularForms(verb)));

    [Theory]
    [InlineData("010", 1)]
    [InlineData("057", 1)]
    [InlineData("0874", 2)]
    [InlineData("112", 3)]
    [InlineData("138", 3)]
    [InlineData("190", 4)]
    [InlineData("2042", 4)]
    public void Quad_class_follows_the_root(string code, int quad) => Assert.Equal(quad, EventCodebook.QuadClassOf(code));

    [Fact]
    public void The_shipped_codebook_joins_CAMEO_and_PLOVER()
    {
        var book = EventCodebook.Default;
        Assert.Equal(("RETREAT", "disarm", "military", 10.0), (book.Find("0874")!.Plover, book.Find("0874")!.Mode, book.Find("0874")!.Context, book.Find("0874")!.Goldstein));
        // Statements have no PLOVER type; appeals, which PLOVER drops, ask.
        Assert.Null(book.Find("010")!.Plover);
        Assert.Equal("REQUEST", book.Find("0233")!.Plover);
        // An unknown four-digit code falls back to its parent.
        Assert.Equal("190", book.Find("1909")!.Cameo);
    }

    [Fact]
    public void The_reviewed_overlay_removes_senses_the_source_gets_wrong()
    {
        Assert.DoesNotContain(EventDictionary.Default.Verb("thinks"), e => e.Block == "consider");
        Assert.Contains(EventDictionary.Default.Verb("attacked"), e => e.Code == "190");
    }
}
