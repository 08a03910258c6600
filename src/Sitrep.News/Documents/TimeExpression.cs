namespace Sitrep.News.Documents;

/// <summary>
/// A time expression found in an article's text: its span (UTF-16 code units into the text, end
/// exclusive), its TIMEX3 type and normalized value ("2021-09-11", "2021-07", "198", "P20Y",
/// "PAST_REF", "XXXX-09-11" when no anchor resolves it), and the TIMEX3 mod when one applies
/// ("START", "END", "APPROX", "BEFORE", "AFTER", "LESS_THAN", "MORE_THAN", ...).
/// </summary>
public sealed record TimeExpression(int Start, int End, string Text, TimeType Type, string Value, string? Mod = null)
{
    /// <summary>The end of a range or the deadline this expression names (<see cref="TimeBound"/>).</summary>
    public TimeBound Bound { get; init; }
}
