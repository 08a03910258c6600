namespace Sitrep.Nlp.Tokens;

/// <summary>
/// Abbreviations of news English that keep their final period. Titles never end a sentence;
/// the others may, when the next word is capitalized after a line break.
/// </summary>
public static class Abbreviations
{
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Adm", "Sgt", "Cpl", "Pvt",
        "Gov", "Sen", "Rep", "Rev", "Fr", "Sr", "Jr", "St", "Hon", "Amb", "Pres", "Supt", "Insp", "Brig",
    };

    private static readonly HashSet<string> Others = new(StringComparer.OrdinalIgnoreCase)
    {
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
        "Inc", "Corp", "Co", "Ltd", "Bros", "Dept", "Univ", "Assn", "Ave", "Blvd", "Rd", "Mt", "Ft",
        "No", "Nos", "Vol", "Vols", "vs", "etc", "approx", "est", "al", "cf", "ca", "Fig", "pp",
    };

    /// <summary>True when <paramref name="word"/> (without its period) is a known abbreviation.</summary>
    public static bool IsKnown(ReadOnlySpan<char> word) =>
        Titles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || Others.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>True for a title such as "Gen" or "Mr", which is followed by a name, never a sentence end.</summary>
    public static bool IsTitle(ReadOnlySpan<char> word) => Titles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
}
