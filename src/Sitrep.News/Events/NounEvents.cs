using Sitrep.News.Resources;
using Sitrep.Nlp.Matching;

namespace Sitrep.News.Events;

/// <summary>
/// Nouns that name an action ("withdrawal", "talks", "attack"), from the hand-written resources/events-nouns.tsv:
/// the CAMEO code each takes and which attached phrase is the source or the target.
/// </summary>
public sealed class NounEvents
{
    public const string FileName = "events-nouns.tsv";

    /// <summary>A noun's code and roles: preposition (upper case; "_" a modifier before the noun) → 'S', 'T' or 'B'.</summary>
    public sealed record Trigger(string Name, string Code, IReadOnlyDictionary<string, char> Roles);

    private static readonly Lazy<NounEvents> Shared = new(() => Load(ResourceFiles.Find(FileName)));

    public static NounEvents Default => Shared.Value;

    private readonly Dictionary<string, Trigger> _nouns = new(StringComparer.OrdinalIgnoreCase);

    public int Count => _nouns.Count;

    public static NounEvents Load(string path)
    {
        var nouns = new NounEvents();
        foreach (var r in ResourceFiles.ReadTsv(path))
        {
            var roles = new Dictionary<string, char>(StringComparer.Ordinal);
            foreach (var role in r[2].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                int eq = role.IndexOf('=');
                roles[role[..eq].ToUpperInvariant()] = role[eq + 1];
            }
            var trigger = new Trigger(r[0], r[1], roles);
            nouns._nouns[TokenKey.Fold(r[0])] = trigger;
            // The regular plural names the same action ("attacks", "airstrikes"), unless the list gives it.
            if (!r[0].EndsWith('s')) nouns._nouns.TryAdd(TokenKey.Fold(r[0] + "s"), trigger);
        }
        return nouns;
    }

    /// <summary>The trigger a folded token key names, if any.</summary>
    public Trigger? Find(string key) => _nouns.GetValueOrDefault(key);

    public bool IsTrigger(string key) => _nouns.ContainsKey(key);
}
