using Sitrep.News.Actors;
using Xunit;
using Sitrep.News.ResourceBuilding;

namespace Sitrep.News.Tests.Actors;

public class AgentDictionaryReaderTests
{
    [Fact]
    public void Reads_phrases_sets_and_plurals_as_PETRARCH_does()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path,
            [
                "# a comment",
                "!PERSON! = MAN, WOMAN",
                "BORDER_GUARD [~MIL]",
                "MILITIA {} [~UAF]  # no plural given",
                "THIEF {THIEVES} [~CRM]",
                "AUTHORITY [~GOV]",
                "SPOKES!PERSON! [~GOV]",
            ]);
            var entries = AgentDictionaryReader.Read(path).Select(e => $"{e.Phrase}|{e.Code}").ToList();
            Assert.Equal(["border guard|MIL", "border guards|MIL", "militia|UAF", "thief|CRM", "thieves|CRM", "authority|GOV", "authorities|GOV",
                "spokesman|GOV", "spokeswoman|GOV"], entries);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
