using Sitrep.News.Resources;
using Sitrep.Nlp.Matching;
using Sitrep.Nlp.Text;

namespace Sitrep.News.Actors;

/// <summary>
/// Sitrep's actor base: the converted PETRARCH2 dictionaries (resources/actors.tsv.gz) plus the
/// reviewed overlay of actors and roles since the dictionaries were frozen (resources/actors-overlay.tsv).
/// Loaded once per process on first use; read-only and thread-safe afterwards.
/// </summary>
public sealed class ActorBase
{
    /// <summary>The converted actor base (built by 'sitrep resources build').</summary>
    public const string FileName = "actors.tsv.gz";
    public const string OverlayFileName = "actors-overlay.tsv";

    private static readonly Lazy<ActorBase> Shared = new(() => Load(ResourceFiles.Find(FileName), ResourceFiles.Find(OverlayFileName)));

    public static ActorBase Default => Shared.Value;

    private readonly Dictionary<string, Actor> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Actor> _byName = new(StringComparer.OrdinalIgnoreCase);

    private readonly Dictionary<string, List<(Actor Actor, ActorRole Role)>> _offices = new(StringComparer.Ordinal);

    public PhraseMatcher<Actor> Names { get; } = new();

    /// <summary>The offices the roles name ("president", "foreign minister"), lower case.</summary>
    public IEnumerable<string> OfficeNames => _offices.Keys;

    public int Count => _byId.Count;

    public IEnumerable<Actor> All => _byId.Values;

    public static ActorBase Load(string basePath, string? overlayPath)
    {
        var actors = new List<Actor>();
        foreach (var c in ResourceFiles.ReadTsv(basePath))
            actors.Add(Parse(c));
        var byName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < actors.Count; i++) byName.TryAdd(actors[i].Name, i);
        if (overlayPath is not null)
        {
            // Overlay rows: name, kind, roles, aliases, source. A known name gains roles and aliases.
            foreach (var c in ResourceFiles.ReadTsv(overlayPath))
            {
                var add = new Actor(Slug.Of(c[0], "actor"), c[1] == "P" ? ActorKind.Person : ActorKind.Organization, c[0],
                    c[2].Length == 0 ? [] : c[2].Split(';').Select(ActorRole.Parse).ToList(),
                    c[3].Length == 0 ? [] : c[3].Split('|'));
                if (byName.TryGetValue(c[0], out var i))
                    actors[i] = actors[i] with
                    {
                        Kind = add.Kind,
                        Roles = ActorRole.Merge(add.Roles, actors[i].Roles),
                        Aliases = actors[i].Aliases.Concat(add.Aliases).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
                    };
                else
                {
                    byName[c[0]] = actors.Count;
                    actors.Add(add);
                }
            }
        }
        var baseActors = new ActorBase();
        foreach (var a in actors) baseActors.Add(a);
        return baseActors;
    }

    public void Add(Actor actor)
    {
        _byId[actor.Id] = actor;
        _byName.TryAdd(actor.Name, actor);
        Names.Add(actor.Name, actor);
        foreach (var alias in actor.Aliases) Names.Add(alias, actor);
        foreach (var role in actor.Roles)
            foreach (var office in role.OfficeNames)
            {
                var key = office.ToLowerInvariant();
                if (!_offices.TryGetValue(key, out var holders)) _offices[key] = holders = [];
                holders.Add((actor, role));
            }
    }

    /// <summary>
    /// The one actor who held <paramref name="office"/> for <paramref name="qualifier"/> (a country code such as
    /// USA, or an actor code such as IGOWSTNAT) on <paramref name="date"/>; null when none or several did.
    /// </summary>
    public Actor? OfficeHolder(string office, string qualifier, DateOnly date)
    {
        if (!_offices.TryGetValue(office.ToLowerInvariant(), out var holders)) return null;
        var found = holders.Where(h => h.Role.Code.StartsWith(qualifier, StringComparison.Ordinal) && h.Role.HoldsOn(date)).Select(h => h.Actor).Distinct().ToList();
        return found.Count == 1 ? found[0] : null;
    }

    public Actor? ById(string id) => _byId.GetValueOrDefault(id);

    public Actor? ByName(string name) => _byName.GetValueOrDefault(name);

    private static Actor Parse(string[] c) =>
        new(c[0], c[1] == "P" ? ActorKind.Person : ActorKind.Organization, c[2],
            c[3].Length == 0 ? [] : c[3].Split(';').Select(ParseRole).ToList(),
            c.Length > 4 && c[4].Length > 0 ? c[4].Split('|') : []);

    /// <summary>
    /// <see cref="ActorRole.Parse"/> for the converted base's roles (CODE:yyyy-MM-dd:yyyy-MM-dd[:office]), without
    /// the culture-aware date parser for the 30,000 dates; anything else goes to <see cref="ActorRole.Parse"/>.
    /// </summary>
    private static ActorRole ParseRole(string s)
    {
        var parts = s.Split(':');
        if (parts.Length is < 3 or > 4 || !TryDate(parts[1], out var from) || !TryDate(parts[2], out var until)) return ActorRole.Parse(s);
        return new ActorRole(parts[0], from, until, parts.Length > 3 && parts[3].Length > 0 ? parts[3] : null);
    }

    private static bool TryDate(string s, out DateOnly? date)
    {
        date = null;
        if (s.Length == 0) return true;
        if (s.Length != 10 || s[4] != '-' || s[7] != '-') return false;
        int Digits(int at, int count)
        {
            int n = 0;
            for (int i = at; i < at + count; i++)
            {
                if (!char.IsAsciiDigit(s[i])) return -1;
                n = n * 10 + (s[i] - '0');
            }
            return n;
        }
        int year = Digits(0, 4), month = Digits(5, 2), day = Digits(8, 2);
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }
}
