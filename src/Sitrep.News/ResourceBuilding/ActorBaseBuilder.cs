using Sitrep.News.Resources;
using Sitrep.Nlp.Lexicon;
using Sitrep.Nlp.Text;
using Sitrep.News.Actors;

namespace Sitrep.News.ResourceBuilding;

/// <summary>
/// Converts the PETRARCH2/Phoenix actor dictionaries into Sitrep's actor base (resources/actors.tsv.gz):
/// persons and organisations with display names, usable aliases and dated codes. Country entries are
/// left to the gazetteer; aliases that prefix a name with a title or demonym ("FOREIGN MINISTER LAVROV")
/// are dropped, since the bare name is matched anyway and mentions should span names.
/// </summary>
public static class ActorBaseBuilder
{
    public const string FileName = ActorBase.FileName;
    private static readonly string[] Files = ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"];

    public static (int Actors, IReadOnlyList<(string Word, string Code3)> CountryWords) Build(string petrarchDir, string outDir, CommonWords common, ISet<string> demonyms)
    {
        var actors = new List<Actor>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var countryWords = new List<(string, string)>();
        var organizations = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in Files)
        {
            foreach (var e in PetrarchDictionaryReader.Read(Path.Combine(petrarchDir, file)))
            {
                if (e.Name.Length < 2 || e.Roles.Count == 0) continue;
                // A country entry ends in a bare country code ("TAJIKISTAN [TJK >911221]"); the gazetteer owns countries,
                // and its one-word aliases ("TAJIK", "KYRGYZ") are demonyms.
                if (e.Roles.Any(r => r.Code.Length == 3 && r.Until is null) && !e.FromCountryInfo)
                {
                    var code3 = e.Roles.Last(r => r.Code.Length == 3 && r.Until is null).Code;
                    countryWords.AddRange(e.Aliases.Where(a => !a.Contains(' ') && a.Length > 3).Select(a => (NameCase.Display(a), code3)));
                    continue;
                }
                bool person = e.FromCountryInfo || (e.Roles.Any(r => r.From is not null || r.Until is not null) && !LooksLikeOrganization(e.Name));
                var aliases = e.Aliases
                    .Where(a => a.Length >= 2 && a != e.Name && IsUsableAlias(a, e.Name, common, demonyms))
                    .Select(a => NameCase.Display(a))
                    .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
                var name = NameCase.Display(e.Name);
                if (!person)
                {
                    // "The European Union" is named "European Union"; the long form stays an alias (a sentence may open with it).
                    if (name.StartsWith("The ", StringComparison.Ordinal) && name.Length > 6)
                    {
                        aliases.Add(name);
                        name = name[4..];
                        aliases.RemoveAll(a => a.Equals(name, StringComparison.OrdinalIgnoreCase));
                    }
                    // An organisation the dictionaries list twice under one name and the same codes ("UN") is one actor.
                    if (organizations.TryGetValue(name, out var k) && actors[k].Roles.SequenceEqual(e.Roles))
                    {
                        actors[k] = actors[k] with { Aliases = actors[k].Aliases.Concat(aliases).Distinct(StringComparer.OrdinalIgnoreCase).ToList() };
                        continue;
                    }
                    organizations.TryAdd(name, actors.Count);
                }
                var id = Slug.Unique(Slug.Of(name, "actor"), ids);
                actors.Add(new Actor(id, person ? ActorKind.Person : ActorKind.Organization, name, e.Roles, aliases));
            }
        }
        ResourceFiles.WriteTsv(Path.Combine(outDir, FileName),
            "# Sitrep actor base, converted by 'sitrep resources build' from PETRARCH2 Phoenix actor dictionaries (MIT, Open Event Data Alliance).\n# id\tkind\tname\troles\taliases",
            actors.Select(a => string.Join('\t', a.Id, a.Kind == ActorKind.Person ? "P" : "O", a.Name,
                string.Join(';', a.Roles), string.Join('|', a.Aliases))));
        return (actors.Count, countryWords);
    }

    private static readonly string[] OrgWords =
        ["PARTY", "FRONT", "ARMY", "COUNCIL", "MINISTRY", "FORCE", "FORCES", "GROUP", "MOVEMENT", "ORGANIZATION", "UNION", "COMMITTEE",
         "COURT", "HOUSE", "AGENCY", "BANK", "COMMISSION", "ASSEMBLY", "PARLIAMENT", "CONGRESS", "SENATE", "GOVERNMENT", "BRIGADE", "POLICE"];

    private static bool LooksLikeOrganization(string name) => name.Split(' ').Any(w => OrgWords.Contains(w));

    private static bool IsUsableAlias(string alias, string name, CommonWords common, ISet<string> demonyms)
    {
        var words = alias.Split(' ');
        var nameWords = new HashSet<string>(name.Split(' '), StringComparer.OrdinalIgnoreCase);
        if (demonyms.Contains(words[0])) return false;
        // A lower-case word of English that is not part of the name is a title or description.
        return !words.Any(w => !nameWords.Contains(w) && common.IsCommon(w) && !OrgWords.Contains(w));
    }
}
