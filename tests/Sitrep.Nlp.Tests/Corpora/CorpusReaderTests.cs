using Sitrep.Nlp.Corpora;
using Xunit;

namespace Sitrep.Nlp.Tests.Corpora;

public class CorpusReaderTests
{
    [Theory]
    [InlineData("I-PER I-PER O I-LOC", "0-2:PER 3-4:LOC")]
    [InlineData("B-PER I-PER B-PER", "0-2:PER 2-3:PER")]
    [InlineData("I-ORG B-ORG I-ORG O", "0-1:ORG 1-3:ORG")]
    [InlineData("I-MISC I-LOC", "0-1:MISC 1-2:LOC")]
    [InlineData("S-LOC B-PER L-PER U-ORG", "0-1:LOC 1-3:PER 3-4:ORG")]
    [InlineData("B-LOC E-LOC O S-PER", "0-2:LOC 3-4:PER")]
    [InlineData("O O", "")]
    public void Reads_entity_spans_like_conlleval(string tags, string expected)
    {
        var spans = Conll2003Reader.Spans(tags.Split(' '));
        Assert.Equal(expected, string.Join(' ', spans.Select(s => $"{s.Start}-{s.End}:{s.Type}")));
    }

    [Fact]
    public void Reads_and_writes_conllu_skipping_multiword_ranges()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "# sent_id = s1\n# text = I can't\n1\tI\tI\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n2-3\tcan't\t_\t_\t_\t_\t_\t_\t_\t_\n2\tca\tcan\tAUX\tMD\t_\t0\troot\t_\t_\n3\tn't\tnot\tPART\tRB\t_\t2\tadvmod\t_\t_\n\n");
            var s = ConlluReader.Read(path).Single();
            Assert.Equal(("s1", "I can't"), (s.Id, s.Text));
            Assert.Equal(["I", "ca", "n't"], s.Tokens.Select(t => t.Form));
            Assert.Equal([2, 0, 2], s.Tokens.Select(t => t.Head));
            var written = new StringWriter();
            ConlluReader.Write(written, [s]);
            Assert.Contains("2\tca\tcan\tAUX\tMD\t_\t0\troot\t_\t_", written.ToString());
        }
        finally
        {
            File.Delete(path);
        }
    }
}
