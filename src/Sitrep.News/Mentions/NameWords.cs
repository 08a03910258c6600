using Sitrep.News.Resources;

namespace Sitrep.News.Mentions;

/// <summary>
/// Word lists that tell a name's kind: given names (induced from CoNLL-2003 train persons, the actor
/// base and the MIT name list; resources/given-names.txt.gz), titles that announce a person
/// ("spokesman", "Minister"), and head words of organisations ("Ministry", "Institute").
/// </summary>
public sealed class NameWords
{
    public const string GivenNamesFileName = "given-names.txt.gz";

    private static readonly Lazy<NameWords> Shared = new(() => new NameWords(
        ResourceFiles.ReadTsv(ResourceFiles.Find(GivenNamesFileName)).Select(c => c[0])));

    public static NameWords Default => Shared.Value;

    private readonly HashSet<string> _given;

    public NameWords(IEnumerable<string> givenNames) => _given = new HashSet<string>(givenNames, StringComparer.OrdinalIgnoreCase);

    public bool IsGivenName(ReadOnlySpan<char> w) => _given.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w);

    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "President", "Vice", "Prime", "Minister", "Deputy", "Foreign", "Defense", "Defence", "Secretary", "Spokesman", "Spokeswoman",
        "Spokesperson", "Envoy", "Special", "Representative", "Ambassador", "General", "Gen.", "Lt.", "Col.", "Maj.", "Capt.", "Adm.",
        "Colonel", "Major", "Captain", "Admiral", "Lieutenant", "Sergeant", "Commander", "Chief", "Head", "Director", "Chairman",
        "Chairwoman", "Chair", "Senator", "Sen.", "Governor", "Gov.", "Mayor", "Judge", "Justice", "King", "Queen", "Prince", "Princess",
        "Sheikh", "Shaikh", "Mullah", "Imam", "Ayatollah", "Pope", "Cardinal", "Bishop", "Rev.", "Mr.", "Mrs.", "Ms.", "Dr.",
        "Mr", "Mrs", "Ms", "Dr", "Prof.", "Professor", "Editor", "Officer", "Official", "Leader", "Emir", "Sultan", "Marshal",
        "Commissioner", "Chancellor", "Premier", "Speaker", "Attorney", "Counsel", "Adviser", "Advisor", "Analyst", "Expert",
        "Former", "Acting", "Interim", "Senior", "Top", "State", "Interior", "Staff", "Joint", "Chiefs", "of", "the",
    };

    /// <summary>Words that announce a person when they stand right before a capitalized name.</summary>
    public static bool IsTitle(ReadOnlySpan<char> w) => Titles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w);

    private static readonly HashSet<string> OrganizationHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "Ministry", "Institute", "Forum", "Committee", "Council", "Organization", "Organisation", "Command", "Army", "Forces", "Force", "Party", "University", "Agency",
        "Department", "Office", "Group", "Movement", "Court", "Bank", "Company", "Corporation", "Corp.", "Inc.", "Ltd.", "News", "Times", "Post",
        "Commission", "Association", "Union", "Alliance", "Front", "Brigade", "Brigades", "Police", "Guard", "Navy", "Parliament", "Assembly", "Senate", "Congress",
        "Cabinet", "Government", "Administration", "Federation", "Foundation", "Center", "Centre", "Service", "Services", "Bureau", "Authority", "League", "Network", "Television",
        "TV", "Radio", "Press", "Staff", "Board", "Society", "Club", "Chiefs", "Fund", "Program", "Programme",
    };

    public static bool IsOrganizationHead(ReadOnlySpan<char> w) => OrganizationHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w);

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    { "of", "the", "for", "al", "bin", "ibn", "de", "del", "van", "von", "da", "di", "la", "le", "on" };

    /// <summary>Lower-case words allowed inside a name: "Ministry of Foreign Affairs", "Osama bin Laden".</summary>
    public static bool IsParticle(ReadOnlySpan<char> w) => Particles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w);

    private static readonly HashSet<string> GroupDescriptors = new(StringComparer.OrdinalIgnoreCase)
    {
        "Asian", "African", "European", "American", "Arab", "Arabian", "Latin", "Western", "Eastern", "Nordic", "Slavic", "Muslim", "Muslims",
        "Christian", "Christians", "Jewish", "Jews", "Sunni", "Shia", "Shiite", "Islamic", "Islamist", "Islamists", "Jihadi", "Jihadis", "Jihadist",
        "Mujahideen", "Mujahedeen", "Kurdish", "Kurds", "Pashtun", "Pashtuns", "Hazara", "Uzbek", "Uzbeks", "Tajik", "Tajiks", "Baloch",
    };

    /// <summary>Religious, ethnic and regional group words: they describe people, they do not name an entity.</summary>
    public static bool IsGroupDescriptor(ReadOnlySpan<char> w) => GroupDescriptors.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w);

    private static readonly HashSet<string> SpeechVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "say", "added", "adds", "stressed", "claimed", "claims", "warned", "warns", "told", "tells", "noted", "notes",
        "stated", "states", "confirmed", "confirms", "announced", "announces", "asserted", "asserts", "explained", "explains",
        "wrote", "writes", "declared", "declares", "insisted", "insists", "argued", "argues", "emphasized", "emphasised", "underlined",
        "continued", "replied", "responded", "commented", "acknowledged", "admitted", "believes", "believed", "thinks", "recalled",
        "reported", "reports", "tweeted", "posted", "urged", "urges", "called", "criticized", "criticised", "denied", "denies",
        "promised", "pledged", "vowed", "predicted", "suggested", "concluded", "expressed", "assured", "guaranteed", "threatened",
    };

    public static bool IsSpeechVerb(ReadOnlySpan<char> w) => SpeechVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w);
}
