namespace Sitrep.News.Documents;

/// <summary>
/// What a time expression bounds in its sentence, beyond TimeML's attributes: the two ends of a range
/// ("from May to July", "1861-1865", "22-25 April 1951": each end is its own TIMEX3, and a
/// <see cref="RangeEnd"/> closes the nearest <see cref="RangeStart"/> before it) and deadlines ("by 9/11",
/// "until September 11", "no later than June 30"), which the claims layer reads as due dates.
/// </summary>
public enum TimeBound : byte
{
    None,
    RangeStart,
    RangeEnd,
    Deadline,
}
