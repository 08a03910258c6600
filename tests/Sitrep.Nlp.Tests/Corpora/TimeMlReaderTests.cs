using Sitrep.Nlp.Corpora;
using Sitrep.Tests.Support;
using Xunit;

namespace Sitrep.Nlp.Tests.Corpora;

public class TimeMlReaderTests
{
    private const string Sample = """
        <?xml version="1.0" ?>
        <TimeML>
        <DOCID>SAMPLE001</DOCID>
        <DCT><TIMEX3 tid="t0" type="DATE" value="2021-08-31" temporalFunction="false" functionInDocument="CREATION_TIME">20210831</TIMEX3></DCT>
        <TITLE>Kabul &amp; after</TITLE>
        <TEXT>
        The last flight <EVENT eid="e1" class="OCCURRENCE">left</EVENT> <TIMEX3 tid="t1" type="TIME" value="2021-08-30T23:59" functionInDocument="NONE" anchorTimeID="t0">a minute before midnight</TIMEX3>, <SIGNAL sid="s1">after</SIGNAL> <TIMEX3 tid="t2" type="DURATION" value="P20Y" mod="APPROX" functionInDocument="NONE">nearly 20 years</TIMEX3> of war &amp; <TIMEX3 tid="t3" type="DATE" value="PAST_REF">&lt;recent&gt;</TIMEX3> talks.
        </TEXT>
        </TimeML>
        """;

    private static TimeMlDocument ParseText(string xml) => TimeMlReader.Parse(new StringReader(xml), "sample.tml");

    [Fact]
    public void Reads_the_text_without_tags_and_the_timex_offsets_into_it()
    {
        var doc = ParseText(Sample);
        Assert.Equal("SAMPLE001", doc.Id);
        Assert.Equal("\nThe last flight left a minute before midnight, after nearly 20 years of war & <recent> talks.\n", doc.Text);
        Assert.Equal(["t1", "t2", "t3"], doc.Timexes.Select(t => t.Tid));
        foreach (var t in doc.Timexes) Assert.Equal(t.Text, doc.Text[t.Start..t.End]);
        Assert.Equal("a minute before midnight", doc.Timexes[0].Text);
        Assert.Equal("<recent>", doc.Timexes[2].Text);
    }

    [Fact]
    public void Reads_the_timex_attributes()
    {
        var doc = ParseText(Sample);
        var (t1, t2, t3) = (doc.Timexes[0], doc.Timexes[1], doc.Timexes[2]);
        Assert.Equal(("TIME", "2021-08-30T23:59", null, "t0"), (t1.Type, t1.Value, t1.Mod, t1.AnchorTimeId));
        Assert.Equal(("DURATION", "P20Y", "APPROX", "NONE"), (t2.Type, t2.Value, t2.Mod, t2.FunctionInDocument));
        Assert.Equal(("DATE", "PAST_REF", null), (t3.Type, t3.Value, t3.FunctionInDocument));
    }

    [Fact]
    public void Reads_the_dct_apart_from_the_text_timexes()
    {
        var dct = ParseText(Sample).Dct!;
        Assert.Equal(("t0", "DATE", "2021-08-31", "20210831"), (dct.Tid, dct.Type, dct.Value, dct.Text));
        Assert.True(dct.IsCreationTime);
        Assert.False(dct.HasExtent);
    }

    [Fact]
    public void A_creation_time_inside_the_text_is_the_dct_not_a_timex()
    {
        var doc = ParseText("""<TimeML><TEXT>Dated <TIMEX3 tid="t0" type="DATE" value="1998-08-08" functionInDocument="CREATION_TIME">August 8</TIMEX3>, on <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3>.</TEXT></TimeML>""");
        Assert.Equal((6, 14), (doc.Dct!.Start, doc.Dct.End));
        Assert.Equal(["t1"], doc.Timexes.Select(t => t.Tid));
    }

    [Fact]
    public void A_missing_dct_and_docid_are_allowed()
    {
        var doc = TimeMlReader.Parse(new StringReader("<TimeML><TEXT>In <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1939\">1939</TIMEX3>.</TEXT></TimeML>"), "x.tml", "x");
        Assert.Null(doc.Dct);
        Assert.Equal("x", doc.Id);
        Assert.Equal("In 1939.", doc.Text);
        Assert.Equal((3, 7, "1939"), (doc.Timexes[0].Start, doc.Timexes[0].End, doc.Timexes[0].Value));
    }

    [Fact]
    public void An_empty_timex_keeps_its_place_with_no_extent()
    {
        var doc = ParseText("""<TimeML><TEXT>Two weeks<TIMEX3 tid="t9" type="DATE" value="2021-08-17" /> ago.</TEXT></TimeML>""");
        var t = doc.Timexes.Single();
        Assert.Equal((9, 9, ""), (t.Start, t.End, t.Text));
        Assert.False(t.HasExtent);
    }

    [Theory]
    [InlineData("<TimeML><TEXT>In <TIMEX3 tid=\"t1\" type=\"DATE\">May</TEXT></TimeML>", "not well-formed XML")]
    [InlineData("<TimeML><DCT>2021</DCT></TimeML>", "no TEXT element")]
    [InlineData("<TimeML><TEXT>a</TEXT><TEXT>b</TEXT></TimeML>", "more than one TEXT element")]
    [InlineData("<TimeML><TEXT><TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2021\">in <TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2021-05\">May</TIMEX3></TIMEX3></TEXT></TimeML>", "TIMEX3 t2 nested in TIMEX3 t1")]
    [InlineData("<TimeML><TEXT><TIMEX3 tid=\"t1\" value=\"2021\">2021</TIMEX3></TEXT></TimeML>", "TIMEX3 t1 has no type")]
    [InlineData("", "not well-formed XML")]
    public void Malformed_input_throws_a_format_exception_naming_the_source(string xml, string reason)
    {
        var e = Assert.Throws<FormatException>(() => ParseText(xml));
        Assert.StartsWith("sample.tml: ", e.Message);
        Assert.Contains(reason, e.Message);
    }

    [Fact]
    public void Reads_a_file_and_names_it_in_errors()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sitrep-timeml-{Guid.NewGuid():N}.tml");
        try
        {
            File.WriteAllText(path, Sample);
            Assert.Equal(3, TimeMlReader.Read(path).Timexes.Count);
            File.WriteAllText(path, "<TimeML><TEXT>cut off");
            var e = Assert.Throws<FormatException>(() => TimeMlReader.Read(path));
            Assert.StartsWith(path + ": ", e.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [SharedDataFact(SharedData.TbaqFolder + "/TimeBank/ABC19980108.1830.0711.tml")]
    public void Reads_every_tbaq_cleaned_document_with_extents_matching_their_text()
    {
        var folder = SharedData.Find(SharedData.TbaqFolder)!;
        var docs = Directory.EnumerateFiles(folder, "*.tml", SearchOption.AllDirectories).Select(TimeMlReader.Read).ToList();
        Assert.Equal(256, docs.Count);
        Assert.All(docs, d => Assert.NotNull(d.Dct));
        foreach (var d in docs)
            foreach (var t in d.Timexes) Assert.Equal(t.Text, d.Text[t.Start..t.End]);
    }
}
