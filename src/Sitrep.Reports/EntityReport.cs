using System.Globalization;
using System.Text;
using Sitrep.Corpus.Entities;
using Sitrep.Corpus.Situations;
using Sitrep.News.Actors;
using Sitrep.News.Places;
using Sitrep.Reports.Sections;

namespace Sitrep.Reports;

/// <summary>
/// One entity of a situation as plain text (`sitrep entity NAME`): its names, actor code and dated roles,
/// the places it is tied to, and the articles and quotes that mention it.
/// </summary>
public static class EntityReport
{
    /// <summary>
    /// The entities a name picks out: by id, name or alias (case-insensitive); failing that, by the actor
    /// base ("Joseph R. Biden" finds Joe Biden) or a spelling-tolerant key ("Sergei Lavrov" finds Sergey Lavrov).
    /// Most-mentioned first.
    /// </summary>
    public static IReadOnlyList<Entity> Find(Situation s, string name, ActorBase? actors = null)
    {
        var query = name.Trim();
        bool Is(string candidate) => string.Equals(candidate, query, StringComparison.OrdinalIgnoreCase);
        var found = s.Entities.Where(e => Is(e.Id) || Is(e.Name) || e.Aliases.Any(Is)).ToList();
        if (found.Count == 0 && actors?.Names is { } names)
        {
            var canonical = actors.All.Where(a => Is(a.Name) || a.Aliases.Any(Is)).Select(a => a.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            found = s.Entities.Where(e => canonical.Contains(e.Name)).ToList();
        }
        if (found.Count == 0)
        {
            var key = Key(query);
            found = s.Entities.Where(e => Key(e.Name) == key || e.Aliases.Any(a => Key(a) == key)).ToList();
        }
        return found.OrderByDescending(e => e.MentionCount).ToList();
    }

    private static string Date(Sitrep.News.Documents.ArticleAnalysis a) =>
        a.PublicationDate is { } d ? d + (a.IsDateInferred ? "?" : "") : "undated";

    private static string TypeName(Sitrep.News.Documents.MentionType t) => t switch
    {
        Sitrep.News.Documents.MentionType.Person => "PERSON",
        Sitrep.News.Documents.MentionType.Organization => "ORG",
        _ => "PLACE",
    };

    private static string Key(string name) => string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(NameKey.Skeleton));

    public static string Render(Situation s, Entity e, Gazetteer? places = null)
    {
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.Append(inv, $"{e.Name}  [{e.Id}]  {TypeName(e.Type)}\n");
        sb.Append(inv, $"Code:      {e.Actor ?? "—"}\n");
        sb.Append(inv, $"Aliases:   {(e.Aliases.Count == 0 ? "—" : string.Join("; ", e.Aliases))}\n");
        if (e.Roles is { Count: > 0 } roles)
        {
            sb.Append("Roles:\n");
            foreach (var r in roles.OrderBy(r => r.From ?? DateOnly.MinValue))
                sb.Append(inv, $"  {r.Code,-10} {r.From?.ToString("yyyy-MM-dd", inv) ?? "…",-10} – {r.Until?.ToString("yyyy-MM-dd", inv) ?? "…",-10}{(r.Office is not null ? "  " + r.Office : r.From is null && r.Until is null ? "  (when no dated role holds)" : "")}\n");
        }
        else sb.Append("Roles:     —\n");

        var placeLines = Places(s, e, places).ToList();
        sb.Append(inv, $"Places:    {(placeLines.Count == 0 ? "—" : string.Join("; ", placeLines))}\n");

        var articles = s.Articles.Where(a => e.Articles.Contains(a.Article.Id)).ToList();
        sb.Append(inv, $"Articles ({articles.Count}; ? marks an inferred date):\n");
        foreach (var a in articles)
        {
            int n = a.Mentions.Count(m => s.EntityId(a.Article.Id, m.Key) == e.Id);
            sb.Append(inv, $"  {Date(a),-12} {a.Article.Title}  [{a.Article.Id}]  {n} mention(s)\n");
        }
        var quotes = articles.SelectMany(a => a.Quotes.Where(q => s.EntityId(a.Article.Id, q.SpeakerKey) == e.Id).Select(q => (a, q))).ToList();
        sb.Append(inv, $"Quotes ({quotes.Count}):\n");
        foreach (var (a, q) in quotes)
            sb.Append(inv, $"  \"{q.Text.Trim()}\" ({q.Cue ?? "said"}; {a.Article.Title}, {Date(a)})\n");
        return sb.ToString();
    }

    /// <summary>
    /// A place entity's gazetteer entry; for others the country of their code and the places named in the
    /// same sentences as them, most often first.
    /// </summary>
    private static IEnumerable<string> Places(Situation s, Entity e, Gazetteer? places)
    {
        if (e.Place is { } p)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"{p.Name} ({p.FeatureClass}, {p.Country}, {p.Lat:0.#####}, {p.Lon:0.#####})");
            yield break;
        }
        string? home = null;
        if (e.Actor is { Length: >= 3 } code && places?.CountryByCode3(code[..3]) is { } country)
        {
            home = country.Name;
            yield return $"{country.Name} (country of {code})";
        }
        var near = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var a in s.Articles.Where(a => e.Articles.Contains(a.Article.Id)))
        {
            var own = a.Mentions.Where(m => s.EntityId(a.Article.Id, m.Key) == e.Id).ToList();
            foreach (var sentence in a.Sentences.Where(x => own.Any(m => m.Start >= x.Start && m.End <= x.End)))
                foreach (var m in a.Mentions.Where(m => m.PlaceId is not null && m.Start >= sentence.Start && m.End <= sentence.End))
                    if (s.EntityId(a.Article.Id, m.Key) is { } id && s.Entity(id) is { } place)
                        near[place.Name] = near.GetValueOrDefault(place.Name) + 1;
        }
        if (home is not null) near.Remove(home);
        foreach (var (name, count) in near.OrderByDescending(x => x.Value).ThenBy(x => x.Key, StringComparer.Ordinal).Take(6))
            yield return $"{name} ({count} sentence(s))";
    }
}
