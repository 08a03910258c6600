using Sitrep.News.Actors;
using Sitrep.News.Mentions;
using Sitrep.News.Pipeline;
using Sitrep.News.Places;
using Sitrep.Nlp.Text;
using Sitrep.News.Documents;

namespace Sitrep.Corpus.Entities;

/// <summary>
/// Merges the article-local entity keys of many articles into corpus entities. Actor and gazetteer
/// keys are global already. Names found by rules merge when their surname skeletons match and their
/// given names agree (Sergei/Sergey Lavrov, Joe/Joseph Biden — never Joseph Biden with Joseph
/// Dunford); a lone surname joins the one full name in the corpus that ends with it.
/// </summary>
public sealed class EntityResolver(ActorBase actors, Gazetteer places)
{
    private sealed class Group
    {
        public required string Key;
        public MentionType Type;
        public readonly List<(string Article, Mention Mention)> Mentions = [];
        public Group? Parent;
        public Group Root => Parent is null ? this : (Parent = Parent.Root);
        public string[] Words = [];
    }

    public (IReadOnlyList<Entity> Entities, IReadOnlyDictionary<(string Article, string Key), string> Ids) Resolve(IReadOnlyList<ArticleAnalysis> articles, DateOnly? referenceDay)
    {
        var groups = new Dictionary<string, Group>(StringComparer.Ordinal);
        // Codes the agent coder gave rule-found organisations ("Tajik Army" TJKMIL), by article and span.
        var agentCodes = new Dictionary<(string Article, int Start, int End), string>();
        foreach (var a in articles)
            foreach (var agent in a.Agents)
                if (agent.ActorId is null) agentCodes.TryAdd((a.Article.Id, agent.Start, agent.End), agent.Code);
        var order = new List<Group>();
        foreach (var a in articles)
            foreach (var m in a.Mentions)
            {
                if (!groups.TryGetValue(m.Key, out var g))
                {
                    groups[m.Key] = g = new Group { Key = m.Key, Type = m.Type };
                    order.Add(g);
                }
                g.Mentions.Add((a.Article.Id, m));
            }

        foreach (var g in order)
            g.Words = DisplayName(g).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        MergeNames(order.Where(g => g.Type == MentionType.Person).ToList());
        MergeOrganizations(order.Where(g => g.Type == MentionType.Organization).ToList());
        MergeMistypedNames(order.Where(g => g.Type == MentionType.Person).ToList(), order.Where(g => g.Key.StartsWith("org:", StringComparison.Ordinal)).ToList());

        var entities = new List<Entity>();
        var ids = new Dictionary<(string, string), string>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        // One pass groups members under their root, so resolution stays linear in the number of keys.
        var byRoot = order.GroupBy(g => g.Root).ToList();
        foreach (var family in byRoot)
        {
            var root = family.Key;
            var members = family.ToList();
            var all = members.SelectMany(g => g.Mentions).ToList();
            var (name, actor, place, roles) = Describe(root, members, referenceDay);
            actor ??= all.Select(x => agentCodes.GetValueOrDefault((x.Article, x.Mention.Start, x.Mention.End))).FirstOrDefault(c => c is not null);
            var id = Slug.Unique(Slug.Of(name, "entity"), used);
            var aliases = all.Select(x => x.Mention.Text).Where(t => t != name && !IsDescription(t)).Distinct(StringComparer.Ordinal).OrderBy(t => t, StringComparer.Ordinal).ToList();
            var articleIds = all.Select(x => x.Article).Distinct().ToList();
            entities.Add(new Entity(id, name, root.Type, aliases, articleIds, place, actor, all.Count, roles));
            foreach (var (article, mention) in all) ids[(article, mention.Key)] = id;
        }
        return (entities, ids);
    }

    private (string Name, string? Actor, EntityPlace? Place, IReadOnlyList<ActorRole>? Roles) Describe(Group root, List<Group> members, DateOnly? day)
    {
        var actorGroup = members.FirstOrDefault(g => g.Key.StartsWith("actor:", StringComparison.Ordinal));
        if (actorGroup is not null && actors.ById(actorGroup.Key[6..]) is { } actor)
            return (actor.Name, actor.CodeOn(day), null, actor.Roles);
        if (root.Key.StartsWith("place:", StringComparison.Ordinal) && places.ById(root.Key[6..]) is { } p)
            return (p.Name, p.IsCountry ? p.Country3 : null,
                new EntityPlace(p.Id, p.Name, p.FeatureClass, p.Country, p.Admin1, p.Lat, p.Lon, p.CoordinateSource), null);
        return (members.Select(DisplayName).OrderByDescending(n => n.Split(' ').Length).ThenByDescending(n => n.Length).First(), null, null, null);
    }

    /// <summary>The fullest surface form a group was written as.</summary>
    private static string DisplayName(Group g) =>
        g.Mentions.Select(m => m.Mention.Text).GroupBy(t => t).OrderByDescending(t => t.Key.Split(' ').Length).ThenByDescending(t => t.Count()).First().Key;

    private static void MergeNames(List<Group> persons)
    {
        var bySurname = persons.GroupBy(g => NameKey.Skeleton(g.Words[^1]));
        foreach (var bucket in bySurname)
        {
            var full = bucket.Where(g => g.Words.Length >= 2).ToList();
            for (int i = 0; i < full.Count; i++)
                for (int j = i + 1; j < full.Count; j++)
                    if (NameKey.SameGivenName(full[i].Words[0], full[j].Words[0]) || full[i].Key.StartsWith("actor:", StringComparison.Ordinal) && full[i].Key == full[j].Key)
                        Union(full[i], full[j]);
            var distinct = full.Select(g => g.Root).Distinct().ToList();
            if (distinct.Count != 1) continue;
            foreach (var lone in bucket.Where(g => g.Words.Length == 1)) Union(distinct[0], lone);
        }
    }

    private static void MergeOrganizations(List<Group> orgs)
    {
        foreach (var bucket in orgs.GroupBy(g => string.Join(' ', g.Words.Select(NameKey.Skeleton))))
        {
            var list = bucket.ToList();
            for (int i = 1; i < list.Count; i++) Union(list[0], list[i]);
        }
    }

    /// <summary>
    /// A recognizer sometimes types a person as an organisation in one sentence ("Dilshod Rahimov said"
    /// read as ORG). A rule-found organisation whose name is a person's full name, or the surname of
    /// exactly one person, is that person.
    /// </summary>
    private static void MergeMistypedNames(List<Group> persons, List<Group> orgs)
    {
        static string Key(IEnumerable<string> words) => string.Join(' ', words.Select(NameKey.Skeleton));
        var byFullName = persons.Where(p => p.Words.Length >= 2).GroupBy(p => Key(p.Words)).ToDictionary(g => g.Key, g => g.First());
        var bySurname = persons.Where(p => p.Words.Length >= 2).GroupBy(p => NameKey.Skeleton(p.Words[^1]))
            .Where(g => g.Select(p => p.Root).Distinct().Count() == 1).ToDictionary(g => g.Key, g => g.First());
        foreach (var org in orgs)
        {
            if (byFullName.TryGetValue(Key(org.Words), out var person)) Union(person, org);
            else if (org.Words.Length == 1 && bySurname.TryGetValue(NameKey.Skeleton(org.Words[0]), out person)) Union(person, org);
        }
    }

    /// <summary>Joins two groups; an actor or place key stays the root, so the canonical record names the entity.</summary>
    private static void Union(Group a, Group b)
    {
        var ra = a.Root;
        var rb = b.Root;
        if (ra == rb) return;
        if (IsCanonical(rb) && !IsCanonical(ra)) (ra, rb) = (rb, ra);
        rb.Parent = ra;
    }

    private static bool IsCanonical(Group g) => g.Key.StartsWith("actor:", StringComparison.Ordinal) || g.Key.StartsWith("place:", StringComparison.Ordinal);

    /// <summary>A short form that describes rather than names ("the alliance", "The group"): a mention, not an alias.</summary>
    private static bool IsDescription(string text) =>
        (text.StartsWith("the ", StringComparison.Ordinal) || text.StartsWith("The ", StringComparison.Ordinal)) && text.Length > 4 && char.IsLower(text[4]);
}
