using Sitrep.News.Resources;
using Sitrep.Nlp.Matching;
using Sitrep.News.Actors;
using Sitrep.News.Documents;

namespace Sitrep.News.Agents;

/// <summary>
/// Agent noun phrases and the role they code ("president" → GOV, "security forces" → MIL): the converted
/// CAMEO/PLOVER agents (resources/actors-agents.tsv.gz), the reviewed overlay (resources/actors-agents-overlay.tsv,
/// which overrides), and the offices the actor base dates ("secretary of state"). Loaded once per process.
/// </summary>
public sealed class AgentBase
{
    /// <summary>The converted agent dictionary (built by 'sitrep resources build').</summary>
    public const string FileName = "actors-agents.tsv.gz";
    public const string OverlayFileName = "actors-agents-overlay.tsv";

    /// <summary>What an agent phrase stands for: a role code (empty: the qualifier's own code, as "official") and whether it names an office.</summary>
    public sealed record Phrase(string Code, bool IsOffice);

    private static readonly Lazy<AgentBase> Shared = new(() =>
        Load(ResourceFiles.Find(FileName), ResourceFiles.Find(OverlayFileName), ActorBase.Default));

    public static AgentBase Default => Shared.Value;

    public PhraseMatcher<Phrase> Phrases { get; } = new();

    public int Count { get; private set; }

    public static AgentBase Load(string path, string? overlayPath, ActorBase actors)
    {
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var c in ResourceFiles.ReadTsv(path)) codes[c[0]] = c[1];
        if (overlayPath is not null)
            foreach (var c in ResourceFiles.ReadTsv(overlayPath))
                if (c[1] == "-") codes.Remove(c[0]);
                else codes[c[0]] = c[1];
        var offices = actors.OfficeNames.ToHashSet(StringComparer.Ordinal);
        foreach (var office in offices)
            codes.TryAdd(office, "GOV");
        var agents = new AgentBase();
        foreach (var (phrase, code) in codes) agents.Phrases.Add(phrase, new Phrase(code, offices.Contains(phrase)));
        agents.Count = codes.Count;
        return agents;
    }
}
