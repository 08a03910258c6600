using Sitrep.News.Agents;
using Sitrep.News.Resources;

namespace Sitrep.News.ResourceBuilding;

/// <summary>
/// Converts the CAMEO agent dictionaries into resources/actors-agents.tsv.gz: agent noun phrase → role
/// code. PLOVER's list (2021) wins where both give a phrase; PETRARCH2 Phoenix fills in the rest.
/// </summary>
public static class AgentDictionaryBuilder
{
    public const string FileName = AgentBase.FileName;

    public static int Build(string eventsDir, string outDir)
    {
        var rows = new Dictionary<string, (string Code, string Source)>(StringComparer.Ordinal);
        foreach (var (file, source) in new[] { ("plover/PLOVER_agents.ngec.txt", "plover"), ("petrarch2/Phoenix.agents.txt", "phoenix") })
            foreach (var e in AgentDictionaryReader.Read(Path.Combine(eventsDir, file)))
                // A phrase with non-ASCII letters here is mis-encoded Spanish ("PÃŠBLICAS"); English news never writes it.
                if (e.Phrase.All(char.IsAscii)) rows.TryAdd(e.Phrase, (e.Code, source));
        ResourceFiles.WriteTsv(Path.Combine(outDir, FileName),
            "# Sitrep agents, converted by 'sitrep resources build' from PLOVER_agents.ngec.txt and PETRARCH2 Phoenix.agents.txt (MIT, Open Event Data Alliance).\n# phrase\tcode\tsource",
            rows.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => $"{r.Key}\t{r.Value.Code}\t{r.Value.Source}"));
        return rows.Count;
    }
}
