using Sitrep.News.Resources;
using Sitrep.Nlp.Lexicon;
using Sitrep.Nlp.Text;
using Sitrep.News.Actors;

namespace Sitrep.News.ResourceBuilding;

/// <summary>
/// Converts the PETRARCH2/Phoenix actor dictionaries into Sitrep's actor base (resources/actors.tsv.gz):
/// persons and organisations with display names, usable aliases and dated codes. Country entries (a bare
/// country code: "TAJIKISTAN [TJK]") are left to the gazetteer; a bare three-letter code that is no country
/// ("REUTERS [MED]", "CHEVRON_ [MNC]", "KOFI_ANNAN_ [ELI]") is an actor like any other. Name lines that share a
/// code block are one actor when they share a word ("BORIS_YELTSIN_" … "RUSSIAN_PRESIDENT_YELTSIN"), else
/// actors of their own with the same codes. Aliases that prefix a name with a title or demonym
/// ("FOREIGN MINISTER LAVROV") are dropped, since the bare name is matched anyway and mentions should span names.
/// </summary>
public static class ActorBaseBuilder
{
    public const string FileName = ActorBase.FileName;
    private const string CountriesFile = "Phoenix.Countries.actors.txt";
    private static readonly string[] Files = [CountriesFile, "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"];

    /// <summary>Converts with the country codes of the gazetteer already built in <paramref name="outDir"/> (see <see cref="CountryCodes"/>).</summary>
    public static (int Actors, IReadOnlyList<(string Word, string Code3)> CountryWords) Build(string petrarchDir, string outDir, CommonWords common, ISet<string> demonyms) =>
        Build(petrarchDir, outDir, common, demonyms, CountryCodes(Path.Combine(outDir, GazetteerBuilder.FileName), petrarchDir));

    public static (int Actors, IReadOnlyList<(string Word, string Code3)> CountryWords) Build(string petrarchDir, string outDir, CommonWords common, ISet<string> demonyms,
        IReadOnlySet<string> countryCodes)
    {
        var actors = new List<Actor>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var countryWords = new List<(string, string)>();
        var organizations = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in Files)
        {
            foreach (var e in SynonymsMerged(PetrarchDictionaryReader.Read(Path.Combine(petrarchDir, file))))
            {
                if (e.Name.Length < 2 || e.Roles.Count == 0) continue;
                // A country entry ends in a bare country code ("TAJIKISTAN [TJK >911221]"); the gazetteer owns countries,
                // and its one-word aliases ("TAJIK", "KYRGYZ") are demonyms.
                if (CountryCode(e, countryCodes) is { } code3)
                {
                    countryWords.AddRange(e.Aliases.Where(a => !a.Contains(' ') && a.Length > 3).Select(a => (NameCase.Display(a), code3)));
                    continue;
                }
                if (IsCategory(e)) continue;
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

    /// <summary>
    /// The codes that name a country: the ISO 3166-1 alpha-3 codes of the gazetteer's countries (which CAMEO uses)
    /// and the bare three-letter codes of the country entries of Phoenix.Countries.actors.txt (CountryInfo's states,
    /// among them the few CAMEO codes outside ISO: Kosovo KSV, East Timor TMP, the Soviet Union SUN, East Germany DDR).
    /// </summary>
    public static IReadOnlySet<string> CountryCodes(string placesPath, string petrarchDir)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in ResourceFiles.ReadTsv(placesPath))
            if (c.Length > 4 && c[2].StartsWith("A.PCL", StringComparison.Ordinal) && c[4].Length == 3) codes.Add(c[4]);
        foreach (var e in PetrarchDictionaryReader.Read(Path.Combine(petrarchDir, CountriesFile)))
            if (!e.FromCountryInfo && BareCode(e) is { } code) codes.Add(code);
        return codes;
    }

    /// <summary>The entry's last open three-letter code ("TAJIKISTAN [TJK >911221]" → TJK), or null.</summary>
    private static string? BareCode(PetrarchDictionaryReader.Entry e) =>
        e.Roles.LastOrDefault(r => r.Code.Length == 3 && r.Until is null)?.Code;

    /// <summary>The country an entry names: its last open three-letter code that is a country's; a person from CountryInfo never names one.</summary>
    private static string? CountryCode(PetrarchDictionaryReader.Entry e, IReadOnlySet<string> countryCodes) =>
        e.FromCountryInfo ? null : e.Roles.LastOrDefault(r => r.Code.Length == 3 && r.Until is null && countryCodes.Contains(r.Code))?.Code;

    /// <summary>
    /// Name lines that share a code block (<see cref="PetrarchDictionaryReader.Entry.Block"/>) as actors: a line that shares
    /// a word with an earlier line of the block is its synonym ("BORIS_N._YELTSIN" after "BORIS_YELTSIN_": one actor named
    /// by the first line, the others aliases); a line that shares none names another actor with the same codes
    /// ("SARAYAT_AL-QUDS" and "JUND_AL_AQSA", both SYRREBMUS).
    /// </summary>
    internal static IEnumerable<PetrarchDictionaryReader.Entry> SynonymsMerged(IEnumerable<PetrarchDictionaryReader.Entry> entries)
    {
        var block = new List<(PetrarchDictionaryReader.Entry Entry, HashSet<string> Words)>();
        IEnumerable<PetrarchDictionaryReader.Entry> Flush()
        {
            var done = block.Select(b => b.Entry).ToList();
            block.Clear();
            return done;
        }
        foreach (var e in entries)
        {
            if (block.Count > 0 && block[0].Entry.Block != e.Block)
                foreach (var done in Flush()) yield return done;
            var words = NameWords(e.Name);
            int into = block.FindIndex(b => b.Words.Overlaps(words));
            if (into < 0)
            {
                block.Add((e, words));
                continue;
            }
            var (first, firstWords) = block[into];
            firstWords.UnionWith(words);
            block[into] = (first with
            {
                Aliases = [.. first.Aliases, e.Name, .. e.Aliases],
                FromCountryInfo = first.FromCountryInfo || e.FromCountryInfo,
            }, firstWords);
        }
        foreach (var done in Flush()) yield return done;
    }

    /// <summary>
    /// A category rather than an actor: an entry named by one of its codes ("NGO_ [NGO]"), the code's plural ("MNCS_ [MNC]")
    /// or the words the code abbreviates ("NON_GOVERNMENTAL_ORGANIZATION [NGO]"). As an actor it would make one entity of
    /// every NGO an article mentions, and a name of "MNC" in "MNC Financial Inc"; group nouns are the agents' business.
    /// </summary>
    private static bool IsCategory(PetrarchDictionaryReader.Entry e)
    {
        var words = e.Name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        var initials = words.Length > 1 ? string.Concat(words.Select(w => w[0])) : "";
        return e.Roles.Any(r => e.Name.Equals(r.Code, StringComparison.OrdinalIgnoreCase) || e.Name.Equals(r.Code + "S", StringComparison.OrdinalIgnoreCase)
            || initials.Equals(r.Code, StringComparison.OrdinalIgnoreCase));
    }

    private static readonly HashSet<string> Particles = new(["THE", "AND", "FOR"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The words of a name that can tie two name lines: three letters or more, not "the", "and", "for".</summary>
    private static HashSet<string> NameWords(string name) =>
        new(name.Split([' ', '-', '.', ',', '\'', '"'], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 3 && !Particles.Contains(w)),
            StringComparer.OrdinalIgnoreCase);

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
