namespace Sitrep.News.Documents;

/// <summary>
/// A group or office named without a name: "Afghan security forces", "a NATO official", "militants",
/// "the US President". Span in UTF-16 code units (end exclusive), the CAMEO-style code it stands for
/// (country or actor + agent role: AFGMIL, IGOWSTNAT; "---" when no country is given: ---UAF), and the
/// actor that held the office on the article's date, when the office names one person.
/// </summary>
public sealed record Agent(int Start, int End, string Text, string Code, string? ActorId = null);
